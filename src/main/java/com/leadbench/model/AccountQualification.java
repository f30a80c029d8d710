package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's becoming a marketing-qualified account (MQA), recorded once: when, with what score and
 * tier, why (the score's parts), and under which published scorecard version (null for none).
 * {@code id} is 0 until stored.
 */
public record AccountQualification(long id, long accountId, Instant at, double score, Tier tier, String cause, Integer scorecardVersion) {

    public AccountQualification {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(cause, "cause");
    }
}
