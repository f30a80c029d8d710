package com.leadbench.ingest;

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
        com.leadbench.ingest.CsvSource source = com.leadbench.ingest.CsvSource.open(write("bom.csv", bytes.toByteArray()));
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals(List.of("email", "last_name"), source.headers());
        assertEquals(List.of(List.of("ada@acme.com", "Müller")), source.firstRows(5));
    }

    @Test
    void utf8WithoutMarkIsRecognisedByItsValidBytes() throws Exception {
        var source = com.leadbench.ingest.CsvSource.open(write("plain.csv", "name\nJosé Müller\n", StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals("José Müller", source.firstRows(1).get(0).get(0));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        var source = com.leadbench.ingest.CsvSource.open(write("cp1252.csv", "last_name;city\nMüller;Köln\nGarçon;Besançon – Nord\n", cp1252));
        assertEquals(cp1252, source.charset());
        assertEquals(';', source.delimiter());
        assertEquals(List.of(List.of("Müller", "Köln"), List.of("Garçon", "Besançon – Nord")), source.firstRows(5));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write("email\tname\r\nada@acme.com\tMüller\r\n".getBytes(StandardCharsets.UTF_16LE));
        var source = com.leadbench.ingest.CsvSource.open(write("unicode.txt", bytes.toByteArray()));
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
        var source = com.leadbench.ingest.CsvSource.open(write("d.csv", header.replace("\\t", "\t") + "\n1\n", StandardCharsets.UTF_8));
        assertEquals(expected, source.delimiter(), name);
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaksAndCrlfEndsLines() throws Exception {
        String text = "email,note,city\r\n"
                + "ada@acme.com,\"Pumps, valves and \"\"seals\"\"\",Lyon\r\n"
                + "bob@acme.com,\"first line\r\nsecond line\",Paris\r\n";
        var source = com.leadbench.ingest.CsvSource.open(write("q.csv", text, StandardCharsets.UTF_8));
        assertEquals(List.of(
                List.of("ada@acme.com", "Pumps, valves and \"seals\"", "Lyon"),
                List.of("bob@acme.com", "first line\r\nsecond line", "Paris")), source.firstRows(5));
        assertEquals(3, source.estimatedRows(), "lines after the header: a quoted line break makes one more than the rows");
    }

    @Test
    void blankColumnNamesAreNamedByPosition() throws Exception {
        var source = com.leadbench.ingest.CsvSource.open(write("b.csv", "email,, note \n", StandardCharsets.UTF_8));
        assertEquals(List.of("email", "column_2", "note"), source.headers());
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        Path empty = write("empty.csv", new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(empty));
        assertTrue(e.getMessage().contains("empty.csv") && e.getMessage().contains("is empty"), e.getMessage());
        assertEquals(1, e.problems().size());
        assertEquals(0, e.problems().get(0).line());
    }

    @Test
    void aFileOfBlankLinesOrOnlyAByteOrderMarkIsEmpty() throws Exception {
        Path blank = write("blank.csv", " \r\n\r\n  \n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(blank)).getMessage().contains("is empty"));
        Path bomOnly = write("bom-only.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(bomOnly)).getMessage().contains("is empty"));
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path image = write("photo.csv", png);
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(image));
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
        assertTrue(assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(file)).getMessage().contains("control characters"));
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Path missing = dir.resolve("nope.csv");
        ImportException e = assertThrows(ImportException.class, () -> com.leadbench.ingest.CsvSource.open(missing));
        assertTrue(e.getMessage().contains("nope.csv") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aUtf8SequenceSplitAcrossReadChunksIsStillUtf8() throws Exception {
        StringBuilder b = new StringBuilder("name\n");
        while (b.length() < (1 << 20) + 10) {
            b.append("Müller ünd Söhne\n");
        }
        var source = com.leadbench.ingest.CsvSource.open(write("big.csv", b.toString(), StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, source.charset());
    }

    @Test
    void aDelimiterCanBeForced() throws Exception {
        Path file = write("s.csv", "email;name\nada@acme.com;Ada\n", StandardCharsets.UTF_8);
        var forced = com.leadbench.ingest.CsvSource.open(file, ',');
        assertEquals(List.of("email;name"), forced.headers());
    }
}
