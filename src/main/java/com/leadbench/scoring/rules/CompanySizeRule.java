package com.leadbench.scoring.rules;

import com.leadbench.model.Account;
import com.leadbench.scoring.lead.LeadFacts;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Points when employees or annual revenue lies in a band [min, max] (either end open when null). */
public record CompanySizeRule(String id, String label, Metric metric, Double min, Double max, double points, boolean enabled)
        implements ProfileRule {

    public enum Metric { EMPLOYEES, ANNUAL_REVENUE }

    /** A format is costly to make and not safe to share between threads: one per thread, as leads are scored on every core. */
    private static final ThreadLocal<NumberFormat> INTEGER = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.US));

    public CompanySizeRule {
        Objects.requireNonNull(metric, "metric");
    }

    @Override
    public String kind() {
        return "company_size";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        return facts.account().flatMap(this::value).filter(this::inBand)
                .map(v -> (metric == Metric.EMPLOYEES ? "Employees: " : "Annual revenue: ")
                        + INTEGER.get().format(v));
    }

    @Override
    public boolean matchesAt(LeadFacts facts, long asOfMillis) {
        return facts.account().flatMap(this::value).filter(this::inBand).isPresent();
    }

    private Optional<Double> value(Account a) {
        return switch (metric) {
            case EMPLOYEES -> Optional.ofNullable(a.employees()).map(Integer::doubleValue);
            case ANNUAL_REVENUE -> Optional.ofNullable(a.annualRevenue());
        };
    }

    private boolean inBand(double v) {
        return (min == null || v >= min) && (max == null || v <= max);
    }

    @Override
    public CompanySizeRule withPoints(double newPoints) {
        return new CompanySizeRule(id, label, metric, min, max, newPoints, enabled);
    }

    @Override
    public CompanySizeRule withEnabled(boolean on) {
        return new CompanySizeRule(id, label, metric, min, max, points, on);
    }

    @Override
    public CompanySizeRule withLabel(String newLabel) {
        return new CompanySizeRule(id, newLabel, metric, min, max, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        List<ScorecardProblem> problems = new ArrayList<>();
        if (min == null && max == null) {
            problems.add(new ScorecardProblem(at, "needs min, max or both"));
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
        return problems;
    }
}
