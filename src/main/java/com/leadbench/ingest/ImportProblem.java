package com.leadbench.ingest;

/**
 * Something wrong with an import file: the physical line where the row starts (1 is the header,
 * 0 for the file as a whole or the mapping), the CSV column (or mapping field) concerned, the
 * offending value, and why. {@code column} and {@code value} may be null.
 */
public record ImportProblem(long line, String column, String value, String reason) {

    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        java.util.Objects.requireNonNull(reason, "reason");
    }

    /** {@code line 3, column "created_at", value "31/02/2024": not a date ...}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(line == 0 ? "file" : "line " + line);
        if (column != null) {
            b.append(", column \"").append(column).append('"');
        }
        if (value != null) {
            String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
            b.append(", value \"").append(shown.replace("\r", "\\r").replace("\n", "\\n")).append('"');
        }
        return b.append(": ").append(reason).toString();
    }
}
