package com.leadbench.scoring;

import com.leadbench.model.Tier;
import java.util.Objects;

/**
 * The thresholds agreed with sales: the fit gate an MQL must pass, the three tiers, the tier from
 * which a lead is an MQL, and the score from which an MQL is an SQL.
 */
public record Thresholds(double fitGate, TierSpec a, TierSpec b, TierSpec c, Tier mqlTier, double sqlThreshold) {

    public Thresholds {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(mqlTier, "mqlTier");
    }

    public TierSpec spec(Tier tier) {
        return switch (tier) {
            case A -> a;
            case B -> b;
            case C -> c;
            default -> throw new IllegalArgumentException(tier + " has no threshold");
        };
    }

    public Thresholds withTierMin(Tier tier, double score) {
        return switch (tier) {
            case A -> new Thresholds(fitGate, a.withMinScore(score), b, c, mqlTier, sqlThreshold);
            case B -> new Thresholds(fitGate, a, b.withMinScore(score), c, mqlTier, sqlThreshold);
            case C -> new Thresholds(fitGate, a, b, c.withMinScore(score), mqlTier, sqlThreshold);
            default -> throw new IllegalArgumentException(tier + " has no threshold");
        };
    }

    public Thresholds withFitGate(double gate) {
        return new Thresholds(gate, a, b, c, mqlTier, sqlThreshold);
    }

    public Thresholds withSqlThreshold(double score) {
        return new Thresholds(fitGate, a, b, c, mqlTier, score);
    }

    public Thresholds withMqlTier(Tier tier) {
        return new Thresholds(fitGate, a, b, c, tier, sqlThreshold);
    }
}
