package com.leadbench.importing;

/**
 * Something wrong with an import file: the physical line where the row starts (1 is the header,
 * 0 for the file as a whole or the mapping), the CSV column (or mapping field) concerned, the
 * offending value, and why. {@code column} and {@code value} may be null. Both are input, so they
 * are kept cut to {@link ImportLimits#QUOTED_CHARS} characters ({@link ImportLimits#cut}): a
 * problem never holds, prints or reports a 50 MB cell or a 4 KB header.
 */
public record ImportProblem(long line, String column, String value, String reason) {

    /** A reason is built from bounded parts; this only guards against one that is not. */
    private static final int REASON_CHARS = 2_000;

    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        java.util.Objects.requireNonNull(reason, "reason");
        column = ImportLimits.cut(column);
        value = ImportLimits.cut(value);
        reason = ImportLimits.cut(reason, REASON_CHARS);
    }

    /** {@code line 3, column "created_at", value "31/02/2024": not a date ...}, on one line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(line == 0 ? "file" : "line " + line);
        if (column != null) {
            b.append(", column \"").append(oneLine(column)).append('"');
        }
        if (value != null) {
            b.append(", value \"").append(oneLine(value)).append('"');
        }
        return b.append(": ").append(oneLine(reason)).toString();
    }

    private static String oneLine(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
