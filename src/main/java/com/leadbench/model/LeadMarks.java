package com.leadbench.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current state of the manager's decisions on one lead, folded from its decision log in
 * order: the tier override in force, the edited note (if any) and the qualifications reviewed.
 */
public record LeadMarks(Optional<TierOverride> override, Optional<String> editedNote, Instant noteEditedAt,
                        Set<Long> reviewedTransitions) {

    public static final LeadMarks NONE = new LeadMarks(Optional.empty(), Optional.empty(), null, Set.of());

    public LeadMarks {
        reviewedTransitions = Set.copyOf(reviewedTransitions);
    }

    /** Folds one lead's decisions, oldest first. */
    public static LeadMarks fold(List<LeadDecision> decisions) {
        Optional<TierOverride> override = Optional.empty();
        Optional<String> note = Optional.empty();
        Instant noteAt = null;
        Set<Long> reviewed = new HashSet<>();
        for (LeadDecision d : decisions) {
            switch (d.kind()) {
                case REVIEWED -> reviewed.add(d.transitionId());
                case REVIEW_WITHDRAWN -> reviewed.remove(d.transitionId());
                case TIER_OVERRIDE -> override = Optional.of(new TierOverride(d.tier(), d.text(), d.author(), d.at()));
                case OVERRIDE_REMOVED -> override = Optional.empty();
                case NOTE_EDITED -> {
                    note = Optional.of(d.text());
                    noteAt = d.at();
                }
                case NOTE_RESET -> {
                    note = Optional.empty();
                    noteAt = null;
                }
            }
        }
        return new LeadMarks(override, note, noteAt, reviewed);
    }

    public boolean reviewed(long transitionId) {
        return reviewedTransitions.contains(transitionId);
    }
}
