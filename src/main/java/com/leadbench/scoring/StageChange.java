package com.leadbench.scoring;

import com.leadbench.model.LifecycleStage;
import java.time.Instant;
import java.util.Objects;

/** One stage change a scorecard makes at a moment of a lead's history, with the engine's sentence for it. */
public record StageChange(Instant at, LifecycleStage from, LifecycleStage to, String reason) {

    public StageChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        if (from == to) {
            throw new IllegalArgumentException("a change must change the stage, stayed " + to);
        }
    }
}
