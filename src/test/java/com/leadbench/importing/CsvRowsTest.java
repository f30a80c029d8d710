package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Rows are read one by one, and a row longer than {@link ImportLimits#ROW_CHARS} stops reading while it is read. */
class CsvRowsTest {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** {@code head}, then {@code length} times {@code fill}, then {@code tail}; counts what was read from it. */
    private static final class Generated extends Reader {

        private final String head;
        private final char fill;
        private final long length;
        private final String tail;
        private long position;

        Generated(String head, char fill, long length, String tail) {
            this.head = head;
            this.fill = fill;
            this.length = length;
            this.tail = tail;
        }

        long charsGiven() {
            return position;
        }

        @Override
        public int read(char[] buffer, int offset, int max) {
            long total = head.length() + length + tail.length();
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(max, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                buffer[offset + i] = at < head.length() ? head.charAt((int) at)
                        : at < head.length() + length ? fill : tail.charAt((int) (at - head.length() - length));
            }
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSixtyMegabyteLineIsRefusedAtItsLineWithoutBeingReadToItsEnd() throws Exception {
        Generated file = new Generated("email,name\nada@acme.com,Ada\nbob@acme.com,", 'x', 60L << 20, "\ncy@acme.com,Cy\n");
        try (CsvRows rows = new CsvRows(file, FORMAT, true)) {
            assertEquals("Ada", rows.next().get(1));
            CsvRows.Malformed e = assertThrows(CsvRows.Malformed.class, rows::next);
            assertEquals(3, e.line());
            assertTrue(e.getMessage().startsWith("the row that starts on this line is longer than 4,194,304 characters"), e.getMessage());
        }
        assertTrue(file.charsGiven() < ImportLimits.ROW_CHARS + (1 << 16), "read " + file.charsGiven() + " characters of " + (60L << 20));
    }

    @Test
    void aQuoteNeverClosedIsRefusedWhereItOpensWithoutReadingTheRestOfTheFile() throws Exception {
        Generated file = new Generated("email,name\nada@acme.com,\"Ada\n", '\n', 60L << 20, "");
        try (CsvRows rows = new CsvRows(file, FORMAT, true)) {
            CsvRows.Malformed e = assertThrows(CsvRows.Malformed.class, rows::next);
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("is a quote never closed"), e.getMessage());
        }
        assertTrue(file.charsGiven() < ImportLimits.ROW_CHARS + (1 << 16), "read " + file.charsGiven());
    }

    @Test
    void rowsUnderTheLimitAreReadWhateverTheFileLength() throws Exception {
        String row = "a@acme.com," + "y".repeat(1_000_000) + "\n";
        try (CsvRows rows = new CsvRows(new StringReader("email,name\n" + row.repeat(6)), FORMAT, true)) {
            for (int i = 0; i < 6; i++) {
                assertEquals(1_000_000, rows.next().get(1).length());
                assertEquals(i + 2, rows.line());
            }
            assertNull(rows.next());
        }
    }

    @Test
    void theLimitCanBeSetForATest() throws Exception {
        try (CsvRows rows = new CsvRows(new StringReader("a,b\n1,2\n3," + "z".repeat(100_000) + "\n"), FORMAT, true, 50_000)) {
            assertEquals("2", rows.next().get(1));
            CsvRows.Malformed e = assertThrows(CsvRows.Malformed.class, rows::next);
            assertEquals(3, e.line());
            assertTrue(e.getMessage().contains("longer than 50,000 characters"), e.getMessage());
        }
    }
}
