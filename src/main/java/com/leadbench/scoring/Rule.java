package com.leadbench.scoring;

/**
 * A scoring rule: it adds {@code points} to the fit or intent part of a score. Each kind is one
 * small record; {@link ProfileRule}s look at who the lead is, {@link ActivityRule}s at what it did.
 */
public sealed interface Rule permits ProfileRule, ActivityRule {

    String id();

    String label();

    /** The kind's name in the scorecard document ("industry", "activity", ...). */
    String kind();

    RulePart part();

    double points();

    boolean enabled();

    Rule withPoints(double points);

    Rule withEnabled(boolean enabled);

    Rule withLabel(String label);

    /** The points a matched value gives: {@code points * value}, limited to the cap. */
    default double apply(double value) {
        return points() * value;
    }
}
