package com.leadbench.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A file opened for import, read as it comes: a CSV file with its encoding and delimiter found out,
 * or a sheet of an Excel workbook (.xlsx), converted to a temporary CSV file first.
 * <ul>
 * <li>Encoding: UTF-8 (with or without a byte-order mark) when every line is valid UTF-8, UTF-16 when
 * the file starts with a UTF-16 byte-order mark, Windows-1252 otherwise; a file with UTF-8 lines
 * and others is read line by line (UTF-8 where valid, Windows-1252 elsewhere), with a warning.</li>
 * <li>Delimiter: comma, semicolon or tab, whichever the first line holding any of them holds most of
 * outside quotes.</li>
 * <li>NUL characters in an otherwise textual file are removed, with a warning.</li>
 * <li>Header: the first row that looks like one ({@link ReportLayout#header}); title rows above it
 * and a report footer below the data are skipped, with a warning. A name the header repeats gets
 * its number: the second {@code Phone Number} is {@code Phone Number (2)}, with a warning.</li>
 * </ul>
 * Empty and binary files, and a sheet the workbook lacks, are refused when opened. Close a source
 * opened from a workbook to delete its temporary file (it is also deleted once the source is
 * garbage, and when the program exits).
 */
public final class CsvSource implements AutoCloseable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** From this many lines on, parsing runs a chunk ahead on a second thread. */
    static final long READ_AHEAD_ROWS = 20_000;
    /** Characters read at most to find the header among the first rows. */
    private static final long HEAD_CHARS = 1 << 20;
    /** Bytes at the end of a file looked at for a report footer. */
    private static final long TAIL_BYTES = 1 << 18;
    private static final Cleaner TEMP_FILES = Cleaner.create();

    private final Path file;
    private final Path csv;
    private final Charset charset;
    private final boolean utf16;
    private final boolean mixed;
    private final boolean nuls;
    private final DecodedText text;
    private final char delimiter;
    private final long lines;
    private final LineMap lineMap;
    private final long headerLine;
    private final long endLine;
    private final List<String> headers;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<Long> skipped = new ArrayList<>();
    private final SourceFacts facts;
    private final Cleaner.Cleanable temporary;

    private CsvSource(Path file, Path csv, TextScan scan, Character forced, WorkbookSheet.Converted sheet) throws ImportException {
        this.file = file;
        this.csv = csv;
        this.utf16 = scan.utf16;
        this.mixed = !utf16 && scan.mixed();
        this.charset = scan.bomCharset != null ? scan.bomCharset : scan.utf8() || mixed ? StandardCharsets.UTF_8 : WINDOWS_1252;
        this.nuls = scan.nuls > 0;
        this.text = new DecodedText(csv, charset, utf16, mixed, nuls, scan.bomLength);
        this.lines = scan.lines;
        this.lineMap = sheet == null ? LineMap.SAME : sheet.lines();
        this.temporary = sheet == null ? null : TEMP_FILES.register(this, () -> WorkbookSheet.delete(csv));
        if (sheet != null) {
            warnings.addAll(sheet.warnings());
        }
        try {
            this.delimiter = forced != null ? forced : detectDelimiter();
            Sample top = sample(text.start(), 1, ReportLayout.HEAD_ROWS, HEAD_CHARS, true);
            int at = ReportLayout.header(top.cells);
            if (at < 0) {
                throw fileProblem("is empty (no header line)");
            }
            this.headerLine = top.lines.get(at);
            this.headers = HeaderNames.of(top.cells.get(at), lineMap.of(headerLine), warnings);
            titleRows(top, at);
            this.endLine = footer(scan);
        } catch (CsvRows.Malformed e) {
            throw fileProblem("has a header line that cannot be read: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw fileProblem("cannot be read (" + e.getMessage() + ")");
        }
        if (nuls) {
            warnings.add(new ImportWarning(lineMap.of(scan.firstNulLine), null, "the file holds " + ImportLimits.count(scan.nuls)
                    + (scan.nuls == 1 ? " NUL character" : " NUL characters") + " (an invisible zero byte some exports put inside fields), the first on line "
                    + lineMap.of(scan.firstNulLine) + "; " + (scan.nuls == 1 ? "it was" : "they were") + " removed"));
        }
        if (mixed) {
            warnings.add(new ImportWarning(lineMap.of(scan.firstBadLines.getFirst()), null, LineWording.lineList(lineMap, scan.firstBadLines, scan.badLines)
                    + (scan.badLines == 1 ? " is" : " are") + " not UTF-8 like the rest of the file; "
                    + (scan.badLines == 1 ? "it was" : "they were") + " read as Windows-1252 (Western European): check "
                    + (scan.badLines == 1 ? "its" : "their") + " accented letters"));
        }
        warnings.sort(Comparator.comparingLong(ImportWarning::line));
        this.facts = new SourceFacts(sheet == null ? "CSV" : "Excel workbook",
                mixed ? "UTF-8, some lines Windows-1252" : charset.name(), delimiter, lineMap.of(headerLine), estimatedRows(),
                skipped, mixed ? scan.badLines : 0, scan.nuls, sheet == null ? null : sheet.sheet(),
                sheet == null ? List.of() : sheet.sheets());
    }

    /** Opens {@code file}, detecting its encoding and delimiter; an Excel workbook's first visible sheet. */
    public static CsvSource open(Path file) throws ImportException {
        return open(file, null, null);
    }

    /** Opens {@code file} with the given delimiter (null: detect it from the header line). */
    public static CsvSource open(Path file, Character delimiter) throws ImportException {
        return open(file, delimiter, null);
    }

    /**
     * Opens sheet {@code sheet} of an Excel workbook (null: its first visible sheet; a name is matched
     * exactly, else ignoring case); a workbook without it is a problem that lists its sheets. For a
     * CSV file, {@code sheet} must be null.
     */
    public static CsvSource open(Path file, String sheet) throws ImportException {
        return open(file, null, sheet);
    }

    private static CsvSource open(Path file, Character delimiter, String sheet) throws ImportException {
        if (Files.isDirectory(file)) {
            throw problem(file, "is a folder, not a CSV file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw problem(file, "does not exist");
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (WorkbookSheet.looksLikeWorkbook(head)) {
            WorkbookSheet.Converted converted = WorkbookSheet.convert(file, sheet);
            try {
                TextScan scan = TextScan.of(converted.csv());
                if (!scan.nonBlank) {
                    throw problem(file, "has nothing in its sheet \"" + ImportLimits.cut(converted.sheet()) + "\"");
                }
                return new CsvSource(file, converted.csv(), scan, ',', converted);
            } catch (IOException e) {
                WorkbookSheet.delete(converted.csv());
                throw problem(file, "cannot be read (" + e.getMessage() + ")");
            } catch (ImportException | RuntimeException e) {
                WorkbookSheet.delete(converted.csv());
                throw e;
            }
        }
        if (sheet != null) {
            throw problem(file, "is not an Excel workbook (.xlsx), so it has no sheet \"" + ImportLimits.cut(sheet)
                    + "\" to choose; leave out the sheet for a CSV file");
        }
        TextScan scan;
        try {
            scan = TextScan.of(file);
        } catch (NoSuchFileException e) {
            throw problem(file, "does not exist");
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (scan.size <= scan.bomLength && !scan.utf16 || scan.utf16 && scan.size == 0 && scan.head.length <= scan.bomLength) {
            throw problem(file, "is empty");
        }
        String binary = scan.binary();
        if (binary != null) {
            throw problem(file, "is not a text file (" + binary + "); "
                    + (binary.contains(".xls") ? "save it as .xlsx (without a password), or export the data as CSV" : "export the data as CSV"));
        }
        if (!scan.nonBlank) {
            throw problem(file, "is empty");
        }
        return new CsvSource(file, file, scan, delimiter, null);
    }

    /** The file as given (a workbook, not the CSV file its sheet became). */
    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * The column names of the header line, stripped; a blank name becomes {@code column_<n>} (1-based);
     * a name the header already had gets its number ({@code Phone Number (2)}), so that names are unique.
     */
    public List<String> headers() {
        return headers;
    }

    /** The line of the header (a sheet's row): 1, unless title rows or blank lines are above it. */
    public long headerLine() {
        return lineMap.of(headerLine);
    }

    /** What was done to read the file as it came (renamed columns, removed NULs, recoded lines, skipped rows), by line. */
    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** What opening found out: format, encoding, delimiter, header line, rows, skipped and recoded lines, sheet. */
    public SourceFacts facts() {
        return facts;
    }

    /** The sheet read from a workbook, or null for a CSV file. */
    public String sheet() {
        return facts.sheet();
    }

    /** The number of lines between the header and the end of the data: the row count, or more when quoted fields span lines. */
    public long estimatedRows() {
        return Math.max(0, (endLine == Long.MAX_VALUE ? lines : endLine - 1) - headerLine);
    }

    /** The first {@code n} data rows as read (raw cells), for a preview; stops early at a syntax error. */
    public List<List<String>> firstRows(int n) {
        List<List<String>> out = new ArrayList<>();
        try (CsvRows rows = rows()) {
            while (out.size() < n) {
                CSVRecord r = rows.next();
                if (r == null) {
                    break;
                }
                if (!CsvRows.isEmptyLine(r)) {
                    out.add(r.toList());
                }
            }
        } catch (IOException | UncheckedIOException | CsvRows.Malformed e) {
            // a preview shows what could be read
        }
        return out;
    }

    /** The data rows: from the row after the header to the last before a footer. */
    CsvRows rows() throws IOException {
        return new CsvRows(text.reader(text.start()), format(), headerLine, endLine, lineMap, ImportLimits.ROW_CHARS);
    }

    /** The data rows; a large file is parsed on a second thread, ahead of the reader. */
    Rows rowsReadAhead() throws IOException {
        CsvRows rows = rows();
        return estimatedRows() >= READ_AHEAD_ROWS ? new ReadAheadRows(rows) : rows;
    }

    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    /** Deletes the temporary file a workbook's sheet became; the source cannot be read after. Nothing for a CSV file. */
    @Override
    public void close() {
        if (temporary != null) {
            temporary.clean();
        }
    }

    /** Records as lists of cells, with the physical line each starts on. */
    private record Sample(List<List<String>> cells, List<Long> lines, boolean complete) {
    }

    /**
     * Up to {@code max} records from {@code offset} (the start of line {@code line}), while fewer than
     * {@code maxChars} characters are read; {@code complete} when the end of the file was reached.
     * A syntax error ends the sample, unless it is the first record and {@code strict}.
     */
    private Sample sample(long offset, long line, int max, long maxChars, boolean strict) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        List<Long> at = new ArrayList<>();
        boolean complete = false;
        try (CsvRows rows = new CsvRows(text.reader(offset), format(), 0, Long.MAX_VALUE, LineMap.SAME, ImportLimits.ROW_CHARS)) {
            while (cells.size() < max && rows.charsRead() <= maxChars) {
                CSVRecord r;
                try {
                    r = rows.next();
                } catch (CsvRows.Malformed e) {
                    if (strict && ReportLayout.header(cells) < 0) {
                        throw e;
                    }
                    break;
                }
                if (r == null) {
                    complete = true;
                    break;
                }
                cells.add(r.toList());
                at.add(line - 1 + rows.line());
            }
        }
        return new Sample(cells, at, complete);
    }

    /** Rows above the header that are not blank: skipped, with a warning quoting them. */
    private void titleRows(Sample top, int header) {
        int first = 0;
        while (first < header && ReportLayout.blank(top.cells.get(first))) {
            first++;
        }
        if (first == header) {
            return;
        }
        List<String> quoted = new ArrayList<>();
        int rows = 0;
        for (int i = first; i < header; i++) {
            skipped.add(lineMap.of(top.lines.get(i)));
            if (!ReportLayout.blank(top.cells.get(i)) && rows++ < 2) {
                quoted.add(LineWording.quote(top.cells.get(i)));
            }
        }
        long from = lineMap.of(top.lines.get(first));
        long to = lineMap.of(headerLine) - 1;
        warnings.add(new ImportWarning(from, null, LineWording.range(from, to) + " above the header (line " + lineMap.of(headerLine)
                + ") " + (from == to ? "was" : "were") + " skipped: " + (from == to ? "it looks" : "they look")
                + " like a report title, not column names (" + String.join(", ", quoted) + (rows > 2 ? ", ..." : "") + ")"));
    }

    /**
     * The first line of a report footer below the data, or {@link Long#MAX_VALUE}: looked for in the
     * file's last lines ({@link ReportLayout#footer}); skipped, with a warning quoting it.
     */
    private long footer(TextScan scan) throws IOException {
        TextScan.LineStart from = null;
        for (TextScan.LineStart s : scan.tail()) {
            if (s.line() > headerLine && scan.size - s.offset() <= TAIL_BYTES) {
                from = s;
                break;
            }
        }
        if (from == null) {
            return Long.MAX_VALUE;
        }
        Sample bottom = sample(from.offset(), from.line(), 2 * TextScan.TAIL_LINES, TAIL_BYTES, false);
        if (!bottom.complete) {
            return Long.MAX_VALUE;
        }
        int at = ReportLayout.footer(bottom.cells, headers.size());
        if (at < 0) {
            return Long.MAX_VALUE;
        }
        List<String> quoted = new ArrayList<>();
        int rows = 0;
        for (int i = at; i < bottom.cells.size(); i++) {
            skipped.add(lineMap.of(bottom.lines.get(i)));
            if (!ReportLayout.blank(bottom.cells.get(i)) && rows++ < 2) {
                quoted.add(LineWording.quote(bottom.cells.get(i)));
            }
        }
        long first = lineMap.of(bottom.lines.get(at));
        long last = lineMap.of(Math.max(bottom.lines.getLast(), lines));
        warnings.add(new ImportWarning(first, null, LineWording.range(first, last) + " below the data " + (first == last ? "was" : "were")
                + " skipped: " + (first == last ? "it looks" : "they look") + " like a report footer, not data ("
                + String.join(", ", quoted) + (rows > 2 ? ", ..." : "") + ")"));
        return bottom.lines.get(at);
    }

    private ImportException fileProblem(String what) {
        return problem(file, what);
    }

    static ImportException problem(Path file, String what) {
        return new ImportException(file + " " + what, List.of(new ImportProblem(0, null, null, file.getFileName() + " " + what)));
    }

    /** Comma, semicolon or tab, found out from the first lines ({@link Delimiters#detect}). */
    private char detectDelimiter() throws IOException {
        try (Reader reader = text.reader(text.start())) {
            return Delimiters.detect(reader);
        }
    }
}
