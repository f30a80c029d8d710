package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;
import java.util.List;
import java.util.Objects;

/** Urgency words in form text (downtime, emergency, shutdown): raise intent and mark the handoff urgent. */
public record UrgencyRule(String id, String label, Keywords words, double points, Double cap, Integer windowDays,
                          Decay decay, Repeat repeat, boolean enabled) implements ActivityRule {

    public UrgencyRule {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(repeat, "repeat");
    }

    @Override
    public String kind() {
        return "urgency";
    }

    @Override
    public boolean marksUrgent() {
        return true;
    }

    @Override
    public RulePart part() {
        return RulePart.INTENT;
    }

    @Override
    public boolean matches(Activity a) {
        return words.findIn(a.formText()).isPresent();
    }

    @Override
    public String describe(Activity a) {
        return "\"" + words.findIn(a.formText()).orElse("") + "\" in " + a.type().label().toLowerCase(java.util.Locale.ROOT)
                + ": " + abbreviate(a.formText());
    }

    static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }

    @Override
    public UrgencyRule withPoints(double newPoints) {
        return new UrgencyRule(id, label, words, newPoints, cap, windowDays, decay, repeat, enabled);
    }

    @Override
    public UrgencyRule withEnabled(boolean on) {
        return new UrgencyRule(id, label, words, points, cap, windowDays, decay, repeat, on);
    }

    @Override
    public UrgencyRule withLabel(String newLabel) {
        return new UrgencyRule(id, newLabel, words, points, cap, windowDays, decay, repeat, enabled);
    }

    @Override
    public UrgencyRule withCap(Double newCap) {
        return new UrgencyRule(id, label, words, points, newCap, windowDays, decay, repeat, enabled);
    }

    @Override
    public UrgencyRule withWindowDays(Integer days) {
        return new UrgencyRule(id, label, words, points, cap, days, decay, repeat, enabled);
    }

    @Override
    public UrgencyRule withDecay(Decay newDecay) {
        return new UrgencyRule(id, label, words, points, cap, windowDays, newDecay, repeat, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return words.words().isEmpty() ? List.of(ScorecardProblem.empty(at + ".words")) : List.of();
    }
}
