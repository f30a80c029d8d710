package com.leadbench.ingest;

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

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long line;

    /** With {@code skipHeader}, the first non-empty record (the header) is read and dropped. */
    CsvRows(Reader reader, CSVFormat format, boolean skipHeader) throws IOException {
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        this.records = parser.iterator();
        if (skipHeader) {
            CSVRecord header = next();
            while (header != null && isEmptyLine(header)) {
                header = next();
            }
        }
    }

    /** The next record, or null at the end of the file. */
    @Override
    public CSVRecord next() {
        long before = parser.getCurrentLineNumber();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            line = before + 1;
            return r;
        } catch (UncheckedIOException e) {
            line = before + 1;
            if (e.getCause() instanceof CSVException bad) {
                throw new Malformed(line, reason(bad.getMessage()), e);
            }
            throw e;
        }
    }

    /** The line the last record returned (or the malformed one) starts on. */
    @Override
    public long line() {
        return line;
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
        return "bad quoting: " + m;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
