package com.leadbench.importing;

import java.util.Arrays;

/**
 * The line a message names for a physical line of the file that is parsed: the same line for a CSV
 * file; for a sheet converted to CSV, the sheet's row (a cell with line breaks makes a row span
 * several lines of the CSV). Kept as the points where the difference between both changes.
 */
final class LineMap {

    static final LineMap SAME = new LineMap(new long[0], new long[0], 0);

    private final long[] fromLine;
    private final long[] shift;
    private final int size;

    private LineMap(long[] fromLine, long[] shift, int size) {
        this.fromLine = fromLine;
        this.shift = shift;
        this.size = size;
    }

    /** The line to name for physical line {@code line} (1 is the first; 0 stays 0). */
    long of(long line) {
        if (size == 0 || line <= 0) {
            return line;
        }
        int at = Arrays.binarySearch(fromLine, 0, size, line);
        if (at < 0) {
            at = -at - 2;
        }
        return at < 0 ? line : line - shift[at];
    }

    /** Builds a map record by record, in file order. */
    static final class Builder {

        private long[] fromLine = new long[16];
        private long[] shift = new long[16];
        private int size;
        private long current;

        /** The record that starts on physical line {@code line} is row {@code row}. */
        void record(long line, long row) {
            long s = line - row;
            if (s == current) {
                return;
            }
            if (size == fromLine.length) {
                fromLine = Arrays.copyOf(fromLine, size * 2);
                shift = Arrays.copyOf(shift, size * 2);
            }
            fromLine[size] = line;
            shift[size] = s;
            size++;
            current = s;
        }

        LineMap build() {
            return size == 0 ? SAME : new LineMap(fromLine, shift, size);
        }
    }
}
