package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import java.util.List;

/**
 * What {@link Learner#learn} found: the learned scorecard, how it did on the leads held out of its fit, and the
 * evidence behind each rule.
 *
 * @param scorecard   the learned scorecard, fitted on all the leads (the held-out figures come from a fit without them)
 * @param rules       each learned rule with its points and evidence, in scorecard order
 * @param holdout     the metrics on the held-out leads, of a scorecard learned the same way from the others
 * @param calibration per tier, on the held-out leads: predicted against observed conversion
 * @param candidates  candidates looked at; {@code flagged} of them looked recorded after the outcome and were left out
 * @param trainLeads  leads the held-out scorecard was fitted on; {@code holdoutLeads} the others
 * @param penalty     the regularisation the final fit chose by cross-validation
 * @param warnings    what the user should know (few wins, a tier with no leads, ...), in words
 */
public record LearnReport(Scorecard scorecard, List<LearnedRule> rules, HoldoutMetrics holdout, List<TierCalibration> calibration,
                          int candidates, int flagged, int wins, int others, int trainLeads, int holdoutLeads, double penalty,
                          List<String> warnings) {

    public LearnReport {
        rules = List.copyOf(rules);
        calibration = List.copyOf(calibration);
        warnings = List.copyOf(warnings);
    }

    /**
     * One learned rule: {@code points} (per unit for a per-unit rule), the candidate's evidence, and the fitted
     * coefficient (log-odds per unit of its feature).
     */
    public record LearnedRule(String id, String label, Candidate.Kind kind, double points, Double cap, int leads, int wins,
                              double winRate, double coefficient) {
    }

    /** One tier on the held-out leads: how many, the conversion the fit predicted on average, and what happened. */
    public record TierCalibration(Tier tier, int leads, int wins, double predicted, double observed) {
    }
}
