package com.leadbench.importing;

/** How a date column (or a constant that gives a date, {@code target}) is read. */
final class DateSource {

    final String label;
    final int column;
    final int target;
    final DatePattern pattern;
    DayOrder order;
    DateColumn detected;

    DateSource(String label, int column, int target, DatePattern pattern, DayOrder order) {
        this.label = label;
        this.column = column;
        this.target = target;
        this.pattern = pattern;
        this.order = order;
    }

    String label() {
        return label;
    }

    /** True when the day order is still to be decided from the column's values. */
    boolean undecided() {
        return pattern == null && order == DayOrder.AUTO && detected == null;
    }

    DateColumn detected() {
        return detected;
    }

    /** Why {@code v} is not a date here. */
    String problem(String v) {
        if (pattern != null) {
            return "not a date in the column's format (expected " + pattern.expected() + ")";
        }
        String why = CellDates.dateProblem(v, order);
        return detected instanceof DateColumn.Dates d && d.decidedBy() != null ? why + "; the column's dates are " + d.describe() : why;
    }
}
