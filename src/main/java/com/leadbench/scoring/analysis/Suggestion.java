package com.leadbench.scoring.analysis;

import com.leadbench.scoring.Scorecard;
import java.util.List;

/**
 * Points learned from outcomes for a draft's rules (see {@link Calibration}), with the held-out AUC of
 * the current scorecard, the draft and the suggestion, all measured on the same validation leads (NaN when the
 * validation leads hold no win or nothing but wins).
 *
 * @param suggested      the draft with the suggested points (and caps scaled with them); an ordinary scorecard
 * @param rules          one row per enabled rule of the draft, in its order
 * @param trainSize      leads the model was fitted on
 * @param validationSize leads the AUCs were measured on
 */
public record Suggestion(Scorecard suggested, List<RuleSuggestion> rules, double aucCurrent, double aucDraft,
                         double aucSuggested, int trainSize, int validationSize) {

    public Suggestion {
        rules = List.copyOf(rules);
    }

    /**
     * One rule: its points in the draft, the suggested points, and the fitted logistic coefficient (the change in
     * log-odds of a win per unit of the rule's feature). The coefficient is NaN when the rule's feature did not
     * vary among the training leads (it never fired, or always did); such a rule keeps its points.
     */
    public record RuleSuggestion(String ruleId, String label, double currentPoints, double suggestedPoints, double coefficient) {
    }
}
