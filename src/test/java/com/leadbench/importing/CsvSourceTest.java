package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encodings, delimiters and refusals, found out when a file is opened. */
class CsvSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return write(name, text.getBytes(charset));
    }

    @Test
    void utf8WithByteOrderMarkHasNoMarkInTheFirstColumnName() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("email,last_name\nada@acme.com,Müller\n".getBytes(StandardCharsets.UTF_8));
        com.leadbench.importing.CsvSource source = com.leadbench.importing.CsvSource.open(write("bom.csv", bytes.toByteArray()));
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals(List.of("email", "last_name"), source.headers());
        assertEquals(List.of(List.of("ada@acme.com", "Müller")), source.firstRows(5));
    }

    @Test
    void utf8WithoutMarkIsRecognisedByItsValidBytes() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("plain.csv", "name\nJosé Müller\n", StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals("José Müller", source.firstRows(1).get(0).get(0));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        var source = com.leadbench.importing.CsvSource.open(write("cp1252.csv", "last_name;city\nMüller;Köln\nGarçon;Besançon – Nord\n", cp1252));
        assertEquals(cp1252, source.charset());
        assertEquals(';', source.delimiter());
        assertEquals(List.of(List.of("Müller", "Köln"), List.of("Garçon", "Besançon – Nord")), source.firstRows(5));
        assertEquals(List.of(), source.warnings(), "a file all in Windows-1252 is no mix");
        assertEquals("windows-1252", source.facts().encoding());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("email\tname\r\nada@acme.com\tMüller\r\n".getBytes(StandardCharsets.UTF_16LE));
        var source = com.leadbench.importing.CsvSource.open(write("unicode.txt", bytes.toByteArray()));
        assertEquals(StandardCharsets.UTF_16LE, source.charset());
        assertEquals('\t', source.delimiter());
        assertEquals(List.of(List.of("ada@acme.com", "Müller")), source.firstRows(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "comma      | a,b;c\tx         | ','",
            "semicolon  | a;b;c,d          | ';'",
            "tab        | a\tb\tc;d        | '\t'",
            "quoted     | \"a;b\",\"c;d\",e | ','",
            "one column | email            | ','"})
    void delimiterIsWhatTheHeaderLineHoldsMostOfOutsideQuotes(String name, String header, char expected) throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("d.csv", header.replace("\\t", "\t") + "\n1\n", StandardCharsets.UTF_8));
        assertEquals(expected, source.delimiter(), name);
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndCrlfEndsLines() throws Exception {
        String text = "email,note,city\r\n"
                + "ada@acme.com,\"Pumps, valves and \"\"seals\"\"\",Lyon\r\n"
                + "bob@acme.com,\"first line\r\nsecond line\",Paris\r\n";
        var source = com.leadbench.importing.CsvSource.open(write("q.csv", text, StandardCharsets.UTF_8));
        assertEquals(List.of(
                List.of("ada@acme.com", "Pumps, valves and \"seals\"", "Lyon"),
                List.of("bob@acme.com", "first line\r\nsecond line", "Paris")), source.firstRows(5));
        assertEquals(3, source.estimatedRows(), "lines after the header: a quoted line break makes one more than the rows");
    }

    @Test
    void blankColumnNamesAreNamedByPosition() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("b.csv", "email,, note \n", StandardCharsets.UTF_8));
        assertEquals(List.of("email", "column_2", "note"), source.headers());
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        Path empty = write("empty.csv", new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(empty));
        assertTrue(e.getMessage().contains("empty.csv") && e.getMessage().contains("is empty"), e.getMessage());
        assertEquals(1, e.problems().size());
        assertEquals(0, e.problems().get(0).line());
    }

    @Test
    void aFileOfBlankLinesOrOnlyAByteOrderMarkIsEmpty() throws Exception {
        Path blank = write("blank.csv", " \r\n\r\n  \n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(blank)).getMessage().contains("is empty"));
        Path bomOnly = write("bom-only.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(bomOnly)).getMessage().contains("is empty"));
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path image = write("photo.csv", png);
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(image));
        assertTrue(e.getMessage().contains("photo.csv") && e.getMessage().contains("not a text file"), e.getMessage());
        assertTrue(e.problems().get(0).reason().contains("NUL bytes, first at byte 8"), e.problems().toString());
    }

    @Test
    void controlCharactersWithoutNulAreBinaryToo() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0x03 : 'a' + i % 20);
        }
        Path file = write("x.csv", bytes);
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(file)).getMessage().contains("control characters"));
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path missing = dir.resolve("nope.csv");
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(missing));
        assertTrue(e.getMessage().contains("nope.csv") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aUtf8SequenceSplitAcrossReadChunksIsStillUtf8() throws Exception {
        StringBuilder b = new StringBuilder("name\n");
        while (b.length() < (1 << 20) + 10) {
            b.append("Müller ünd Söhne\n");
        }
        var source = com.leadbench.importing.CsvSource.open(write("big.csv", b.toString(), StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, source.charset());
    }

    @Test
    void aDelimiterCanBeForced() throws Exception {
        Path file = write("s.csv", "email;name\nada@acme.com;Ada\n", StandardCharsets.UTF_8);
        var forced = com.leadbench.importing.CsvSource.open(file, ',');
        assertEquals(List.of("email;name"), forced.headers());
    }

    @Test
    void linesOfAnotherEncodingInAUtf8FileAreReadAsWindows1252WithAWarning() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("email,city\nada@acme.com,Détroit\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("bob@acme.com,Détroit\n".getBytes(Charset.forName("windows-1252")));
        bytes.write("cy@acme.com,Zürich\n".getBytes(StandardCharsets.UTF_8));
        var source = com.leadbench.importing.CsvSource.open(write("mixed.csv", bytes.toByteArray()));
        assertEquals(List.of(List.of("ada@acme.com", "Détroit"), List.of("bob@acme.com", "Détroit"), List.of("cy@acme.com", "Zürich")),
                source.firstRows(5));
        assertEquals(List.of(new ImportWarning(3, null, "line 3 is not UTF-8 like the rest of the file; it was read as Windows-1252"
                + " (Western European): check its accented letters")), source.warnings());
        assertEquals("UTF-8, some lines Windows-1252", source.facts().encoding());
        assertEquals(1, source.facts().recodedLines());
    }

    @Test
    void nulBytesInsideFieldsOfATextFileAreRemovedWithAWarning() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("\"Email\",\"Description\"\r\n\"ada@acme.com\",\"Pumps\"\r\n\"bob@acme.com\",\"Val".getBytes(StandardCharsets.US_ASCII));
        bytes.write(new byte[] {0, 0, 0});
        bytes.write("ves\"\r\n".getBytes(StandardCharsets.US_ASCII));
        var source = com.leadbench.importing.CsvSource.open(write("nul.csv", bytes.toByteArray()));
        assertEquals(List.of(List.of("ada@acme.com", "Pumps"), List.of("bob@acme.com", "Valves")), source.firstRows(5));
        assertEquals(List.of(new ImportWarning(3, null, "the file holds 3 NUL characters (an invisible zero byte some exports put"
                + " inside fields), the first on line 3; they were removed")), source.warnings());
        assertEquals(3, source.facts().nulBytes());
    }

    @Test
    void aFileOfMostlyNulBytesOrWithABinarySignatureIsStillRefused() throws Exception {
        Path utf16WithoutMark = write("u.csv", "email,name\nada@acme.com,Ada\n", StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(utf16WithoutMark)).getMessage()
                .contains("is not a text file (it holds NUL bytes, first at byte 1)"));
        Path pdf = write("report.csv", "%PDF-1.7\nemail,name\n", StandardCharsets.US_ASCII);
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(pdf)).getMessage()
                .contains("report.csv is not a text file (it is a PDF document); export the data as CSV"));
        Path xls = write("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 'a'});
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.importing.CsvSource.open(xls)).getMessage()
                .contains("it is an old Excel workbook (.xls), a workbook with a password, or another Office document); save it as .xlsx"
                        + " (without a password), or export the data as CSV"));
    }

    @Test
    void aRepeatedColumnNameIsNumberedWithAWarning() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("hs.csv",
                "Email,Phone Number,Country/Region,Phone Number,Country/Region,Phone Number (2),Phone Number\n", StandardCharsets.UTF_8));
        assertEquals(List.of("Email", "Phone Number", "Country/Region", "Phone Number (3)", "Country/Region (2)", "Phone Number (2)",
                "Phone Number (4)"), source.headers(), "a name the header has already is not given twice");
        assertEquals(List.of(
                new ImportWarning(1, "Phone Number", "the header names \"Phone Number\" 3 times (columns 2, 4, 7); the first keeps the name,"
                        + " \"Phone Number (3)\", \"Phone Number (4)\" are the others"),
                new ImportWarning(1, "Country/Region", "the header names \"Country/Region\" 2 times (columns 3, 5); the first keeps the name,"
                        + " \"Country/Region (2)\" is the other")), source.warnings());
    }

    private static final String REPORT = "\"Leads by Source\"\n"
            + "\"Report generated 3/5/2024 10:03 AM by Ada Admin\"\n"
            + "\n"
            + "\"Lead ID\",\"First Name\",\"Email\",\"Lead Source\"\n"
            + "\"00Q1\",\"Ada\",\"ada@acme.com\",\"Web\"\n"
            + "\"00Q2\",\"Bob\",\"\",\"\"\n"
            + "\"00Q3\",\"Cy\",\"cy@acme.com\",\"Trade Show\"\n"
            + "\n"
            + "\"Grand Total (3 records)\"\n"
            + "\"Confidential Information - Do Not Distribute\"\n"
            + "\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\n";

    @Test
    void titleRowsAboveTheHeaderAndAReportFooterAreSkippedWithWarnings() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("report.csv", REPORT, StandardCharsets.UTF_8));
        assertEquals(List.of("Lead ID", "First Name", "Email", "Lead Source"), source.headers());
        assertEquals(4, source.headerLine());
        assertEquals(List.of("00Q1", "00Q2", "00Q3"), source.firstRows(10).stream().map(List::getFirst).toList());
        assertEquals(3, source.estimatedRows());
        assertEquals(List.of(
                new ImportWarning(1, null, "lines 1\u20133 above the header (line 4) were skipped: they look like a report title, not column"
                        + " names (\"Leads by Source\", \"Report generated 3/5/2024 10:03 AM by Ada Admin\")"),
                new ImportWarning(8, null, "lines 8\u201311 below the data were skipped: they look like a report footer, not data"
                        + " (\"Grand Total (3 records)\", \"Confidential Information - Do Not Distribute\", ...)")), source.warnings());
        assertEquals(List.of(1L, 2L, 3L, 8L, 9L, 10L, 11L), source.facts().skippedLines());
    }

    @Test
    void aShortRowInsideTheDataOrAtItsEndWithoutABlankLineIsData() throws Exception {
        String text = "email,first_name,company\nada@acme.com,Ada,Acme\nTotal\nbob@acme.com,Bob,Acme\nbob@acme.com,Bob\n";
        var source = com.leadbench.importing.CsvSource.open(write("short.csv", text, StandardCharsets.UTF_8));
        assertEquals(4, source.firstRows(10).size());
        assertEquals(List.of(), source.warnings());
        var noted = com.leadbench.importing.CsvSource.open(write("noted.csv", "email,first_name\nada@acme.com,Ada\nbob@acme.com,\n", StandardCharsets.UTF_8));
        assertEquals(2, noted.firstRows(10).size(), "a last row with one value is data unless a blank line comes before it");
    }

    @Test
    void aHeaderWhoseRowsAreWiderIsStillTheHeaderSoThatTheirProblemsAreReported() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("w.csv", "a,b,c\n1,2,3,\n4,5,6,\n", StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c"), source.headers());
        assertEquals(1, source.headerLine());
    }

    @Test
    void aFileNamedXlsxThatIsTextIsReadAsCsv() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("renamed.xlsx", "email,name\nada@acme.com,Ada\n", StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("ada@acme.com", "Ada")), source.firstRows(5));
        assertEquals("CSV", source.facts().format());
    }

    @Test
    void theDelimiterIsFoundBelowATitleLine() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("t.csv", "Kontakte Export\nE-Mail;Name;Firma\nada@acme.com;Ada;Acme\n",
                StandardCharsets.UTF_8));
        assertEquals(';', source.delimiter());
        assertEquals(List.of("E-Mail", "Name", "Firma"), source.headers());
    }

    @Test
    void lineBreaksAreCountedAsCommonsCsvCountsThemIncludingALoneCr() throws Exception {
        var source = com.leadbench.importing.CsvSource.open(write("cr.csv", "a,b\r1,2\r\n3,4\n\n\"Confidential\"\r", StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), source.firstRows(10));
        assertEquals(List.of(new ImportWarning(4, null, "lines 4\u20135 below the data were skipped: they look like a report footer,"
                + " not data (\"Confidential\")")), source.warnings());
    }
}
