package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recency band on a date a field holds: the date lies between {@code minDays} and {@code maxDays} whole days
 * before the moment the lead is scored at ("last activity 0–30 days ago"). Either bound may be open. A field
 * without a date ({@link FieldValues#epochMillis}) never matches, and neither does a date after the moment
 * scored at: it was not known then.
 */
public record FieldAgeRule(String id, String label, String field, Integer minDays, Integer maxDays, double points,
                           boolean enabled) implements ProfileRule {

    private static final long DAY_MS = 86_400_000L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public FieldAgeRule {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String kind() {
        return "field_age";
    }

    /** Never matches: the age of a date needs the moment scored at ({@link #evidenceAt}). */
    @Override
    public Optional<String> evidence(LeadFacts facts) {
        return Optional.empty();
    }

    @Override
    public Optional<String> evidenceAt(LeadFacts facts, long asOfMillis) {
        Long at = date(facts);
        if (at == null || !matchesAge(asOfMillis - at)) {
            return Optional.empty();
        }
        long days = (asOfMillis - at) / DAY_MS;
        return Optional.of(field + " " + DATE.format(Instant.ofEpochMilli(at)) + " (" + days + (days == 1 ? " day" : " days") + " before)");
    }

    @Override
    public boolean timeDependent() {
        return true;
    }

    /** The date the field holds, in epoch millis, or null. */
    public Long date(LeadFacts facts) {
        return FieldValues.epochMillis(facts.field(field));
    }

    /** Whether a date {@code ageMillis} before the moment scored at lies in the band (whole days, bounds included). */
    public boolean matchesAge(long ageMillis) {
        if (ageMillis < 0) {
            return false;
        }
        long days = ageMillis / DAY_MS;
        return (minDays == null || days >= minDays) && (maxDays == null || days <= maxDays);
    }

    /** The moment the band starts to hold for this lead and, when it closes, the moment it stops; none without a date. */
    @Override
    public long[] changesAt(LeadFacts facts) {
        Long at = date(facts);
        if (at == null) {
            return new long[0];
        }
        long start = at + (minDays == null ? 0 : minDays * DAY_MS);
        return maxDays == null ? new long[] {start} : new long[] {start, at + (maxDays + 1L) * DAY_MS};
    }

    @Override
    public FieldAgeRule withPoints(double newPoints) {
        return new FieldAgeRule(id, label, field, minDays, maxDays, newPoints, enabled);
    }

    @Override
    public FieldAgeRule withEnabled(boolean on) {
        return new FieldAgeRule(id, label, field, minDays, maxDays, points, on);
    }

    @Override
    public FieldAgeRule withLabel(String newLabel) {
        return new FieldAgeRule(id, newLabel, field, minDays, maxDays, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        List<ScorecardProblem> problems = new ArrayList<>();
        if (field.isBlank()) {
            problems.add(ScorecardProblem.empty(at + ".field"));
        }
        if (minDays == null && maxDays == null) {
            problems.add(new ScorecardProblem(at, "a recency band needs minDays, maxDays or both"));
        }
        if (minDays != null && minDays < 0) {
            problems.add(new ScorecardProblem(at + ".minDays", "must be 0 or more, was " + minDays));
        }
        if (maxDays != null && maxDays < 0) {
            problems.add(new ScorecardProblem(at + ".maxDays", "must be 0 or more, was " + maxDays));
        }
        if (minDays != null && maxDays != null && minDays > maxDays) {
            problems.add(new ScorecardProblem(at + ".minDays", "minDays (" + minDays + ") is above maxDays (" + maxDays + ")"));
        }
        return problems;
    }
}
