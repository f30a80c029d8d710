package com.leadbench.handoff;

/**
 * Neutralises spreadsheet formula injection (OWASP, "CSV Injection"): a cell whose first
 * character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * read by Excel, LibreOffice or Google Sheets as a formula, so it is prefixed with a single quote
 * {@code '}, which those programs show as text. Every cell of handoff.csv goes through here,
 * numbers included: a negative number therefore arrives as {@code '-5}, text rather than a
 * number, which is the price of a file that opens safely. A value with {@code =} in the middle or
 * a leading space is left alone.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The value as a safe cell: null becomes the empty cell, a formula start gets a leading {@code '}. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsFormula(value) ? "'" + value : value;
    }

    /** True when a spreadsheet would read {@code value} as a formula. */
    public static boolean startsFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
