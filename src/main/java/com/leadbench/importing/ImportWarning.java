package com.leadbench.importing;

import java.util.Objects;

/**
 * Something an import did to read a file as it came, which the user should know: columns renamed
 * because the header repeats them, NUL characters removed, lines read in another encoding, title or
 * footer rows skipped. The line is where it happened (1 is the first line of the file, or the
 * first row of a sheet; 0 for the file as a whole); the column may be null. A warning never stops
 * an import. Input quoted in it is cut ({@link ImportLimits#cut}).
 */
public record ImportWarning(long line, String column, String message) {

    private static final int MESSAGE_CHARS = 2_000;

    public ImportWarning {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        Objects.requireNonNull(message, "message");
        column = ImportLimits.cut(column);
        message = ImportLimits.cut(message, MESSAGE_CHARS);
    }

    /** {@code line 4, column "Phone Number": ...}, on one line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(line == 0 ? "file" : "line " + line);
        if (column != null) {
            b.append(", column \"").append(column.replace("\n", "\\n")).append('"');
        }
        return b.append(": ").append(message.replace("\r", "\\r").replace("\n", "\\n")).toString();
    }
}
