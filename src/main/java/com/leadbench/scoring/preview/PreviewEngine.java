package com.leadbench.scoring.preview;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierPolicy;
import com.leadbench.scoring.rules.Rule;
import java.util.List;

/**
 * Rescores every contact from a {@link FeatureMatrix}: one pass over primitive columns, no SQL and
 * no per-lead objects. Adds each rule's points in scorecard order, exactly as the reference
 * {@link com.leadbench.scoring.ScoringEngine} does, so both give identical scores and tiers.
 */
public final class PreviewEngine {

    private PreviewEngine() {
    }

    /** Scores under the matrix's own scorecard. */
    public static PreviewScores score(FeatureMatrix matrix) {
        Scorecard card = matrix.scorecard();
        int n = matrix.leads().size();
        double[] fit = new double[n];
        double[] intent = new double[n];
        List<Rule> rules = card.rules();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.enabled()) {
                continue;
            }
            double[] column = matrix.column(r);
            double[] target = rule.part() == RulePart.FIT ? fit : intent;
            double points = rule.points();
            Double cap = rule.cap();
            if (cap == null) {
                for (int i = 0; i < n; i++) {
                    target[i] += points * column[i];
                }
            } else {
                double c = cap;
                for (int i = 0; i < n; i++) {
                    target[i] += Math.max(-c, Math.min(c, points * column[i]));
                }
            }
        }
        Thresholds t = card.thresholds();
        byte[] tiers = new byte[n];
        byte[] stages = new byte[n];
        for (int i = 0; i < n; i++) {
            boolean excluded = matrix.excluded(i);
            double total = fit[i] + intent[i];
            Tier tier = TierPolicy.tier(t, excluded, fit[i], total);
            LifecycleStage stage = TierPolicy.stage(t, tier, excluded, fit[i], total, matrix.requested(i));
            tiers[i] = (byte) tier.ordinal();
            stages[i] = (byte) stage.ordinal();
        }
        return new PreviewScores(fit, intent, tiers, stages);
    }

    /** Rescores under {@code draft}, reusing the matrix's columns where the rules still match the same things. */
    public static Preview preview(FeatureMatrix matrix, Scorecard draft, PreviewScores published) {
        FeatureMatrix adapted = matrix.adapt(draft);
        PreviewScores scores = score(adapted);
        return new Preview(adapted, scores, TierTransitions.between(published, scores));
    }

    /** A draft's scores with the matrix they came from and how tiers moved against the published scorecard. */
    public record Preview(FeatureMatrix matrix, PreviewScores scores, TierTransitions transitions) {
    }
}
