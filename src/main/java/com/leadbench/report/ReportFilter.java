package com.leadbench.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which qualifications a report counts: those whose first transition to MQL or SQL falls between
 * {@code from} and {@code to} (whole days, UTC, both included; empty for open ends) and, with a
 * {@code version}, was made by that scorecard version.
 */
public record ReportFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<Integer> version) {

    public static final ReportFilter ALL = new ReportFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public ReportFilter {
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the report's end (" + to.get() + ") is before its start (" + from.get() + ")");
        }
    }

    /** A qualification at {@code at} made by scorecard version {@code madeBy}: in the range and by the version chosen. */
    public boolean includes(Instant at, Integer madeBy) {
        return inRange(at) && (version.isEmpty() || version.get().equals(madeBy));
    }

    /** Whether {@code at} falls in the date range (the version plays no part: activities have none). */
    public boolean inRange(Instant at) {
        if (from.isPresent() && at.isBefore(from.get().atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return false;
        }
        if (to.isPresent() && !at.isBefore(to.get().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            return false;
        }
        return true;
    }

    /** "2026-01-01 to 2026-06-30, scorecard v3"; "all time, every version". */
    public String describe() {
        String range = from.isEmpty() && to.isEmpty() ? "all time"
                : from.map(LocalDate::toString).orElse("the start") + " to " + to.map(LocalDate::toString).orElse("now");
        return range + ", " + version.map(v -> "scorecard v" + v).orElse("every scorecard version");
    }
}
