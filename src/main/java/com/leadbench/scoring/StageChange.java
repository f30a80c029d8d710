package com.leadbench.scoring;

import com.leadbench.model.LifecycleStage;
import java.time.Instant;
import java.util.Objects;

/** One stage change a scorecard makes at a moment of a lead's history, with the engine's sentence for it and the tier it scored then. */
public record StageChange(Instant at, LifecycleStage from, LifecycleStage to, String reason, com.leadbench.model.Tier tier) {

    /** A change without the tier the scorecard gave the lead then. */
    public StageChange(Instant at, LifecycleStage from, LifecycleStage to, String reason) {
        this(at, from, to, reason, null);
    }

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
