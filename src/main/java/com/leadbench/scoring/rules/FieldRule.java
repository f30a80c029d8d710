package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.lead.LeadFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule on any field, custom fields from imports included: equals a value, is in a list, lies in
 * a numeric range, contains a keyword, or is empty (unanswered). Field names: {@code contact.<name>},
 * {@code account.<name>}, or a custom field's own name. An unanswered value ({@link FieldValues#isUnanswered}:
 * blank, "N/A", "Select", ...) matches only {@code EMPTY}.
 */
public record FieldRule(String id, String label, String field, Operator operator, List<String> values,
                        Double min, Double max, double points, boolean enabled) implements ProfileRule {

    public enum Operator { EQUALS, IN, RANGE, CONTAINS, EMPTY }

    public FieldRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        // the shapes a document can express: one value, a list, a range, or nothing
        if (operator == Operator.EQUALS && values.size() != 1) {
            throw new IllegalArgumentException("equals takes one value, not " + values);
        }
        if (operator == Operator.EMPTY && !values.isEmpty()) {
            throw new IllegalArgumentException("empty takes no values, not " + values);
        }
        if (operator == Operator.RANGE ? !values.isEmpty() : min != null || max != null) {
            throw new IllegalArgumentException(operator + " takes " + (operator == Operator.RANGE ? "no values" : "no min or max"));
        }
    }

    @Override
    public String kind() {
        return "field";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        String value = facts.field(field);
        if (FieldValues.isUnanswered(value)) {
            return operator == Operator.EMPTY
                    ? Optional.of(field + (value == null || value.isBlank() ? " is empty" : " is unanswered (" + value.strip() + ")"))
                    : Optional.empty();
        }
        boolean hit = switch (operator) {
            case EMPTY -> false;
            case EQUALS, IN -> values.stream().anyMatch(v -> v.strip().equalsIgnoreCase(value.strip()));
            case CONTAINS -> new Keywords(values).findIn(value).isPresent();
            case RANGE -> inRange(value);
        };
        return hit ? Optional.of(field + " = " + value) : Optional.empty();
    }

    private boolean inRange(String value) {
        Double v = FieldValues.number(value);
        return v != null && (min == null || v >= min) && (max == null || v <= max);
    }

    @Override
    public FieldRule withPoints(double newPoints) {
        return new FieldRule(id, label, field, operator, values, min, max, newPoints, enabled);
    }

    @Override
    public FieldRule withEnabled(boolean on) {
        return new FieldRule(id, label, field, operator, values, min, max, points, on);
    }

    @Override
    public FieldRule withLabel(String newLabel) {
        return new FieldRule(id, newLabel, field, operator, values, min, max, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        List<ScorecardProblem> problems = new ArrayList<>();
        if (field.isBlank()) {
            problems.add(ScorecardProblem.empty(at + ".field"));
        }
        switch (operator) {
            case EQUALS -> {
                if (values.getFirst().isBlank()) {
                    problems.add(ScorecardProblem.empty(at + ".value"));
                }
            }
            case IN, CONTAINS -> {
                if (values.isEmpty()) {
                    problems.add(ScorecardProblem.empty(at + ".values"));
                }
            }
            case RANGE -> {
                if (min == null && max == null) {
                    problems.add(new ScorecardProblem(at, "a range needs min, max or both"));
                }
                if (min != null && !Double.isFinite(min)) {
                    problems.add(ScorecardProblem.notANumber(at + ".min"));
                }
                if (max != null && !Double.isFinite(max)) {
                    problems.add(ScorecardProblem.notANumber(at + ".max"));
                }
                if (min != null && max != null && min > max) {
                    problems.add(new ScorecardProblem(at + ".min", "min (" + min + ") is above max (" + max + ")"));
                }
            }
            case EMPTY -> { }
        }
        return problems;
    }
}
