package com.leadbench.scoring;

import java.util.Objects;

/** One tier: its name, the score it starts at, and what it triggers. */
public record TierSpec(String name, double minScore, String action) {

    public TierSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
    }

    public TierSpec withMinScore(double score) {
        return new TierSpec(name, score, action);
    }
}
