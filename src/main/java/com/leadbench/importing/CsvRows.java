package com.leadbench.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Records of a CSV file one by one, each with the physical line it starts on (1 is the first line),
 * turning Commons CSV's syntax errors into {@link Malformed} with that line and a plain reason.
 * Commons CSV holds a whole record in memory, so the characters it reads for one record are
 * counted as they arrive: past {@link ImportLimits#ROW_CHARS} the record is {@link Malformed}
 * before it is read to its end (one 50 MB line, a quote never closed). Rows above the header (a
 * report's title) and a report footer below the data can be left out by line.
 */
final class CsvRows implements Rows {

    /** The file breaks CSV syntax at {@link #line()}; reading cannot go on after it. */
    static final class Malformed extends RuntimeException {

        private final long line;

        Malformed(long line, String reason, Throwable cause) {
            super(reason, cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    /** Thrown by {@link RowGuard} through the parser once a record has more characters than allowed. */
    private static final class RowTooLong extends IOException {

        RowTooLong(int max) {
            super("more than " + max + " characters in one row", null);
        }
    }

    /**
     * The reader under the parser: counts the characters read since the current record began and
     * fails once they pass the limit. The parser reads ahead a buffer (8 KiB), so a record fails
     * somewhat after the limit, never before it.
     */
    private static final class RowGuard extends Reader {

        private final Reader in;
        private final int max;
        private long row;
        private long total;

        RowGuard(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                row += n;
                total += n;
                if (row > max) {
                    throw new RowTooLong(max);
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private final RowGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long afterLine;
    private final long endLine;
    private final LineMap lines;
    private long line;
    private boolean ended;

    /** With {@code skipHeader}, the first non-empty record (the header) is read and dropped. */
    CsvRows(Reader reader, CSVFormat format, boolean skipHeader) throws IOException {
        this(reader, format, skipHeader, ImportLimits.ROW_CHARS);
    }

    /** As above, with rows limited to {@code maxRowChars} characters. */
    CsvRows(Reader reader, CSVFormat format, boolean skipHeader, int maxRowChars) throws IOException {
        this(reader, format, 0, Long.MAX_VALUE, LineMap.SAME, maxRowChars);
        if (skipHeader) {
            CSVRecord header = next();
            while (header != null && isEmptyLine(header)) {
                header = next();
            }
        }
    }

    /**
     * The records that start after physical line {@code afterLine} (the header's; 0 for all) and
     * before {@code endLine} (a footer's first; {@link Long#MAX_VALUE} for all); the reader starts at
     * line 1 of the file. Lines are named through {@code lines}.
     */
    CsvRows(Reader reader, CSVFormat format, long afterLine, long endLine, LineMap lines, int maxRowChars) throws IOException {
        this.guard = new RowGuard(reader, maxRowChars);
        this.parser = CSVParser.builder().setReader(guard).setFormat(format).get();
        this.records = parser.iterator();
        this.afterLine = afterLine;
        this.endLine = endLine;
        this.lines = lines;
    }

    /** The next record, or null at the end of the file (or of the data). */
    @Override
    public CSVRecord next() {
        while (!ended) {
            long before = parser.getCurrentLineNumber();
            try {
                if (!records.hasNext()) {
                    ended = true;
                    return null;
                }
                CSVRecord r = records.next();
                guard.row = 0;
                long start = before + 1;
                if (start <= afterLine) {
                    continue;
                }
                if (start >= endLine) {
                    ended = true;
                    return null;
                }
                line = lines.of(start);
                return r;
            } catch (UncheckedIOException e) {
                line = lines.of(before + 1);
                if (e.getCause() instanceof RowTooLong) {
                    throw new Malformed(line, "the row that starts on this line is longer than " + ImportLimits.count(guard.max)
                            + " characters, the most a row can hold (is a quote never closed, or are line breaks missing?)", e);
                }
                if (e.getCause() instanceof CSVException bad) {
                    throw new Malformed(line, reason(bad.getMessage()), e);
                }
                throw e;
            }
        }
        return null;
    }

    /** The line the last record returned (or the malformed one) starts on. */
    @Override
    public long line() {
        return line;
    }

    /** The characters read from the file so far (the parser reads a little ahead of the last record). */
    long charsRead() {
        return guard.total;
    }

    /** A line with nothing on it: Commons CSV gives one empty value. */
    static boolean isEmptyLine(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    private static String reason(String message) {
        String m = message == null ? "" : message;
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "bad quoting: a quoted field that starts on this line is never closed";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "bad quoting: a quoted field is followed by more text before the delimiter"
                    + " (a quote inside a quoted field must be doubled)";
        }
        return "bad quoting: " + ImportLimits.cut(m, 200);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
