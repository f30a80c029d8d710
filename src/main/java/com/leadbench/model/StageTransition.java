package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** A recorded move between lifecycle stages: when, why, and under which scorecard version. */
public record StageTransition(
        long id,
        long contactId,
        LifecycleStage from,
        LifecycleStage to,
        Instant at,
        String cause,
        Integer scorecardVersion) {

    public StageTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
