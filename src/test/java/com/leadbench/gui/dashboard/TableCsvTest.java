package com.leadbench.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A table's CSV: RFC 4180 that a spreadsheet opens as text, whatever the cells say. */
class TableCsvTest {

    private static List<List<String>> parse(byte[] csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }

    @Test
    void theHeaderThenOneRecordPerRowWithCrlf() throws Exception {
        byte[] csv = TableCsv.bytes(new TableCsv.Cells(List.of("Tier", "MQL → SQL"),
                List.of(List.of("Tier A", "60.0% (24 of 40, 95% CI 44.6–73.7%)"), List.of("Tier \"B\", big", ""))));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Tier,MQL → SQL\r\n"), text);
        assertTrue(text.endsWith("\"Tier \"\"B\"\", big\",\r\n"), text);
        assertEquals(List.of(List.of("Tier", "MQL → SQL"), List.of("Tier A", "60.0% (24 of 40, 95% CI 44.6–73.7%)"),
                List.of("Tier \"B\", big", "")), parse(csv));
    }

    @Test
    void aCellThatWouldRunAsAFormulaArrivesAsText() throws Exception {
        byte[] csv = TableCsv.bytes(new TableCsv.Cells(List.of("=Campaign", "MQLs"),
                List.of(List.of("=HYPERLINK(\"http://evil.example\")", "6"), List.of("+49 team", "-3"), List.of("@sum", "\tx"))));
        assertEquals(List.of(List.of("'=Campaign", "MQLs"), List.of("'=HYPERLINK(\"http://evil.example\")", "6"),
                List.of("'+49 team", "'-3"), List.of("'@sum", "'\tx")), parse(csv));
    }

    @Test
    void noByteOrderMark() {
        byte[] csv = TableCsv.bytes(new TableCsv.Cells(List.of("a"), List.of()));
        assertEquals("a\r\n", new String(csv, StandardCharsets.UTF_8));
    }
}
