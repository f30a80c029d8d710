package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import java.util.List;

/**
 * How one scorecard's tiers and rules lined up with what sales later reported. Rates are fractions
 * (0..1); a rate over no leads is {@code NaN}.
 *
 * @param leads     every contact scored (excluded ones included)
 * @param wins      contacts that were won (excluded ones included)
 * @param tiers     one row per tier: A, B, C, not qualified, excluded
 * @param precision of "MQL or better" (stage MQL or SQL) against won: won MQLs / MQLs
 * @param recall    of "MQL or better" against won: won MQLs / all wins (a won excluded contact is a miss)
 * @param auc       of the total score against won over the leads that are not excluded (Mann-Whitney, ties count half)
 * @param topLift   won rate of Tier A / won rate of not qualified; NaN when either tier is empty or both rates are 0,
 *                  infinite when only the bottom rate is 0
 * @param rules     one row per rule of the scorecard, in its order (disabled rules included)
 */
public record BacktestReport(int leads, int wins, List<TierRow> tiers, double precision, double recall, double auc,
                             double topLift, List<RuleRow> rules) {

    public BacktestReport {
        tiers = List.copyOf(tiers);
        rules = List.copyOf(rules);
    }

    /** The row of one tier. */
    public TierRow tier(Tier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst().orElseThrow();
    }

    /**
     * One tier: how many contacts it holds, their share of all contacts, the share of them that were won and
     * accepted, and the share of all wins that it holds.
     */
    public record TierRow(Tier tier, int count, double share, double wonRate, double acceptedRate, double shareOfWins) {
    }

    /**
     * One rule over the leads that are not excluded: how many it fires for (its value at the lead's attribution
     * time is above 0, whatever its points), that as a share, and the won rate of the leads with and without it.
     */
    public record RuleRow(String ruleId, String label, int fired, double fireRate, double winRateWith, double winRateWithout) {
    }
}
