package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;
import java.util.List;
import java.util.Objects;

/**
 * A fit rule on form answers: pain-point or application words that match a product line. It is
 * no intent rule: who the lead is does not expire, so by default it looks at every form ever sent
 * (a window of {@link #ALL_TIME_DAYS}), counts once, never decays and has no cap; only its window
 * may be set.
 */
public record FormKeywordRule(String id, String label, String productLine, Keywords keywords, double points,
                              Integer windowDays, boolean enabled) implements ActivityBased {

    /** About 270 years: every form on record. */
    public static final int ALL_TIME_DAYS = 100_000;

    public FormKeywordRule {
        Objects.requireNonNull(keywords, "keywords");
    }

    @Override
    public String kind() {
        return "form_keywords";
    }

    @Override
    public RulePart part() {
        return RulePart.FIT;
    }

    @Override
    public boolean matches(Activity a) {
        return keywords.findIn(a.formText()).isPresent();
    }

    @Override
    public Double cap() {
        return null;
    }

    @Override
    public int effectiveWindowDays(int scorecardWindowDays) {
        return windowDays != null ? windowDays : ALL_TIME_DAYS;
    }

    @Override
    public Decay decay() {
        return Decay.NONE;
    }

    @Override
    public Repeat repeat() {
        return Repeat.ONCE;
    }

    @Override
    public String describe(Activity a) {
        return "\"" + keywords.findIn(a.formText()).orElse("") + "\"" + (productLine == null ? "" : " (" + productLine + ")")
                + " in form: " + UrgencyRule.abbreviate(a.formText());
    }

    @Override
    public FormKeywordRule withPoints(double newPoints) {
        return new FormKeywordRule(id, label, productLine, keywords, newPoints, windowDays, enabled);
    }

    @Override
    public FormKeywordRule withEnabled(boolean on) {
        return new FormKeywordRule(id, label, productLine, keywords, points, windowDays, on);
    }

    @Override
    public FormKeywordRule withLabel(String newLabel) {
        return new FormKeywordRule(id, newLabel, productLine, keywords, points, windowDays, enabled);
    }

    @Override
    public FormKeywordRule withWindowDays(Integer days) {
        return new FormKeywordRule(id, label, productLine, keywords, points, days, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return keywords.words().isEmpty() ? List.of(ScorecardProblem.empty(at + ".keywords")) : List.of();
    }
}
