package com.leadbench.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * One sheet of an Excel workbook (.xlsx) written to a temporary UTF-8 CSV file, so that it is read
 * like any CSV file. Every row of the sheet is one record, empty rows included, so that messages can
 * name the sheet's rows ({@link LineMap}); rows below the header are as wide as the header (Excel
 * leaves out empty cells at the end of a row). Cells are written as a CSV export of the sheet would
 * hold them, but without the display format: dates as {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss},
 * numbers in full without exponent or grouping (15 significant digits, as Excel keeps), yes/no as
 * {@code true}/{@code false}, formulas as their last computed value; a cell with an Excel error
 * ({@code #N/A}) is empty, with a warning.
 */
final class WorkbookSheet {

    /** The CSV file a sheet became, what to call its lines, and what was found while converting it. */
    record Converted(Path csv, String sheet, List<String> sheets, LineMap lines, List<ImportWarning> warnings) {
    }

    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
            "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private WorkbookSheet() {
    }

    /**
     * A file that starts like a ZIP archive, as a workbook does, whatever its name ("leads.csv" that is
     * a workbook is read as one; "leads.xlsx" that is text is read as CSV).
     */
    static boolean looksLikeWorkbook(byte[] head) {
        return TextScan.startsWith(head, head.length, 'P', 'K', 3, 4);
    }

    /**
     * Converts sheet {@code name} of {@code file} (null: the first visible sheet) to a temporary CSV
     * file, which the caller deletes.
     */
    static Converted convert(Path file, String name) throws ImportException {
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean named = lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
        ReadableWorkbook book;
        try {
            book = open(file);
        } catch (IOException | RuntimeException e) {
            throw CsvSource.problem(file, named
                    ? "cannot be read as an Excel workbook (" + ImportLimits.cut(String.valueOf(e.getMessage()), 200)
                    + "); open it in Excel and save it again as .xlsx, or export the sheet as CSV"
                    : "is not a text file (it is a ZIP archive, not a CSV file or an Excel workbook); export the data as CSV");
        }
        Path csv = null;
        try (book) {
            List<Sheet> all = book.getSheets().toList();
            List<String> names = all.stream().map(Sheet::getName).toList();
            Sheet sheet = choose(file, all, name);
            csv = Files.createTempFile("leadbench-sheet-", ".csv");
            csv.toFile().deleteOnExit();
            Writing writing = new Writing(csv);
            try (Stream<Row> rows = sheet.openStream()) {
                writing.write(rows.iterator());
            }
            return new Converted(csv, sheet.getName(), names, writing.lines.build(), writing.warnings());
        } catch (ImportException e) {
            delete(csv);
            throw e;
        } catch (IOException | RuntimeException e) {
            delete(csv);
            throw CsvSource.problem(file, "cannot be read as an Excel workbook (" + ImportLimits.cut(String.valueOf(e.getMessage()), 200)
                    + "); open it in Excel and save it again as .xlsx, or export the sheet as CSV");
        }
    }

    /**
     * The workbook with its cell formats (to tell dates from numbers); one without a styles part (some
     * tools write none) is read without them.
     */
    private static ReadableWorkbook open(Path file) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
        } catch (IOException | RuntimeException withFormats) {
            try {
                return new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true));
            } catch (IOException | RuntimeException e) {
                throw withFormats;
            }
        }
    }

    private static Sheet choose(Path file, List<Sheet> all, String name) throws ImportException {
        if (all.isEmpty()) {
            throw CsvSource.problem(file, "is a workbook without sheets");
        }
        if (name == null) {
            return all.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst().orElse(all.getFirst());
        }
        for (Sheet s : all) {
            if (s.getName().equals(name)) {
                return s;
            }
        }
        List<Sheet> ignoringCase = all.stream().filter(s -> s.getName().equalsIgnoreCase(name.strip())).toList();
        if (ignoringCase.size() == 1) {
            return ignoringCase.getFirst();
        }
        throw CsvSource.problem(file, "has no sheet named \"" + ImportLimits.cut(name) + "\"; its sheets are "
                + all.stream().limit(20).map(s -> "\"" + ImportLimits.cut(s.getName()) + "\"").collect(Collectors.joining(", "))
                + (all.size() > 20 ? ", ..." : ""));
    }

    static void delete(Path csv) {
        if (csv != null) {
            try {
                Files.deleteIfExists(csv);
            } catch (IOException e) {
                // deleted on exit
            }
        }
    }

    /** The writing of one sheet: the first rows wait until the header is known, for the width. */
    private static final class Writing {

        private final Path csv;
        private final LineMap.Builder lines = new LineMap.Builder();
        private final List<List<String>> head = new ArrayList<>();
        private final List<Integer> headRows = new ArrayList<>();
        private int width = -1;
        private int headerIndex;
        private long written;
        private long csvLine = 1;
        private long errors;
        private long firstErrorRow;
        private String firstError;
        private String firstErrorColumn;

        Writing(Path csv) {
            this.csv = csv;
        }

        void write(Iterator<Row> rows) throws IOException {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    int number = row.getRowNum() > written ? row.getRowNum() : (int) written + 1;
                    List<String> cells = cells(row, number);
                    if (width < 0) {
                        head.add(cells);
                        headRows.add(number);
                        if (head.size() == ReportLayout.HEAD_ROWS) {
                            flushHead(printer);
                        }
                    } else {
                        print(printer, number, cells, true);
                    }
                }
                if (width < 0) {
                    flushHead(printer);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** The header is the row {@link ReportLayout#header} finds; the rows below it are made as wide as the widest of them. */
        private void flushHead(CSVPrinter printer) throws IOException {
            headerIndex = Math.max(0, ReportLayout.header(head));
            width = 0;
            for (int i = headerIndex; i < head.size(); i++) {
                width = Math.max(width, head.get(i).size());
            }
            for (int i = 0; i < head.size(); i++) {
                print(printer, headRows.get(i), head.get(i), i >= headerIndex);
            }
            head.clear();
            headRows.clear();
        }

        private void print(CSVPrinter printer, long number, List<String> cells, boolean pad) throws IOException {
            while (written + 1 < number) {
                written++;
                lines.record(csvLine, written);
                printer.println();
                csvLine++;
            }
            written = number;
            lines.record(csvLine, number);
            List<String> out = cells;
            if (pad && cells.size() < width && !ReportLayout.blank(cells)) {
                out = new ArrayList<>(cells);
                while (out.size() < width) {
                    out.add("");
                }
            }
            if (ReportLayout.blank(out)) {
                printer.println();
            } else {
                printer.printRecord(out);
            }
            csvLine += 1 + lineBreaks(out);
        }

        /** The row's cells as text, without the empty cells at its end. */
        private List<String> cells(Row row, long number) {
            List<String> out = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                Cell cell = row.getCell(i);
                out.add(cell == null ? "" : text(cell, number));
            }
            int end = out.size();
            while (end > 0 && out.get(end - 1).isEmpty()) {
                end--;
            }
            return end == out.size() ? out : new ArrayList<>(out.subList(0, end));
        }

        private String text(Cell cell, long number) {
            Object value = cell.getValue();
            switch (cell.getType()) {
                case EMPTY -> {
                    return "";
                }
                case ERROR -> {
                    return error(cell, number, String.valueOf(value));
                }
                case STRING -> {
                    return value == null ? "" : value.toString();
                }
                case BOOLEAN, NUMBER, FORMULA -> {
                    if (value == null) {
                        return "";
                    }
                    if (value instanceof Boolean b) {
                        return b.toString();
                    }
                    if (value instanceof BigDecimal n) {
                        return isDate(cell) ? date(cell) : plain(n);
                    }
                    String s = value.toString();
                    return cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA && ERRORS.contains(s.strip())
                            ? error(cell, number, s) : s;
                }
            }
            return "";
        }

        private String error(Cell cell, long number, String value) {
            if (errors++ == 0) {
                firstErrorRow = number;
                firstError = value;
                firstErrorColumn = cell.getAddress().toString().replaceAll("\\d", "");
            }
            return "";
        }

        List<ImportWarning> warnings() {
            if (errors == 0) {
                return List.of();
            }
            return List.of(new ImportWarning(firstErrorRow, null, (errors == 1 ? "a cell holds" : ImportLimits.count(errors) + " cells hold")
                    + " an Excel error such as " + ImportLimits.cut(firstError) + " (the first in row " + firstErrorRow + ", column "
                    + firstErrorColumn + " of the sheet); " + (errors == 1 ? "it was" : "they were") + " read as empty"));
        }
    }

    /** 1234.5600 -> "1234.56"; 1.5E+7 -> "15000000"; at most 15 significant digits, as Excel keeps. */
    static String plain(BigDecimal n) {
        BigDecimal rounded = n.round(EXCEL_DIGITS).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    private static String date(Cell cell) {
        LocalDateTime at;
        try {
            at = cell.asDate();
        } catch (RuntimeException e) {
            return plain((BigDecimal) cell.getValue());
        }
        at = at.plusNanos(500_000_000).truncatedTo(ChronoUnit.SECONDS);
        String format = cell.getDataFormatString();
        boolean small = ((BigDecimal) cell.getValue()).abs().compareTo(BigDecimal.ONE) < 0;
        Integer id = formatId(cell);
        boolean timeOnly = small && (format != null ? !hasDatePart(format) : id != null && (id >= 18 && id <= 21 || id >= 45 && id <= 47));
        if (timeOnly) {
            return at.toLocalTime().format(TIME);
        }
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.format(DATE) : at.format(DATE_TIME);
    }

    /** A number shown as a date or time: Excel's built-in date formats, or a format with date or time letters outside quotes and brackets. */
    static boolean isDate(Cell cell) {
        Integer id = formatId(cell);
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && isDateFormat(format);
    }

    private static Integer formatId(Cell cell) {
        try {
            return cell.getDataFormatId();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDateFormat(String format) {
        String f = letters(format);
        return f.indexOf('y') >= 0 || f.indexOf('d') >= 0 || f.indexOf('h') >= 0 || f.indexOf('s') >= 0
                || (f.indexOf('m') >= 0 && f.indexOf('0') < 0 && f.indexOf('#') < 0);
    }

    private static boolean hasDatePart(String format) {
        String f = letters(format);
        return f.indexOf('y') >= 0 || f.indexOf('d') >= 0;
    }

    /** The format's first section, lower case, without quoted text, escaped characters and [brackets]. */
    private static String letters(String format) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (c == ';' && bracket == 0) {
                break;
            } else if (bracket == 0) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Line breaks in a record's values as Commons CSV counts them: CR, LF or CRLF. */
    private static long lineBreaks(List<String> cells) {
        long n = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\r' || (c == '\n' && (i == 0 || cell.charAt(i - 1) != '\r'))) {
                    n++;
                }
            }
        }
        return n;
    }
}
