package com.leadbench.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * The date format a mapping states for one column ({@link ImportMapping#formats()}): a
 * {@link DateTimeFormatter} pattern such as {@code d/M/yy H:mm} or {@code dd MMM yyyy} (month names in
 * English, any case; a two-digit year {@code yy} as {@link CellValues#fullYear}: 00-69 are 2000-2069),
 * or {@value #EPOCH_SECONDS} / {@value #EPOCH_MILLIS}. Times without a zone are UTC.
 */
public final class DatePattern {

    public static final String EPOCH_SECONDS = "epoch-seconds";
    public static final String EPOCH_MILLIS = "epoch-millis";

    private static final LocalDate PIVOT_BASE = LocalDate.of(1900 + CellDates.PIVOT, 1, 1);
    private static final ZonedDateTime SAMPLE = ZonedDateTime.of(2024, 3, 15, 13, 45, 30, 0, ZoneOffset.UTC);

    private final String format;
    /** Null for the epoch formats. */
    private final DateTimeFormatter formatter;
    private final long unit;

    private DatePattern(String format, DateTimeFormatter formatter, long unit) {
        this.format = format;
        this.formatter = formatter;
        this.unit = unit;
    }

    /** @throws IllegalArgumentException with the reason, when {@code format} is no usable date format */
    public static DatePattern of(String format) {
        String f = format.strip();
        if (f.equalsIgnoreCase(EPOCH_SECONDS)) {
            return new DatePattern(EPOCH_SECONDS, null, 1000);
        }
        if (f.equalsIgnoreCase(EPOCH_MILLIS)) {
            return new DatePattern(EPOCH_MILLIS, null, 1);
        }
        DateTimeFormatter formatter;
        try {
            formatter = formatter(f);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a date format (" + e.getMessage() + "); use a pattern such as d/M/yy H:mm,"
                    + " or " + EPOCH_SECONDS + " or " + EPOCH_MILLIS, e);
        }
        DatePattern pattern = new DatePattern(f, formatter, 0);
        long sample;
        try {
            sample = pattern.millis(formatter.format(SAMPLE));
        } catch (RuntimeException e) {
            sample = CellDates.NOT_A_DATE;
        }
        if (sample == CellDates.NOT_A_DATE || !Instant.ofEpochMilli(sample).atOffset(ZoneOffset.UTC).toLocalDate().equals(SAMPLE.toLocalDate())) {
            throw new IllegalArgumentException("the date format \"" + ImportLimits.cut(f) + "\" does not give a whole date:"
                    + " it needs a year (y), a month (M) and a day (d)");
        }
        return pattern;
    }

    /** Why {@code format} is no usable date format, or empty when it is one. */
    public static Optional<String> problem(String format) {
        try {
            of(format);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The format as stated (stripped). */
    public String format() {
        return format;
    }

    /** Epoch milliseconds of {@code text}, or {@link CellValues#NOT_A_DATE}. */
    long millis(String text) {
        if (formatter == null) {
            return epoch(text);
        }
        try {
            TemporalAccessor t = formatter.parseBest(text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from,
                    LocalDate::from);
            return switch (t) {
                case ZonedDateTime z -> z.toInstant().toEpochMilli();
                case OffsetDateTime o -> o.toInstant().toEpochMilli();
                case LocalDateTime l -> l.toInstant(ZoneOffset.UTC).toEpochMilli();
                case LocalDate d -> d.toEpochDay() * 86_400_000L;
                default -> CellDates.NOT_A_DATE;
            };
        } catch (RuntimeException e) {
            return CellDates.NOT_A_DATE;
        }
    }

    private long epoch(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (n == start || n - start > 16) {
            return CellDates.NOT_A_DATE;
        }
        for (int i = start; i < n; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return CellDates.NOT_A_DATE;
            }
        }
        long v = Long.parseLong(text);
        if (Math.abs(v) > 100_000_000_000_000L / unit) {
            return CellDates.NOT_A_DATE;
        }
        return v * unit;
    }

    /** What a cell of this format looks like, for a problem report. */
    String expected() {
        return switch (format) {
            case EPOCH_SECONDS -> "seconds since 1970-01-01 UTC, such as 1709648530";
            case EPOCH_MILLIS -> "milliseconds since 1970-01-01 UTC, such as 1709648530000";
            default -> format + ", such as " + formatter.format(SAMPLE);
        };
    }

    /**
     * The pattern as a strict formatter: {@code y} read as the proleptic year ({@code u}), so that strict
     * resolving needs no era; a two-digit year reduced around the pivot; month names in any case.
     */
    private static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                part.append(c);
                i++;
                continue;
            }
            if (!quoted && (c == 'y' || c == 'u')) {
                int end = i;
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                if (end - i == 2) {
                    b.appendPattern(part.toString());
                    part.setLength(0);
                    b.appendValueReduced(ChronoField.YEAR, 2, 2, PIVOT_BASE);
                } else {
                    part.append("u".repeat(end - i));
                }
                i = end;
                continue;
            }
            part.append(c);
            i++;
        }
        b.appendPattern(part.toString());
        return b.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public String toString() {
        return format;
    }
}
