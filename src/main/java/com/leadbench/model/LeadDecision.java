package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the manager's decision log on a lead. {@code tier} is set for a tier override,
 * {@code transitionId} for a review (the qualifying transition reviewed), {@code text} holds the
 * reason of an override or its removal, or the edited note.
 */
public record LeadDecision(long id, long contactId, DecisionKind kind, Tier tier, Long transitionId, String text,
                           Instant at, String author) {

    public LeadDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(author, "author");
        if (kind == DecisionKind.TIER_OVERRIDE && (tier == null || text == null || text.isBlank())) {
            throw new IllegalArgumentException("a tier override needs a tier and a reason");
        }
        if ((kind == DecisionKind.REVIEWED || kind == DecisionKind.REVIEW_WITHDRAWN) && transitionId == null) {
            throw new IllegalArgumentException("a review names the qualifying transition it reviewed");
        }
        if (kind == DecisionKind.NOTE_EDITED && text == null) {
            throw new IllegalArgumentException("an edited note needs its text");
        }
    }
}
