package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** A tier the manager set by hand: which, why, by whom and when. */
public record TierOverride(Tier tier, String reason, String author, Instant at) {

    public TierOverride {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }
}
