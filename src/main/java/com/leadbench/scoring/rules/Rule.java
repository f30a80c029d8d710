package com.leadbench.scoring.rules;

import java.util.List;

/**
 * A scoring rule: it adds {@code points} to the fit or intent part of a score. Each kind is one
 * small record; {@link ProfileRule}s look at who the lead is, {@link ActivityRule}s at what it did,
 * {@link FormKeywordRule} at what it wrote in forms (both of the latter are {@link ActivityBased}).
 */
public sealed interface Rule permits ProfileRule, ActivityBased {

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

    /**
     * What makes this kind of rule unusable, each at a path under {@code at} ("$.fit[2]"), beyond
     * the checks every rule gets (id, points, cap, window, decay). A rule with no problems is
     * written as a document that reads back as the same rule.
     */
    default List<ScorecardProblem> problems(String at) {
        return List.of();
    }

    /** True when a match flags the lead as urgent (Hot leads, handoff files); only urgency words do today. */
    default boolean marksUrgent() {
        return false;
    }

    /** Largest number of points (in absolute value) the rule may add; null for none. */
    default Double cap() {
        return null;
    }

    /** The points a matched value gives: {@code points * value}, limited to the cap. */
    default double apply(double value) {
        double raw = points() * value;
        Double cap = cap();
        return cap == null ? raw : Math.max(-cap, Math.min(cap, raw));
    }
}
