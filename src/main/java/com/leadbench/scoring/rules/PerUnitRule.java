package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.lead.LeadFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Points per unit of a number a field holds, limited to a cap: "+2 per website visit, at most 20". For counts
 * a CRM keeps as a field (visits, page views, employees at a site). A field without a number (empty, text)
 * gives nothing; a negative number gives negative points, limited to the cap as well.
 *
 * @param points per unit; may be fractional ("0.05 per second on the website")
 * @param cap    the most points (in absolute value) the rule adds; required, above 0 ({@link #apply} limits to it)
 */
public record PerUnitRule(String id, String label, String field, double points, Double cap, boolean enabled) implements ProfileRule {

    public PerUnitRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(cap, "cap");
    }

    @Override
    public String kind() {
        return "per_unit";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        Double v = FieldValues.number(facts.field(field));
        return v == null || v == 0 ? Optional.empty() : Optional.of(field + " = " + plain(v)
                + (Math.abs(points * v) > cap ? " (capped at " + Points.format(cap) + ")" : ""));
    }

    /** A number as written, without a trailing ".0": 14, 1.67, 0.05. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public double valueAt(LeadFacts facts, long asOfMillis) {
        Double v = FieldValues.number(facts.field(field));
        return v == null ? 0.0 : v;
    }

    @Override
    public PerUnitRule withPoints(double newPoints) {
        return new PerUnitRule(id, label, field, newPoints, cap, enabled);
    }

    @Override
    public PerUnitRule withEnabled(boolean on) {
        return new PerUnitRule(id, label, field, points, cap, on);
    }

    @Override
    public PerUnitRule withLabel(String newLabel) {
        return new PerUnitRule(id, newLabel, field, points, cap, enabled);
    }

    /** The same rule with another cap. */
    public PerUnitRule withCap(double newCap) {
        return new PerUnitRule(id, label, field, points, newCap, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        List<ScorecardProblem> problems = new ArrayList<>();
        if (field.isBlank()) {
            problems.add(ScorecardProblem.empty(at + ".field"));
        }
        if (!Double.isFinite(cap)) {
            problems.add(ScorecardProblem.notANumber(at + ".cap"));
        } else if (cap <= 0) {
            problems.add(new ScorecardProblem(at + ".cap", "must be above 0 (the most points the rule adds), was " + Points.format(cap)));
        }
        return problems;
    }
}
