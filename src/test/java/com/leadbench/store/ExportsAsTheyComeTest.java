package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.ImportWarning;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.Contact;
import com.leadbench.workflow.Importer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports as people really have them (issue #12): HubSpot's repeated company columns, Salesforce's
 * NUL bytes, report titles and footers, a file mixing UTF-8 and Windows-1252 lines, an Excel
 * workbook. Each lands through the importer into real SQLite, with warnings saying what was done.
 */
class ExportsAsTheyComeTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Database db;
    private LeadRepository leads;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("import.db"));
        leads = new LeadRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static ImportSummary imported(Database into, CsvSource source, ImportMapping mapping) throws Exception {
        ImportSummary s = new Importer(into, Clock.fixed(NOW, ZoneOffset.UTC)).run(source, mapping, false, ImportProgress.NONE);
        assertTrue(s.accepted(), () -> s.problems().toString());
        return s;
    }

    private static ImportMapping preset(String name, CsvSource source) {
        return MappingPresets.named(name).orElseThrow().fittedTo(source.headers());
    }

    private Contact contact(String email) {
        Integer id = db.dsl().fetchOne("SELECT id FROM contact WHERE lower(email) = lower(?)", email).get(0, Integer.class);
        return leads.contact(id).orElseThrow();
    }

    private long count(String table) {
        return db.dsl().fetchCount(db.dsl().selectFrom(table));
    }

    @Test
    void aHubSpotExportWithCompanyColumnsKeepsBothPhoneNumbersAndCountriesAndSaysSo() throws Exception {
        String text = "Record ID,First Name,Email,Phone Number,Country/Region,Company Name,Phone Number,Country/Region\r\n"
                + "101,Ada,ada@acme.com,+1 313 555 0101,United States,Acme,+1 313 555 0100,Canada\r\n"
                + "102,Bob,bob@beta.io,,Germany,Beta,+49 30 1234,Germany\r\n";
        CsvSource source = CsvSource.open(file("hubspot.csv", text.getBytes(StandardCharsets.UTF_8)));
        ImportSummary s = imported(db, source, preset("hubspot-contacts", source));
        assertEquals(2, s.inserted());
        Contact ada = contact("ada@acme.com");
        assertEquals("+1 313 555 0101", ada.phone(), "the first Phone Number is the contact's");
        assertEquals("United States", ada.country());
        assertEquals(Map.of("Phone Number (2)", "+1 313 555 0100", "Country/Region (2)", "Canada"), ada.customFields(),
                "the company's columns are kept under their numbered names");
        assertEquals(List.of("Phone Number", "Country/Region"), source.warnings().stream().map(ImportWarning::column).toList());
        assertTrue(source.warnings().getFirst().message().startsWith("the header names \"Phone Number\" 2 times (columns 4, 7)"),
                source.warnings().toString());
    }

    @Test
    void aSalesforceLeadExportInWindows1252WithNulBytesInAFieldImportsWithoutThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(("\"Lead ID\",\"First Name\",\"Last Name\",\"Email\",\"Company\",\"Description\",\"Create Date\"\r\n"
                + "\"00Q5e00001\",\"Jürgen\",\"Müller\",\"jm@mueller.de\",\"Müller & Söhne\",\"Pumps\",\"3/5/2024\"\r\n"
                + "\"00Q5e00002\",\"Zoë\",\"Garçon\",\"zg@garcon.fr\",\"Garçon SA\",\"Needs a quote").getBytes(CP1252));
        bytes.write(new byte[] {0, 0});
        bytes.write(" for valves\",\"3/6/2024\"\r\n".getBytes(CP1252));
        CsvSource source = CsvSource.open(file("Lead.csv", bytes.toByteArray()));
        assertEquals(CP1252, source.charset());
        ImportSummary s = imported(db, source, preset("salesforce-leads", source));
        assertEquals(2, s.inserted());
        Contact zoe = contact("zg@garcon.fr");
        assertEquals("Garçon", zoe.lastName());
        assertEquals(Map.of("Description", "Needs a quote for valves"), zoe.customFields());
        assertEquals(Instant.parse("2024-03-06T00:00:00Z"), zoe.createdAt());
        assertEquals(List.of(new ImportWarning(3, null, "the file holds 2 NUL characters (an invisible zero byte some exports put"
                + " inside fields), the first on line 3; they were removed")), source.warnings());
    }

    @Test
    void aFileMixingUtf8AndWindows1252LinesGivesDetroitOnBothAndNamesTheRecodedLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("Email,City\nada@acme.com,Détroit\nbob@acme.com,Montréal\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("cy@acme.com,Détroit\n".getBytes(CP1252));
        CsvSource source = CsvSource.open(file("mixed.csv", bytes.toByteArray()));
        ImportMapping mapping = ImportMapping.empty("mixed", ImportKind.CONTACTS).withColumns(Map.of("Email", "email"));
        imported(db, source, mapping);
        assertEquals(Map.of("City", "Détroit"), contact("ada@acme.com").customFields());
        assertEquals(Map.of("City", "Détroit"), contact("cy@acme.com").customFields());
        assertEquals(List.of(new ImportWarning(4, null, "line 4 is not UTF-8 like the rest of the file; it was read as Windows-1252"
                + " (Western European): check its accented letters")), source.warnings());
    }

    @Test
    void aSalesforceReportWithTitleRowsAndAFooterImportsOnlyItsDataRows() throws Exception {
        String text = "\"Leads by Source\"\r\n"
                + "\"Report generated 3/5/2024 10:03 AM by Ada Admin\"\r\n"
                + "\r\n"
                + "\"Lead ID\",\"First Name\",\"Last Name\",\"Email\",\"Company\",\"Lead Source\"\r\n"
                + "\"00Q1\",\"Ada\",\"Lovelace\",\"ada@acme.com\",\"Acme\",\"Web\"\r\n"
                + "\"00Q2\",\"Bob\",\"Stone\",\"bob@acme.com\",\"Acme\",\"Trade Show\"\r\n"
                + "\"00Q3\",\"Cy\",\"Ray\",\"cy@beta.io\",\"Beta\",\"Web\"\r\n"
                + "\r\n"
                + "\"Grand Totals (3 records)\"\r\n"
                + "\"Confidential Information - Do Not Distribute\"\r\n"
                + "\"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.\"\r\n"
                + "\"Generated By:  Ada Admin  3/5/2024 10:03 AM\"\r\n"
                + "\"Acme Corp\"\r\n";
        CsvSource source = CsvSource.open(file("report.csv", text.getBytes(StandardCharsets.UTF_8)));
        ImportSummary s = imported(db, source, preset("salesforce-leads", source));
        assertEquals(3, s.read());
        assertEquals(3, s.inserted());
        assertEquals(0, s.skipped());
        assertEquals(3, count("contact"));
        assertEquals(List.of(1L, 8L), source.warnings().stream().map(ImportWarning::line).toList());
        assertTrue(source.warnings().get(0).message().startsWith("lines 1\u20133 above the header (line 4) were skipped"));
        assertTrue(source.warnings().get(1).message().startsWith("lines 8\u201313 below the data were skipped: they look like a report footer"));
        assertEquals(4, source.facts().headerLine());
        assertEquals(3, source.facts().rows());
    }

    // ------------------------------------------------------------------ Excel

    private Path workbook(String name, Consumer<Workbook> sheets) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook book = new Workbook(out, "Leadbench test", "1.0");
            sheets.accept(book);
            book.finish();
        }
        return f;
    }

    private static void row(Worksheet sheet, int row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            switch (values[c]) {
                case null -> {
                }
                case String s -> sheet.value(row, c, s);
                case Boolean b -> sheet.value(row, c, b);
                case Number n -> sheet.value(row, c, n);
                case LocalDateTime t -> {
                    sheet.value(row, c, t);
                    sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
                }
                case LocalDate d -> {
                    sheet.value(row, c, d);
                    sheet.style(row, c).format("d/m/yyyy").set();
                }
                default -> throw new IllegalArgumentException(values[c].toString());
            }
        }
    }

    private static final String TWIN = "Leads export\n"
            + "\n"
            + "Email,First Name,Created,Employees,Revenue,Customer,Notes\n"
            + "ada@acme.com,Ada,2024-03-05 14:22:00,1200,1234567.89,true,\"line one\nline two\"\n"
            + "bob@beta.io,Bob,2024-03-06,80,0.3,false,\n"
            + "cy@gamma.com,Cy,,,,,\n";

    private Path leadsWorkbook() throws Exception {
        return workbook("leads.xlsx", book -> {
            Worksheet leadsSheet = book.newWorksheet("Leads");
            row(leadsSheet, 0, "Leads export");
            row(leadsSheet, 2, "Email", "First Name", "Created", "Employees", "Revenue", "Customer", "Notes");
            row(leadsSheet, 3, "ada@acme.com", "Ada", LocalDateTime.of(2024, 3, 5, 14, 22), 1200, new BigDecimal("1234567.89"), true,
                    "line one\nline two");
            row(leadsSheet, 4, "bob@beta.io", "Bob", LocalDate.of(2024, 3, 6), 80, 0.1 + 0.2, false);
            row(leadsSheet, 5, "cy@gamma.com", "Cy");
            book.newWorksheet("Summary").value(0, 0, "not leads");
        });
    }

    private static final ImportMapping SHEET_MAPPING = ImportMapping.empty("sheet", ImportKind.CONTACTS).withColumns(Map.of(
            "Email", "email", "First Name", "first_name", "Created", "created_at", "Employees", "employees",
            "Revenue", "annual_revenue", "Customer", "is_customer"));

    @Test
    void anExcelWorkbookImportsAsItsCsvTwinDoes() throws Exception {
        Path xlsx = leadsWorkbook();
        Path csv = file("leads.csv", TWIN.getBytes(StandardCharsets.UTF_8));
        Map<String, String> fromCsv;
        try (Database twin = Database.open(dir.resolve("twin.db")); CsvSource source = CsvSource.open(csv)) {
            imported(twin, source, SHEET_MAPPING);
            fromCsv = DatabaseContent.of(twin);
        }
        try (CsvSource source = CsvSource.open(xlsx)) {
            assertEquals("Leads", source.sheet());
            assertEquals(List.of("Leads", "Summary"), source.facts().sheets());
            assertEquals(3, source.headerLine(), "the sheet's row");
            assertEquals(List.of(new ImportWarning(1, null, "lines 1\u20132 above the header (line 3) were skipped: they look like a"
                    + " report title, not column names (\"Leads export\")")), source.warnings());
            ImportSummary s = imported(db, source, SHEET_MAPPING);
            assertEquals(3, s.inserted());
        }
        Map<String, String> fromXlsx = DatabaseContent.of(db);
        for (String differs : List.of("audit_log", "flyway_schema_history")) { // the file's name; when the database was made
            fromCsv.remove(differs);
            fromXlsx.remove(differs);
        }
        assertEquals(fromCsv, fromXlsx, "every table holds the same");
        assertEquals(Map.of("Notes", "line one\nline two"), contact("ada@acme.com").customFields());
        assertEquals(Instant.parse("2024-03-05T14:22:00Z"), contact("ada@acme.com").createdAt());
    }

    @Test
    void aSheetIsChosenByNameAndAMissingOneIsAProblemListingTheSheets() throws Exception {
        Path xlsx = leadsWorkbook();
        try (CsvSource summary = CsvSource.open(xlsx, "summary")) {
            assertEquals("Summary", summary.sheet());
            assertEquals(List.of("not leads"), summary.headers());
        }
        ImportException e = assertThrows(ImportException.class, () -> CsvSource.open(xlsx, "Deals"));
        assertEquals(List.of(new ImportProblem(0, null, null, "leads.xlsx has no sheet named \"Deals\"; its sheets are \"Leads\", \"Summary\"")),
                e.problems());
    }

    @Test
    void problemsInASheetNameItsRowsEvenBelowACellWithLineBreaksAndTheTemporaryFileIsDeleted() throws Exception {
        Path xlsx = workbook("bad.xlsx", book -> {
            Worksheet sheet = book.newWorksheet("Leads");
            row(sheet, 0, "Email", "Created", "Notes");
            row(sheet, 1, "ada@acme.com", "2024-03-05", "one\ntwo\nthree");
            row(sheet, 3, "bob@acme.com", "next week");
        });
        List<Path> before = sheetFiles();
        Path temporary;
        try (CsvSource source = CsvSource.open(xlsx)) {
            ImportSummary s = new Importer(db, Clock.fixed(NOW, ZoneOffset.UTC)).run(source,
                    ImportMapping.empty("bad", ImportKind.CONTACTS).withColumns(Map.of("Email", "email", "Created", "created_at")),
                    false, ImportProgress.NONE);
            assertFalse(s.accepted());
            assertEquals(4, s.problems().getFirst().line(), s.problems().toString());
            assertEquals("Created", s.problems().getFirst().column());
            assertEquals(0, count("contact"), "nothing is written");
            List<Path> added = sheetFiles();
            added.removeAll(before);
            assertEquals(1, added.size(), added.toString());
            temporary = added.getFirst();
        }
        assertFalse(Files.exists(temporary), "closing the source deletes the sheet's CSV file");
    }

    private static List<Path> sheetFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new java.util.ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("leadbench-sheet-")).toList());
        }
    }
}
