package com.leadbench.importing;

import java.util.Objects;

/**
 * What all the values of one column say about how it writes dates ({@link #detect}). Every shape
 * {@link DayOrder} lists is read as it comes (ISO, month names, {@code yyyyMMdd}, epoch seconds and
 * milliseconds, two-digit years); only the day order of {@code 3/5/2024} is a property of the column,
 * decided by the first value that can be read only one way ({@code 13/5/2024} is day first,
 * {@code 5/13/2024} month first).
 */
public sealed interface DateColumn {

    /** The column (or {@code constants.<field>}) whose values these are. */
    String column();

    /**
     * The day order the column is read with: US or EUROPEAN when a value decided it; AUTO when no value
     * depends on it (or, for {@link AmbiguousDayOrder}, when nothing decided it).
     */
    DayOrder order();

    /** Non-empty values seen. */
    long values();

    /**
     * Every value is a date. {@code decidedBy} is the value that decided the day order (on
     * {@code line}, 0 when not known), null when no value needed one.
     */
    record Dates(String column, DayOrder order, String decidedBy, long line, long values) implements DateColumn {

        public Dates {
            Objects.requireNonNull(column, "column");
        }

        /** "d/M/yyyy (day first: 13/5/2024 on line 7)", "no day-first or month-first dates". */
        public String describe() {
            if (decidedBy == null) {
                return "no day-first or month-first dates";
            }
            return (order == DayOrder.EUROPEAN ? "day first (d/M/yyyy), as " : "month first (M/d/yyyy), as ")
                    + quoted(decidedBy) + (line > 0 ? " on line " + line : "") + " shows";
        }
    }

    /**
     * Values such as {@code example} (on {@code line}) are day first or month first, and no value decides
     * which: the day order must be chosen (or a format given). {@code notDates} values are no date at all.
     */
    record AmbiguousDayOrder(String column, String example, long line, long values, long notDates) implements DateColumn {

        public AmbiguousDayOrder {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(example, "example");
        }

        @Override
        public DayOrder order() {
            return DayOrder.AUTO;
        }

        /** The problem in words, naming the column, the example and the ways out. */
        public String reason() {
            return "dates such as " + quoted(example) + " in column " + quoted(column)
                    + " can be read day first or month first, and no value in the column decides which;"
                    + " choose the day order (--day-order US|EUROPEAN, or dayOrder in the mapping) or give the column a date format";
        }
    }

    /**
     * {@code notDates} of the {@code values} are no date read with {@code order} (the first is
     * {@code example}, on {@code line}); a column mixing day-first and month-first dates is one of these.
     */
    record NotDates(String column, DayOrder order, String example, long line, long values, long notDates) implements DateColumn {

        public NotDates {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * The verdict on {@code values} (empty ones are ignored) of a column named {@code column}: a pure
     * function, for whoever guesses a mapping from sample values.
     */
    static DateColumn detect(String column, Iterable<String> values) {
        Detector d = new Detector(column);
        for (String v : values) {
            d.add(v, 0);
        }
        return d.result();
    }

    private static String quoted(String text) {
        return "\"" + ImportLimits.cut(text) + "\"";
    }

    /**
     * Collects a column's values one at a time (an import feeds it row by row): reads each value both
     * day first and month first and remembers which values decide between them.
     */
    final class Detector {

        private final String column;
        private long values;
        private long neither;
        private String notDate;
        private long notDateLine;
        private String dayFirst;
        private long dayFirstLine;
        private long dayFirstCount;
        private String monthFirst;
        private long monthFirstLine;
        private long monthFirstCount;
        private String ambiguous;
        private long ambiguousLine;
        /** The order the first deciding value showed; null while none has. */
        private DayOrder decided;

        public Detector(String column) {
            this.column = Objects.requireNonNull(column, "column");
        }

        /** Adds one value (null or blank is ignored); {@code line} is where it is, 0 when not known. */
        public void add(String value, long line) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = value.strip();
            values++;
            long us = CellDates.millis(v, DayOrder.US);
            long eu = CellDates.millis(v, DayOrder.EUROPEAN);
            if (us == eu) {
                if (us == CellDates.NOT_A_DATE) {
                    neither++;
                    if (notDate == null) {
                        notDate = v;
                        notDateLine = line;
                    }
                }
            } else if (eu == CellDates.NOT_A_DATE) {
                monthFirstCount++;
                if (monthFirst == null) {
                    monthFirst = v;
                    monthFirstLine = line;
                    decided = decided == null ? DayOrder.US : decided;
                }
            } else if (us == CellDates.NOT_A_DATE) {
                dayFirstCount++;
                if (dayFirst == null) {
                    dayFirst = v;
                    dayFirstLine = line;
                    decided = decided == null ? DayOrder.EUROPEAN : decided;
                }
            } else if (ambiguous == null) {
                ambiguous = v;
                ambiguousLine = line;
            }
        }

        /** True once a value has decided the day order: later values cannot change it. */
        public boolean decided() {
            return decided != null;
        }

        public DateColumn result() {
            if (decided == null) {
                if (ambiguous != null) {
                    return new AmbiguousDayOrder(column, ambiguous, ambiguousLine, values, neither);
                }
                return neither > 0 ? new NotDates(column, DayOrder.AUTO, notDate, notDateLine, values, neither)
                        : new Dates(column, DayOrder.AUTO, null, 0, values);
            }
            boolean european = decided == DayOrder.EUROPEAN;
            long wrongWay = european ? monthFirstCount : dayFirstCount;
            if (neither + wrongWay == 0) {
                return european ? new Dates(column, decided, dayFirst, dayFirstLine, values)
                        : new Dates(column, decided, monthFirst, monthFirstLine, values);
            }
            if (notDate != null) {
                return new NotDates(column, decided, notDate, notDateLine, values, neither + wrongWay);
            }
            return european ? new NotDates(column, decided, monthFirst, monthFirstLine, values, wrongWay)
                    : new NotDates(column, decided, dayFirst, dayFirstLine, values, wrongWay);
        }
    }
}
