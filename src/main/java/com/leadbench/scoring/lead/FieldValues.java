package com.leadbench.scoring.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How rules read a field's text: whether it was left unanswered, the number it holds, the date it holds.
 * One place, so that rules, candidates and the learner agree on what "empty", "14" and "2026-03-01" mean.
 */
public final class FieldValues {

    /**
     * Texts that CRMs and forms write for "no answer": null markers, spreadsheet errors and the first
     * option of an unanswered drop-down. Compared ignoring case and surrounding spaces.
     */
    private static final Set<String> UNANSWERED = Set.of("null", "nil", "none", "(none)", "n/a", "na", "n.a.", "#n/a", "nan",
            "-", "--", "—", "?", "unknown", "not provided", "not specified", "not available", "(blank)", "blank",
            "select", "please select", "-- select --", "--select--", "select one", "choose one");

    /** 1,234,567.89 (thousands separated by commas, optional decimals). */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** 12,5: a decimal comma (one comma, not followed by exactly three digits). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,(\\d{1,2}|\\d{4,})");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern ISO_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    private FieldValues() {
    }

    /** True for a missing or blank value and for the texts that mean "no answer" ("N/A", "Select", "null", ...). */
    public static boolean isUnanswered(String value) {
        if (value == null) {
            return true;
        }
        String s = value.strip();
        return s.isEmpty() || s.length() <= 16 && UNANSWERED.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * The number a value holds, or null: "14", "-3.5", "1,234.5", "12,5" (decimal comma), "45%" (45),
     * "1e3". Unanswered values, text, infinities and NaN hold none.
     */
    public static Double number(String value) {
        if (isUnanswered(value)) {
            return null;
        }
        String s = value.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.length() > 40) {
            return null;
        }
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        } else if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    /**
     * The moment a value names, in epoch millis, or null: an ISO date ("2026-03-01", midnight UTC), date and
     * time ("2026-03-01 10:22", "2026-03-01T10:22:05", UTC), or an instant with its offset
     * ("2026-03-01T10:22:05Z", "...+02:00"). Other spellings hold none: the import writes dates it recognises
     * this way.
     */
    public static Long epochMillis(String value) {
        if (isUnanswered(value)) {
            return null;
        }
        String s = value.strip();
        try {
            if (ISO_DATE.matcher(s).matches()) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (ISO_DATE_TIME.matcher(s).matches()) {
                return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (ISO_OFFSET.matcher(s).matches()) {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return null; // 2026-02-30 and the like
        }
        return null;
    }
}
