package com.leadbench.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file opened for import, with its encoding and delimiter found out: UTF-8 (with or without
 * a byte-order mark) when every byte sequence is valid UTF-8, UTF-16 when it starts with a UTF-16
 * byte-order mark, Windows-1252 otherwise; comma, semicolon or tab, whichever the header line
 * holds most of outside quotes. Empty and binary files are refused when opened.
 */
public final class CsvSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int CHUNK = 1 << 20;
    private static final int SNIFF = 1 << 16;
    /** From this many lines on, parsing runs a chunk ahead on a second thread. */
    static final long READ_AHEAD_ROWS = 20_000;

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;
    private final long lines;
    private final List<String> headers;

    private CsvSource(Path file, Charset charset, int bomLength, char delimiter, long lines) throws ImportException {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.delimiter = delimiter;
        this.lines = lines;
        this.headers = readHeaders();
    }

    /** Opens {@code file}, detecting its encoding and delimiter. */
    public static CsvSource open(Path file) throws ImportException {
        return open(file, null);
    }

    /** Opens {@code file} with the given delimiter (null: detect it from the header line). */
    public static CsvSource open(Path file, Character delimiter) throws ImportException {
        Scan scan = scan(file);
        char chosen = delimiter != null ? delimiter : detectDelimiter(file, scan);
        return new CsvSource(file, scan.charset, scan.bomLength, chosen, scan.newlines);
    }

    public Path file() {
        return file;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The column names of the header line, stripped; a blank name becomes {@code column_<n>} (1-based). */
    public List<String> headers() {
        return headers;
    }

    /** The number of lines after the header: the row count, or more when quoted fields span lines. */
    public long estimatedRows() {
        return Math.max(0, lines - 1);
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
        } catch (IOException | CsvRows.Malformed e) {
            // a preview shows what could be read
        }
        return out;
    }

    /** The data rows, from the line after the header. */
    CsvRows rows() throws IOException {
        return new CsvRows(reader(), format(), true);
    }

    /** The data rows; a large file is parsed on a second thread, ahead of the reader. */
    Rows rowsReadAhead() throws IOException {
        CsvRows rows = rows();
        return estimatedRows() >= READ_AHEAD_ROWS ? new ReadAheadRows(rows) : rows;
    }

    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    private Reader reader() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new BufferedReader(new InputStreamReader(in, charset), SNIFF);
    }

    private List<String> readHeaders() throws ImportException {
        try (CsvRows rows = new CsvRows(reader(), format(), false)) {
            CSVRecord header = rows.next();
            while (header != null && CsvRows.isEmptyLine(header)) {
                header = rows.next();
            }
            if (header == null) {
                throw fileProblem("is empty (no header line)");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip();
                names.add(name.isEmpty() ? "column_" + (i + 1) : name);
            }
            return List.copyOf(names);
        } catch (CsvRows.Malformed e) {
            throw fileProblem("has a header line that cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw fileProblem("cannot be read (" + e.getMessage() + ")");
        }
    }

    private ImportException fileProblem(String what) {
        return problem(file, what);
    }

    static ImportException problem(Path file, String what) {
        return new ImportException(file + " " + what, List.of(new ImportProblem(0, null, null, file.getFileName() + " " + what)));
    }

    /** What one pass over the bytes found. */
    private record Scan(Charset charset, int bomLength, long newlines) {
    }

    private static Scan scan(Path file) throws ImportException {
        if (Files.isDirectory(file)) {
            throw problem(file, "is a folder, not a CSV file");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            int first = readFully(channel, buffer);
            buffer.flip();
            if (first <= 0) {
                throw problem(file, "is empty");
            }
            Charset bomCharset = null;
            int bom = 0;
            if (startsWith(buffer, 0xEF, 0xBB, 0xBF)) {
                bomCharset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (startsWith(buffer, 0xFF, 0xFE)) {
                bomCharset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (startsWith(buffer, 0xFE, 0xFF)) {
                bomCharset = StandardCharsets.UTF_16BE;
                bom = 2;
            }
            boolean utf16 = bomCharset != null && bomCharset != StandardCharsets.UTF_8;
            boolean validUtf8 = !utf16;
            int need = 0;
            int lower = 0x80;
            int upper = 0xBF;
            long newlines = 0;
            long offset = 0;
            int controls = 0;
            int sniffed = 0;
            boolean nonBlank = false;
            int from = bom;
            while (true) {
                for (int i = from; i < buffer.limit(); i++) {
                    int b = buffer.get(i) & 0xFF;
                    if (b >= 0x20 && b < 0x7F && need == 0 && nonBlank && sniffed >= SNIFF) {
                        continue;
                    }
                    if (b == '\n') {
                        newlines++;
                    } else if (b == 0 && !utf16) {
                        throw problem(file, "is not a text file (it holds NUL bytes, first at byte " + (offset + i)
                                + "); export the data as CSV");
                    }
                    if (!nonBlank && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                        nonBlank = true;
                    }
                    if (sniffed < SNIFF && !utf16) {
                        sniffed++;
                        if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                            controls++;
                        }
                    }
                    if (validUtf8) {
                        // the well-formed UTF-8 byte sequences of Unicode 15, table 3-7
                        if (need > 0) {
                            if (b < lower || b > upper) {
                                validUtf8 = false;
                            }
                            need--;
                            lower = 0x80;
                            upper = 0xBF;
                        } else if (b >= 0x80) {
                            if (b >= 0xC2 && b <= 0xDF) {
                                need = 1;
                            } else if (b >= 0xE0 && b <= 0xEF) {
                                need = 2;
                                lower = b == 0xE0 ? 0xA0 : 0x80;
                                upper = b == 0xED ? 0x9F : 0xBF;
                            } else if (b >= 0xF0 && b <= 0xF4) {
                                need = 3;
                                lower = b == 0xF0 ? 0x90 : 0x80;
                                upper = b == 0xF4 ? 0x8F : 0xBF;
                            } else {
                                validUtf8 = false;
                            }
                        }
                    }
                }
                offset += buffer.limit();
                buffer.clear();
                if (readFully(channel, buffer) <= 0) {
                    break;
                }
                buffer.flip();
                from = 0;
            }
            if (need > 0) {
                validUtf8 = false;
            }
            if (!nonBlank) {
                throw problem(file, "is empty");
            }
            if (controls * 100 > Math.max(sniffed, 1)) {
                throw problem(file, "is not a text file (" + controls + " control characters in its first "
                        + sniffed + " bytes); export the data as CSV");
            }
            Charset charset = bomCharset != null ? bomCharset : validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new Scan(charset, bom, newlines);
        } catch (NoSuchFileException e) {
            throw problem(file, "does not exist");
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static boolean startsWith(ByteBuffer b, int... bytes) {
        if (b.limit() < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((b.get(i) & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
        }
        return total;
    }

    /**
     * Comma, semicolon or tab: whichever the first non-blank line holds most of outside quotes (comma
     * on a tie), counted in the first {@link ImportLimits#ROW_CHARS} characters.
     */
    private static char detectDelimiter(Path file, Scan scan) throws ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(scan.bomLength);
            Reader reader = new BufferedReader(new InputStreamReader(in, scan.charset));
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            boolean seen = false;
            int c;
            long read = 0;
            while ((c = reader.read()) >= 0 && read++ < ImportLimits.ROW_CHARS) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == '\n' || c == '\r') {
                        if (seen) {
                            break;
                        }
                        continue;
                    }
                    switch (c) {
                        case ',' -> commas++;
                        case ';' -> semicolons++;
                        case '\t' -> tabs++;
                        default -> {
                            // part of a name
                        }
                    }
                }
                if (c != ' ') {
                    seen = true;
                }
            }
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            if (tabs > commas && tabs > semicolons) {
                return '\t';
            }
            return ',';
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
