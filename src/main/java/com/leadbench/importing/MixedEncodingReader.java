package com.leadbench.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text decoded line by line: a line whose bytes are valid UTF-8 as UTF-8, any other line as
 * Windows-1252. For files that mix both (rows appended by another tool). A line ends after LF or
 * CR; a line longer than {@link #MAX_LINE} bytes is decoded in parts of that size, each on its own.
 */
final class MixedEncodingReader extends Reader {

    static final int MAX_LINE = 1 << 24;

    private static final byte[] NONE = new byte[0];

    private final InputStream in;
    private byte[] line = new byte[8_192];
    private int length;
    /** The start of a UTF-8 sequence that a part of a long line cut off, for the next part. */
    private byte[] carry = NONE;
    private String decoded = "";
    private int next;
    private boolean end;

    MixedEncodingReader(InputStream in) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    }

    @Override
    public int read(char[] buffer, int offset, int max) throws IOException {
        if (max == 0) {
            return 0;
        }
        while (next == decoded.length()) {
            if (end && carry.length == 0) {
                return -1;
            }
            decodeNextLine();
        }
        int n = Math.min(max, decoded.length() - next);
        decoded.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    private void decodeNextLine() throws IOException {
        length = 0;
        for (byte b : carry) {
            append(b & 0xFF);
        }
        carry = NONE;
        while (!end && length < MAX_LINE) {
            int b = in.read();
            if (b < 0) {
                end = true;
                break;
            }
            append(b);
            if (b == '\n' || b == '\r') {
                break;
            }
        }
        // a part of a long line does not end inside a UTF-8 sequence
        int cut = length == MAX_LINE ? sequenceStart(line, length) : length;
        decoded = new String(line, 0, cut, validUtf8(line, cut) ? StandardCharsets.UTF_8 : CsvSource.WINDOWS_1252);
        next = 0;
        carry = cut < length ? Arrays.copyOfRange(line, cut, length) : NONE;
    }

    private void append(int b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
        }
        line[length++] = (byte) b;
    }

    /** Where the UTF-8 sequence that would run past {@code length} starts (or {@code length}). */
    private static int sequenceStart(byte[] b, int length) {
        for (int back = 1; back <= 3 && length - back >= 0; back++) {
            int x = b[length - back] & 0xFF;
            if (x >= 0xC0) {
                int size = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2;
                return size > back ? length - back : length;
            }
            if (x < 0x80) {
                return length;
            }
        }
        return length;
    }

    /** Well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates), as the JDK's strict decoder judges it. */
    static boolean validUtf8(byte[] bytes, int length) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
