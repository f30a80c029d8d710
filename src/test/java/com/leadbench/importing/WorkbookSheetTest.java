package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the cells of a sheet become text. The workbooks are written here part by part (the XML that
 * Excel writes), so that cells fastexcel's writer cannot make are covered: formulas with their last
 * computed values, error cells, a workbook without styles.
 */
class WorkbookSheetTest {

    @TempDir
    Path dir;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private Path workbook(String name, String rows, boolean styles) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (styles ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : "")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        if (styles) {
            // style 0: general; 1: built-in date (14); 2: built-in time (20); 3: a custom date format; 4: a custom number format
            parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">"
                    + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00&quot; days&quot;\"/></numFmts>"
                    + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"20\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
                    + "</styleSheet>");
        }
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + rows + "</sheetData></worksheet>");
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return f;
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    @Test
    void cellsBecomeTextAsACsvExportWouldHoldThemWithoutTheirDisplayFormat() throws Exception {
        String rows = "<row r=\"1\">" + text("A1", "Email") + text("B1", "Employees") + text("C1", "Created") + text("D1", "At")
                + text("E1", "Since") + text("F1", "Customer") + text("G1", "Phone") + text("H1", "Score") + text("I1", "Days") + "</row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>LOWER(\"ADA@ACME.COM\")</f><v>ada@acme.com</v></c>"
                + "<c r=\"B2\"><f>10*120</f><v>1200</v></c>"
                + "<c r=\"C2\" s=\"1\"><v>45356</v></c>"
                + "<c r=\"D2\" s=\"2\"><v>0.59861111111111109</v></c>"
                + "<c r=\"E2\" s=\"3\"><f>C2+D2</f><v>45356.598611111112</v></c>"
                + "<c r=\"F2\" t=\"b\"><v>1</v></c>"
                + "<c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"H2\"><v>1.5E-3</v></c>"
                + "<c r=\"I2\" s=\"4\"><v>12.5</v></c></row>"
                + "<row r=\"3\">" + text("A3", "bob@acme.com") + "<c r=\"B3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"F3\" t=\"b\"><f>FALSE()</f><v>0</v></c></row>";
        try (var source = com.leadbench.importing.CsvSource.open(workbook("cells.xlsx", rows, true))) {
            assertEquals(List.of(
                    List.of("ada@acme.com", "1200", "2024-03-05", "14:22:00", "2024-03-05 14:22:00", "true", "", "0.0015", "12.5"),
                    List.of("bob@acme.com", "", "", "", "", "false", "", "", "")), source.firstRows(5));
            assertEquals(List.of(new ImportWarning(2, null, "2 cells hold an Excel error such as #N/A (the first in row 2, column G of"
                    + " the sheet); they were read as empty")), source.warnings());
            assertEquals("Export", source.sheet());
        }
    }

    @Test
    void aWorkbookWithoutStylesIsReadWithItsDatesAsNumbers() throws Exception {
        String rows = "<row r=\"1\">" + text("A1", "Email") + text("B1", "Created") + "</row>"
                + "<row r=\"2\">" + text("A2", "ada@acme.com") + "<c r=\"B2\"><v>45356</v></c></row>";
        try (var source = com.leadbench.importing.CsvSource.open(workbook("plain.xlsx", rows, false))) {
            assertEquals(List.of(List.of("ada@acme.com", "45356")), source.firstRows(5));
        }
    }

    @Test
    void aZipArchiveThatIsNoWorkbookIsNotText() throws Exception {
        Path zip = dir.resolve("archive.csv");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("leads.csv"));
            out.write("email\nada@acme.com\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> com.leadbench.importing.CsvSource.open(zip));
        assertEquals("archive.csv is not a text file (it is a ZIP archive, not a CSV file or an Excel workbook); export the data as CSV",
                e.problems().getFirst().reason());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1234.5600, 1234.56", "1.5E+7, 15000000", "0.30000000000000004, 0.3", "-0.0, 0", "123456789012345678, 123456789012346000",
            "-42, -42"})
    void numbersAreWrittenInFullWithExcelsFifteenDigits(String raw, String written) {
        assertEquals(written, WorkbookSheet.plain(new BigDecimal(raw)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yyyy-mm-dd|true", "[$-409]h:mm AM/PM|true", "mm:ss|true", "d/m/yyyy|true", "0.00|false",
            "#,##0|false", "\"Qty \"0|false", "0%|false", "[Red]#,##0.00|false", "@|false"})
    void dateFormatsAreToldFromNumberFormats(String format, boolean date) {
        assertEquals(date, WorkbookSheet.isDateFormat(format), format);
        assertFalse(WorkbookSheet.isDateFormat("General"));
        assertTrue(WorkbookSheet.isDateFormat("dddd, mmmm d"));
    }
}
