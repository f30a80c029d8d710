package com.leadbench.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A file's header as a mapping reads it: a column by its name, what is wrong with the header itself, and the hint a problem quotes. */
record FileHeader(List<String> headers) {

    /** Names used twice, too many columns, names too long: each a problem of line 1. */
    List<ImportProblem> problems() {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byName.computeIfAbsent(headers.get(i), k -> new ArrayList<>()).add(i);
        }
        byName.forEach((name, at) -> {
            if (at.size() > 1) {
                problems.add(new ImportProblem(1, name, null, "the header names this column more than once (columns "
                        + at.stream().limit(10).map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "))
                        + (at.size() > 10 ? ", ..." : "") + ")"));
            }
        });
        if (headers.size() > ImportLimits.COLUMNS) {
            problems.add(new ImportProblem(1, headers.get(ImportLimits.COLUMNS), null, "the header has "
                    + ImportLimits.count(headers.size()) + " columns, more than the " + ImportLimits.count(ImportLimits.COLUMNS)
                    + " a file can have; delete the columns you do not need from the file" + delimiterHint()));
        }
        for (String name : headers) {
            if (name.length() > ImportLimits.COLUMN_NAME_CHARS) {
                problems.add(new ImportProblem(1, name, null, "a column name of " + ImportLimits.count(name.length())
                        + " characters, more than the " + ImportLimits.COLUMN_NAME_CHARS + " a column name can have; shorten it"
                        + delimiterHint()));
            }
        }
        return problems;
    }

    /** The index of {@code name} in the header: exact, else ignoring case when that is unique; -1 when absent. */
    int column(String name) {
        int exact = headers.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        int found = -1;
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(name.strip())) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** The header's first columns, quoted and cut ({@link ImportLimits#cut}), and {@link #delimiterHint()}. */
    String hint() {
        String shown = headers.stream().limit(8).map(h -> "\"" + ImportLimits.cut(h, 40) + "\"").collect(Collectors.joining(", "))
                + (headers.size() > 8 ? ", ..." : "");
        return " (the header has " + ImportLimits.count(headers.size()) + (headers.size() == 1 ? " column: " : " columns: ")
                + ImportLimits.cut(shown, 2 * ImportLimits.QUOTED_CHARS) + ")" + delimiterHint();
    }

    /** When the header is one column holding another delimiter: "; is the delimiter right? ...". */
    String delimiterHint() {
        if (headers.size() == 1) {
            String only = headers.get(0);
            for (char d : new char[] {';', ',', '\t'}) {
                if (only.indexOf(d) >= 0) {
                    return "; is the delimiter right? the header holds '" + (d == '\t' ? "\\t" : String.valueOf(d)) + "'";
                }
            }
        }
        return "";
    }
}
