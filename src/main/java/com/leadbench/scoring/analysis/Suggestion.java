package com.leadbench.scoring.analysis;

import com.leadbench.scoring.Scorecard;
import java.util.List;

/**
 * Points learned from outcomes for a draft's rules (see {@link Calibration}), with the held-out AUC of
 * the current scorecard, the draft and the suggestion, all measured on the same validation leads (NaN when the
 * validation leads hold no win or nothing but wins). The suggested AUC is that of a suggestion fitted without the
 * validation leads; the suggested scorecard itself is fitted again on all the leads.
 *
 * @param suggested      the draft with the suggested points (and caps scaled with them); an ordinary scorecard
 * @param rules          one row per enabled rule of the draft, in its order
 * @param trainSize      leads the model was fitted on
 * @param validationSize leads the AUCs were measured on
 * @param warnings       what the user should know: rules too thin to price, a current scorecard that qualifies none
 */
public record Suggestion(Scorecard suggested, List<RuleSuggestion> rules, double aucCurrent, double aucDraft,
                         double aucSuggested, int trainSize, int validationSize, List<String> warnings) {

    public Suggestion {
        rules = List.copyOf(rules);
        warnings = List.copyOf(warnings);
    }

    /**
     * One rule: its points in the draft, the suggested points, and the fitted logistic coefficient (the change in
     * log-odds of a win per unit of the rule's feature). The coefficient is NaN when the rule's feature did not
     * vary among the training leads (it never fired, or always did); such a rule keeps its points.
     */
    public record RuleSuggestion(String ruleId, String label, double currentPoints, double suggestedPoints, double coefficient) {
    }
}
