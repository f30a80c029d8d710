package com.leadbench.scoring;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.rules.RulePart;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead's score, explained: the contributions in rule order, and what follows from them. Fit,
 * intent and total are derived from the contributions, never stored apart from them. A tier the
 * manager set by hand ({@code override}) replaces the scored tier and stage; the points stay.
 */
public record Breakdown(long contactId, List<Contribution> contributions, Optional<String> exclusion, Tier tier,
                        LifecycleStage stage, boolean fastTrack, Optional<String> fastTrackRequest, boolean urgent,
                        String reason, Optional<TierOverride> override) {

    /** A breakdown as the scorecard made it, with no tier set by hand. */
    public Breakdown(long contactId, List<Contribution> contributions, Optional<String> exclusion, Tier tier,
                     LifecycleStage stage, boolean fastTrack, Optional<String> fastTrackRequest, boolean urgent, String reason) {
        this(contactId, contributions, exclusion, tier, stage, fastTrack, fastTrackRequest, urgent, reason, Optional.empty());
    }

    public Breakdown {
        Objects.requireNonNull(override, "override");
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

    /**
     * This breakdown with the manager's tier in force: the contributions stay, the tier is the
     * override's and the stage follows from it ({@link TierPolicy#overriddenStage}). An excluded
     * lead is not changed: its exclusion rule decides.
     */
    public Breakdown withOverride(TierOverride o, Thresholds t) {
        if (excluded()) {
            return this;
        }
        LifecycleStage next = TierPolicy.overriddenStage(t, o.tier(), false, fastTrack, total());
        String why = "Tier set by hand to " + o.tier().label() + " (" + o.reason() + ", " + o.author() + ", "
                + o.at().toString().substring(0, 10) + "); the scorecard gives " + tier.label() + ". " + reason;
        return new Breakdown(contactId, contributions, exclusion, o.tier(), next, fastTrack, fastTrackRequest, urgent, why,
                Optional.of(o));
    }

    /** The tier the scorecard gives, whatever the manager set. */
    public Tier scoredTier(Thresholds t) {
        return override.isEmpty() ? tier : TierPolicy.tier(t, excluded(), fit(), total());
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
