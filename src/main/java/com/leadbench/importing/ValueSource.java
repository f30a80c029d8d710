package com.leadbench.importing;

import java.util.ArrayList;
import java.util.List;

/** Where a target's text comes from: a column, or a constant whose {@code {column}} parts name cells. */
record ValueSource(int column, List<Object> parts, String label) {

    static ValueSource ofColumn(int column, String header) {
        return new ValueSource(column, null, header);
    }

    /** Parses a constant; {@code {column}} names a cell of the row ({@code {{} and {@code }}} are literal braces). */
    static ValueSource template(String target, String value, FileHeader header, List<ImportProblem> problems) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '{' && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < value.length() && value.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = value.indexOf('}', i);
                if (close < 0) {
                    problems.add(new ImportProblem(0, "constants." + target, value, "a '{' without its '}'"));
                    return null;
                }
                String name = value.substring(i + 1, close);
                int col = header.column(name);
                if (col < 0) {
                    problems.add(new ImportProblem(1, name, value, "the constant for " + ImportLimits.cut(target)
                            + " names this column, but the header has no such column" + header.hint()));
                    return null;
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(col);
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return new ValueSource(-1, List.copyOf(parts), "constants." + target);
    }
}
