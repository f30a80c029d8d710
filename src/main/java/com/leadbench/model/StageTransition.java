package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded move between lifecycle stages: when, why, under which scorecard version, and for a
 * handoff the packet that carried the lead to sales.
 */
public record StageTransition(
        long id,
        long contactId,
        LifecycleStage from,
        LifecycleStage to,
        Instant at,
        String cause,
        Integer scorecardVersion,
        String packetId) {

    /** A transition made by scoring or by hand, not by a handoff packet. */
    public StageTransition(long id, long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause,
                           Integer scorecardVersion) {
        this(id, contactId, from, to, at, cause, scorecardVersion, null);
    }

    public StageTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
