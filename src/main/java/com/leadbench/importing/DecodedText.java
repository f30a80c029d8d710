package com.leadbench.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file opened for import, decoded as {@link TextScan} found it: from a line start, in
 * its encoding (or UTF-8 and Windows-1252 line by line, when {@code mixed}), without NUL characters.
 *
 * @param csv the file read (a workbook's sheet's temporary CSV file)
 * @param bomLength bytes of the byte-order mark, 0 for none
 */
record DecodedText(Path csv, Charset charset, boolean utf16, boolean mixed, boolean nuls, int bomLength) {

    /** Where the text starts: after the byte-order mark (for UTF-16, offsets count characters after it). */
    long start() {
        return utf16 ? 0 : bomLength;
    }

    /** The text from {@code offset} (a line start: bytes, or characters for UTF-16), decoded, without NULs. */
    Reader reader(long offset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(csv), TextScan.SNIFF);
        try {
            Reader text;
            if (utf16) {
                in.skipNBytes(bomLength);
                text = new BufferedReader(new InputStreamReader(in, charset), TextScan.SNIFF);
                for (long left = offset; left > 0; ) {
                    long n = text.skip(left);
                    if (n <= 0) {
                        break;
                    }
                    left -= n;
                }
            } else {
                in.skipNBytes(offset);
                text = mixed ? new MixedEncodingReader(in) : new InputStreamReader(in, charset);
            }
            if (nuls) {
                text = new NulStrippingReader(text);
            }
            return new BufferedReader(text, TextScan.SNIFF);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
