package com.leadbench.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the data of an export starts and ends. Reports (a Salesforce report, a sheet someone
 * prepared) put a title, a "generated on" line or blank lines above the header, and a footer below
 * the data: a blank line, then "Confidential Information - Do Not Distribute", a copyright, "Generated
 * By: ...", a grand total. Pure functions over rows of cells.
 */
final class ReportLayout {

    /** Rows read from the top of a file to find its header. */
    static final int HEAD_ROWS = 64;

    /** The first cell of a summary row of a report: a total, a record count, the confidentiality and copyright lines. */
    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)\\s*(grand\\s+totals?|sub-?totals?|totals?|record\\s+count|count|confidential|copyright|©|\\(c\\)"
                    + "|generated\\s+by|report\\s+generated|\\d[\\d,.\\s]*\\s+(records?|rows?|items?))(?![\\p{L}\\p{N}]).*",
            Pattern.DOTALL);

    private ReportLayout() {
    }

    /**
     * The index in {@code rows} (the first rows of a file, in order) of its header: the first row as
     * wide as most rows of the file, with at least two values, half of its cells or more filled, each
     * short enough to be a column name; every non-blank row above it has at most two values (a title).
     * Without such a row, the first non-blank row (so that its problems are reported as before);
     * -1 when every row is blank.
     */
    static int header(List<List<String>> rows) {
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0; i++) {
            if (!blank(rows.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return -1;
        }
        int width = dataWidth(rows);
        if (width < 2) {
            return first;
        }
        for (int i = first; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (blank(row)) {
                continue;
            }
            if (looksLikeHeader(row, width)) {
                return i;
            }
            if (values(row) > 2) {
                return first;
            }
        }
        return first;
    }

    /** The most common width of the rows with two values or more (on a tie, the wider); 0 when there is none. */
    static int dataWidth(List<List<String>> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<String> row : rows) {
            if (values(row) >= 2) {
                counts.merge(row.size(), 1, Integer::sum);
            }
        }
        int width = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() > width)) {
                width = e.getKey();
                most = e.getValue();
            }
        }
        return width;
    }

    private static boolean looksLikeHeader(List<String> row, int width) {
        int values = values(row);
        if (row.size() != width || values < Math.max(2, (width + 1) / 2)) {
            return false;
        }
        Set<String> distinct = new HashSet<>();
        for (String cell : row) {
            String name = cell.strip();
            if (name.length() > ImportLimits.COLUMN_NAME_CHARS) {
                return false;
            }
            if (!name.isEmpty()) {
                distinct.add(name);
            }
        }
        return distinct.size() * 2 >= values;
    }

    /**
     * Where a report footer starts in {@code rows} (the last rows of a file, all below its header, in
     * order), or -1 when they end with data. A footer runs to the end of the file and is either a
     * blank row followed by notes (rows whose only value is in the first cell) and summary rows, or
     * summary rows alone: a total, a record count, "Confidential ...", "Copyright ...", "Generated
     * By ...", each with at most half the header's cells filled. Rows of a footer may be blank.
     */
    static int footer(List<List<String>> rows, int width) {
        if (width < 2) {
            return -1;
        }
        int start = rows.size();
        while (start > 0 && footerLike(rows.get(start - 1), width)) {
            start--;
        }
        for (int k = start; k < rows.size(); k++) {
            if (blank(rows.get(k))) {
                return hasValues(rows, k) ? k : -1;
            }
            if (allSummaries(rows, k, width)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean footerLike(List<String> row, int width) {
        return blank(row) || note(row) || summary(row, width);
    }

    private static boolean hasValues(List<List<String>> rows, int from) {
        for (int i = from; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allSummaries(List<List<String>> rows, int from, int width) {
        for (int i = from; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (!blank(row) && !summary(row, width)) {
                return false;
            }
        }
        return true;
    }

    /** A row whose only value is in its first cell. */
    private static boolean note(List<String> row) {
        return !row.getFirst().isBlank() && values(row) == 1;
    }

    /** A row whose first value starts like a total, a count or a legal line, with at most half the header's cells filled. */
    static boolean summary(List<String> row, int width) {
        int values = values(row);
        if (values == 0 || values > Math.max(2, width / 2)) {
            return false;
        }
        for (String cell : row) {
            if (!cell.isBlank()) {
                return SUMMARY.matcher(ImportLimits.cut(cell, 200)).matches();
            }
        }
        return false;
    }

    static boolean blank(List<String> row) {
        return values(row) == 0;
    }

    static int values(List<String> row) {
        int n = 0;
        for (String cell : row) {
            if (!cell.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
