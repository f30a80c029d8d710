package com.leadbench.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader without the NUL characters of the text under it (a few CRM exports put them inside fields). */
final class NulStrippingReader extends FilterReader {

    NulStrippingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == 0);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int kept = offset;
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] != 0) {
                    buffer[kept++] = buffer[i];
                }
            }
            if (kept > offset) {
                return kept - offset;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }
}
