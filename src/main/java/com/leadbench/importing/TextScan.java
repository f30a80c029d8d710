package com.leadbench.importing;

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
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the bytes of a file, before it is parsed: its byte-order mark, whether each line is
 * valid UTF-8, the NUL bytes it holds, how many control characters its first 64 KiB hold, how many
 * lines it has (LF, CRLF or CR ends a line, as for Commons CSV) and where its last lines start.
 * ASCII text outside the first 64 KiB costs one comparison per byte.
 */
final class TextScan {

    static final int SNIFF = 1 << 16;
    /** Where the last this many lines start is remembered, to look for a report footer there. */
    static final int TAIL_LINES = 32;
    /** Lines with invalid UTF-8 remembered by number, for a warning. */
    static final int LISTED = 5;

    private static final int CHUNK = 1 << 20;

    Charset bomCharset;
    int bomLength;
    boolean utf16;
    boolean nonBlank;
    /** Bytes in the file; for UTF-16, characters after the byte-order mark. */
    long size;
    long lines;
    /** Lines with at least one multi-byte UTF-8 sequence and nothing invalid. */
    long utf8Lines;
    /** Lines with a byte sequence that is not UTF-8. */
    long badLines;
    final List<Long> firstBadLines = new ArrayList<>();
    long nuls;
    long firstNulOffset = -1;
    long firstNulLine;
    int sniffed;
    int controls;
    int sniffedNuls;
    /** The first bytes, for a file signature (ZIP, PDF, ...). */
    byte[] head = new byte[0];

    // where the last lines start: offsets (bytes, or characters for UTF-16, from the start of the file) and line numbers
    private final long[] tailOffset = new long[TAIL_LINES];
    private final long[] tailLine = new long[TAIL_LINES];
    private int tailCount;

    private TextScan() {
    }

    /** Scans {@code file}; it must exist and not be a folder. */
    static TextScan of(Path file) throws IOException {
        TextScan scan = new TextScan();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[CHUNK];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int first = readFully(channel, buffer);
            if (first <= 0) {
                return scan;
            }
            scan.head = java.util.Arrays.copyOf(bytes, Math.min(first, 32));
            if (startsWith(bytes, first, 0xEF, 0xBB, 0xBF)) {
                scan.bomCharset = StandardCharsets.UTF_8;
                scan.bomLength = 3;
            } else if (startsWith(bytes, first, 0xFF, 0xFE)) {
                scan.bomCharset = StandardCharsets.UTF_16LE;
                scan.bomLength = 2;
            } else if (startsWith(bytes, first, 0xFE, 0xFF)) {
                scan.bomCharset = StandardCharsets.UTF_16BE;
                scan.bomLength = 2;
            }
            scan.utf16 = scan.bomCharset != null && scan.bomCharset != StandardCharsets.UTF_8;
        }
        if (scan.utf16) {
            scan.scanChars(file);
        } else {
            scan.scanBytes(file);
        }
        return scan;
    }

    /** The byte-oriented scan: UTF-8 (with or without a mark), Windows-1252, or a mix of both. */
    private void scanBytes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[CHUNK];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int need = 0;
            int lower = 0x80;
            int upper = 0xBF;
            boolean lineUtf8 = false;
            boolean lineBad = false;
            boolean afterCr = false;
            long line = 1;
            long offset = 0;
            int from = bomLength;
            lineStarts(bomLength, 1);
            int n;
            while ((n = readFully(channel, buffer)) > 0) {
                for (int i = from; i < n; i++) {
                    int b = bytes[i] & 0xFF;
                    if (b >= 0x20 && b < 0x7F && need == 0 && !afterCr && nonBlank && sniffed >= SNIFF) {
                        continue;
                    }
                    if (sniffed < SNIFF) {
                        sniffed++;
                        if (b == 0) {
                            sniffedNuls++;
                        } else if ((b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') || b == 0x7F) {
                            controls++;
                        }
                    }
                    if (!nonBlank && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                        nonBlank = true;
                    }
                    // the well-formed UTF-8 byte sequences of Unicode 15, table 3-7; after an ill-formed one, the
                    // byte that broke it starts anew
                    if (need > 0) {
                        if (b >= lower && b <= upper) {
                            need--;
                            lower = 0x80;
                            upper = 0xBF;
                            if (need == 0) {
                                lineUtf8 = true;
                            }
                            continue;
                        }
                        lineBad = true;
                        need = 0;
                        lower = 0x80;
                        upper = 0xBF;
                    }
                    if (b >= 0x80) {
                        afterCr = false;
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
                            lineBad = true;
                        }
                        continue;
                    }
                    long at = offset + i;
                    if (b == '\n' && afterCr) {
                        // the LF of a CRLF: the line ended at the CR; the next one starts after the LF
                        tailOffset[(tailCount - 1) % TAIL_LINES] = at + 1;
                        afterCr = false;
                        continue;
                    }
                    afterCr = false;
                    if (b == '\n' || b == '\r') {
                        lineEnds(line, lineUtf8, lineBad);
                        lineUtf8 = false;
                        lineBad = false;
                        line++;
                        lineStarts(at + 1, line);
                        afterCr = b == '\r';
                    } else if (b == 0) {
                        if (nuls++ == 0) {
                            firstNulOffset = at;
                            firstNulLine = line;
                        }
                    }
                }
                offset += n;
                from = 0;
                buffer.clear();
            }
            if (need > 0) {
                lineBad = true;
            }
            size = offset;
            if (lastLineStart() < size) {
                lineEnds(line, lineUtf8, lineBad);
                lines = line;
            } else {
                lines = line - 1;
            }
        }
    }

    /** A UTF-16 file (it has a byte-order mark): lines and blankness, counted on its characters. */
    private void scanChars(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            Reader reader = new BufferedReader(new InputStreamReader(in, bomCharset), SNIFF);
            char[] chars = new char[SNIFF];
            long offset = 0;
            long line = 1;
            boolean afterCr = false;
            lineStarts(0, 1);
            int n;
            while ((n = reader.read(chars)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = chars[i];
                    if (!nonBlank && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                        nonBlank = true;
                    }
                    if (c == '\n' && afterCr) {
                        tailOffset[(tailCount - 1) % TAIL_LINES] = offset + i + 1;
                    } else if (c == '\n' || c == '\r') {
                        line++;
                        lineStarts(offset + i + 1, line);
                    }
                    afterCr = c == '\r';
                }
                offset += n;
            }
            size = offset;
            lines = lastLineStart() < size ? line : line - 1;
        }
    }

    private void lineStarts(long offset, long line) {
        tailOffset[tailCount % TAIL_LINES] = offset;
        tailLine[tailCount % TAIL_LINES] = line;
        tailCount++;
    }

    private long lastLineStart() {
        return tailOffset[(tailCount - 1) % TAIL_LINES];
    }

    private void lineEnds(long line, boolean utf8, boolean bad) {
        if (bad) {
            if (badLines++ < LISTED) {
                firstBadLines.add(line);
            }
        } else if (utf8) {
            utf8Lines++;
        }
    }

    /** A line start near the end of the file: where it is, and its number. */
    record LineStart(long offset, long line) {
    }

    /**
     * Where the last lines of the file start (at most {@link #TAIL_LINES}), earliest first; none past
     * the end. Offsets are bytes from the start of the file, or for UTF-16 characters after the mark.
     */
    List<LineStart> tail() {
        List<LineStart> out = new ArrayList<>();
        for (int k = Math.max(0, tailCount - TAIL_LINES); k < tailCount; k++) {
            long offset = tailOffset[k % TAIL_LINES];
            if (offset < size) {
                out.add(new LineStart(offset, tailLine[k % TAIL_LINES]));
            }
        }
        return out;
    }

    /** Every line is UTF-8 (or the file is pure ASCII). */
    boolean utf8() {
        return badLines == 0;
    }

    /**
     * Lines in UTF-8 and lines in another encoding: read line by line. A Windows-1252 file has lines
     * that happen to be valid UTF-8 too (a "ß" before a "“"), so a mix needs at least as many UTF-8
     * lines as others, or a UTF-8 byte-order mark.
     */
    boolean mixed() {
        return badLines > 0 && (utf8Lines >= badLines || bomLength == 3);
    }

    /** What the first bytes say the file is, when it is a known binary format; null otherwise. */
    String signature() {
        if (startsWith(head, head.length, 'P', 'K', 3, 4) || startsWith(head, head.length, 'P', 'K', 5, 6)) {
            return "a ZIP archive";
        }
        if (startsWith(head, head.length, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, head.length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "an old Excel workbook (.xls), a workbook with a password, or another Office document";
        }
        if (startsWith(head, head.length, 0x1F, 0x8B)) {
            return "a compressed (gzip) file";
        }
        if (startsWith(head, head.length, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return "a SQLite database";
        }
        return null;
    }

    /**
     * Why the file is not text, or null when it is: a binary signature, more than 1% control
     * characters other than NUL in its first 64 KiB, or more than 10% NUL bytes there. A few NULs in
     * a text (some CRM exports have them inside fields) do not make it binary.
     */
    String binary() {
        String kind = signature();
        if (kind != null) {
            return "it is " + kind;
        }
        if (utf16) {
            return null;
        }
        if (controls * 100L > Math.max(sniffed, 1) || sniffedNuls * 10L > Math.max(sniffed, 1)) {
            return nuls > 0 ? "it holds NUL bytes, first at byte " + (firstNulOffset)
                    : controls + " control characters in its first " + sniffed + " bytes";
        }
        return null;
    }

    static boolean startsWith(byte[] b, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((b[i] & 0xFF) != bytes[i]) {
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
}
