package com.leadbench.scoring;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead's score, explained: the contributions in rule order, and what follows from them. Fit,
 * intent and total are derived from the contributions, never stored apart from them.
 */
public record Breakdown(long contactId, List<Contribution> contributions, Optional<String> exclusion, Tier tier,
                        LifecycleStage stage, boolean fastTrack, Optional<String> fastTrackRequest, boolean urgent,
                        String reason) {

    public Breakdown {
        contributions = List.copyOf(contributions);
        Objects.requireNonNull(exclusion, "exclusion");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(fastTrackRequest, "fastTrackRequest");
        Objects.requireNonNull(reason, "reason");
    }

    public double fit() {
        return sum(RulePart.FIT);
    }

    public double intent() {
        return sum(RulePart.INTENT);
    }

    public double total() {
        return fit() + intent();
    }

    private double sum(RulePart part) {
        double sum = 0.0;
        for (Contribution c : contributions) {
            if (c.part() == part) {
                sum += c.points();
            }
        }
        return sum;
    }

    public boolean excluded() {
        return exclusion.isPresent();
    }

    /** The {@code n} contributions with the largest effect, largest first. */
    public List<Contribution> top(int n) {
        return contributions.stream()
                .filter(c -> c.points() != 0)
                .sorted(Comparator.comparingDouble((Contribution c) -> Math.abs(c.points())).reversed())
                .limit(n)
                .toList();
    }
}
