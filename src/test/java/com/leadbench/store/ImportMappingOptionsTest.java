package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DateColumns;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.workflow.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * What a mapping's day order AUTO, per-column date formats, value maps, outcome column and generated
 * ids do to a real import (SQLite in a temporary directory).
 */
class ImportMappingOptionsTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private Importer importer;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("import.db"));
        importer = new Importer(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private ImportSummary run(Path csv, ImportMapping mapping) throws Exception {
        ImportSummary s = importer.run(csv, mapping, false, ImportProgress.NONE);
        assertTrue(s.accepted(), () -> s.problems().toString());
        return s;
    }

    private <T> T value(Class<T> type, String sql, Object... args) {
        return db.dsl().fetchOne(sql, args).get(0, type);
    }

    private Instant createdAt(String email) {
        return Instant.ofEpochMilli(value(Long.class, "SELECT created_at FROM contact WHERE email = ?", email));
    }

    private long count(String sql, Object... args) {
        return value(Long.class, sql, args);
    }

    private static ImportMapping contacts(Map<String, String> columns) {
        return ImportMapping.empty("test", ImportKind.CONTACTS).withColumns(columns);
    }

    // ------------------------------------------------------------------ dates

    @ParameterizedTest(name = "{0} then {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // the second value decides the day order of the first
            "2/5/24 1:51           | 2/15/24 9:00          | 2024-02-05T01:51:00Z | 2024-02-15T09:00:00Z",
            "4/8/2025 17:19        | 4/18/2025 8:05        | 2025-04-08T17:19:00Z | 2025-04-18T08:05:00Z",
            "1-2-2024              | 31-12-2023            | 2024-02-01T00:00:00Z | 2023-12-31T00:00:00Z",
            "15 Apr, 2021 00:03:00 | 2 May, 2021 13:10:00  | 2021-04-15T00:03:00Z | 2021-05-02T13:10:00Z",
            "20210105              | 20211231              | 2021-01-05T00:00:00Z | 2021-12-31T00:00:00Z",
            "1709648530            | 1709648590            | 2024-03-05T14:22:10Z | 2024-03-05T14:23:10Z",
            "1709648530250         | 1709648590000         | 2024-03-05T14:22:10.250Z | 2024-03-05T14:23:10Z"})
    void aDateColumnIsReadAsItsValuesShow(String first, String second, String firstAt, String secondAt) throws Exception {
        Path csv = file("dates.csv", "Email,Created\na@x.com,\"" + first + "\"\nb@x.com,\"" + second + "\"\n");
        run(csv, contacts(Map.of("Email", "email", "Created", "created_at")));
        assertEquals(Instant.parse(firstAt), createdAt("a@x.com"));
        assertEquals(Instant.parse(secondAt), createdAt("b@x.com"));
    }

    @Test
    void aColumnWhoseDayOrderNoValueDecidesIsRefusedNamingColumnAndExample() throws Exception {
        Path csv = file("ambiguous.csv", "Email,Created\na@x.com,3/5/2024\nb@x.com,4/8/2025\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Created", "created_at"));
        assertEquals(List.of(new DateColumn.AmbiguousDayOrder("Created", "3/5/2024", 2, 2, 0)),
                DateColumns.ambiguous(CsvSource.open(csv), mapping), "callers can ask before importing");

        ImportSummary s = importer.run(csv, mapping, false, ImportProgress.NONE);
        assertFalse(s.accepted());
        ImportProblem p = s.problems().get(0);
        assertEquals(List.of(2L, "Created", "3/5/2024"), List.of(p.line(), p.column(), p.value()));
        assertTrue(p.reason().contains("choose the day order (--day-order US|EUROPEAN"), p.reason());
        assertEquals(0, count("SELECT count(*) FROM contact"));

        run(csv, mapping.withDayOrder(DayOrder.US));
        assertEquals(Instant.parse("2025-04-08T00:00:00Z"), createdAt("b@x.com"), "a stated day order needs no deciding");
    }

    @Test
    void oneDayAboveTwelveDecidesEuropeanForTheWholeColumn() throws Exception {
        Path csv = file("eu.csv", "Email,Created\na@x.com,3/5/2024\nb@x.com,4/8/2025\nc@x.com,13/5/2024\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Created", "created_at"));
        assertEquals(List.of(new DateColumn.Dates("Created", DayOrder.EUROPEAN, "13/5/2024", 4, 3)),
                DateColumns.detect(CsvSource.open(csv), mapping));
        run(csv, mapping);
        assertEquals(Instant.parse("2024-05-03T00:00:00Z"), createdAt("a@x.com"));
        assertEquals(Instant.parse("2025-08-04T00:00:00Z"), createdAt("b@x.com"));
    }

    @Test
    void aValueAgainstTheDecidedOrderIsAProblemOfItsCellThatSaysWhy() throws Exception {
        Path csv = file("mixed.csv", "Email,Created\na@x.com,13/5/2024\nb@x.com,5/13/2024\n");
        ImportSummary s = importer.run(csv, contacts(Map.of("Email", "email", "Created", "created_at")), false, ImportProgress.NONE);
        assertEquals(1, s.rejected());
        ImportProblem p = s.problems().get(0);
        assertEquals(List.of(3L, "Created", "5/13/2024"), List.of(p.line(), p.column(), p.value()));
        assertTrue(p.reason().endsWith("the column's dates are day first (d/M/yyyy), as \"13/5/2024\" on line 2 shows"), p.reason());
    }

    @Test
    void aFormatStatedForAColumnOverridesTheDayOrder() throws Exception {
        Path csv = file("formats.csv", "Email,Created,Seen\na@x.com,2/5/24 1:51,1709648530250\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Created", "created_at", "Seen", "activity_at"))
                .withConstants(Map.of("activity_type", "PAGE_VIEW"))
                .withDayOrder(DayOrder.US).withFormats(Map.of("Created", "d/M/yy H:mm", "Seen", "epoch-millis"));
        run(csv, mapping);
        assertEquals(Instant.parse("2024-05-02T01:51:00Z"), createdAt("a@x.com"), "US would have read 5 February");
        assertEquals(1_709_648_530_250L, value(Long.class, "SELECT occurred_at FROM activity"));

        ImportSummary bad = importer.run(csv, mapping.withFormats(Map.of("Created", "yyyy-MM-dd")), false, ImportProgress.NONE);
        ImportProblem p = bad.problems().get(0);
        assertEquals("not a date in the column's format (expected yyyy-MM-dd, such as 2024-03-15)", p.reason());
    }

    // ------------------------------------------------------------------ value maps

    @Test
    void aValueMapRewritesACellBeforeItIsRead() throws Exception {
        Path csv = file("values.csv", "Email,Status,Kunde,Domain\na@x.com, sales qualified ,Ja,x.com\nb@y.com,Open,Nein,y.com\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Kunde", "is_customer", "Domain", "domain"))
                .withValues(Map.of("Status", Map.of("Sales Qualified", "SQL"), "Kunde", Map.of("ja", "true", "NEIN", "false")));
        run(csv, mapping);
        assertEquals("SQL", value(String.class, "SELECT field_value FROM contact_field WHERE field_name = 'Status' AND contact_id ="
                + " (SELECT id FROM contact WHERE email = 'a@x.com')"));
        assertEquals("Open", value(String.class, "SELECT field_value FROM contact_field WHERE field_name = 'Status' AND contact_id ="
                + " (SELECT id FROM contact WHERE email = 'b@y.com')"), "values the map does not name are kept");
        assertEquals(1, count("SELECT count(*) FROM account WHERE is_customer = 1 AND domain = 'x.com'"));
        assertEquals(1, count("SELECT count(*) FROM account WHERE is_customer = 0 AND domain = 'y.com'"));
    }

    // ------------------------------------------------------------------ outcomes on the lead row

    private static OutcomeColumn outcome(String column, Set<String> won, Set<String> lost, Set<String> skip) {
        return new OutcomeColumn(column, won, lost, skip, null, null);
    }

    /** Each contact's follow-up kinds, "a:WON b: c:LOST". */
    private String followUps() {
        return String.join(" ", db.dsl().fetch("SELECT c.email, group_concat(f.kind) FROM contact c"
                + " LEFT JOIN sales_follow_up f ON f.contact_id = c.id GROUP BY c.id ORDER BY c.email")
                .map(r -> r.get(0, String.class).replace("@x.com", "") + ":" + (r.get(1) == null ? "" : r.get(1, String.class))));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "IsConverted           | true,false,        | true        | false            |           | a:WON b:LOST c:",
            "Converted             | 1,0,               | 1           | 0                |           | a:WON b:LOST c:",
            "Converted             | TRUE,FALSE,        | true        | false            |           | a:WON b:LOST c:",
            "Won                   | Yes,No,            | yes         | no               |           | a:WON b:LOST c:",
            "ConvertedOpportunityId| 0065g00000X1,,     | *           |                  |           | a:WON b: c:",
            "StageName             | Closed Won,Closed Lost,Negociación | Closed Won | Closed Lost | negociación | a:WON b:LOST c:",
            "StageName             | Closed Won,Closed Lost,Prospecting | Closed Won | Closed Lost |         | a:WON b:LOST c:"})
    void anOutcomeColumnAddsAWonOrLostFollowUp(String column, String cells, String won, String lost, String skip, String expected)
            throws Exception {
        String[] v = (cells + ", ").split(",", -1);
        Path csv = file("leads.csv", "Email," + column + "\na@x.com," + v[0] + "\nb@x.com," + v[1] + "\nc@x.com," + v[2] + "\n");
        ImportMapping mapping = contacts(Map.of("Email", "email"))
                .withOutcome(Optional.of(outcome(column, Set.of(won), lost == null ? Set.of() : Set.of(lost), skip == null ? Set.of() : Set.of(skip))));
        run(csv, mapping);
        assertEquals(expected, followUps());
    }

    @Test
    void anOutcomeIsDatedByItsColumnElseItsFallbackElseTheImportAndIsAddedOnlyOnce() throws Exception {
        Path csv = file("converted.csv", "Email,IsConverted,ConvertedDate,Created Date\n"
                + "a@x.com,true,2024-03-05 10:00,2024-01-01\n"
                + "b@x.com,false,,2024-02-01\n"
                + "c@x.com,true,,\n"
                + "d@x.com,,2024-03-06,2024-01-02\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Created Date", "created_at"))
                .withOutcome(Optional.of(new OutcomeColumn("IsConverted", Set.of("true"), Set.of("false"), Set.of(), "ConvertedDate",
                        "Created Date")));
        ImportSummary first = run(csv, mapping);
        ImportSummary.Outcomes expected = new ImportSummary.Outcomes(2, 1, 3, "ConvertedDate", 1, "Created Date", 1, 1);
        assertEquals(expected, first.outcomes());
        assertEquals("outcomes: won=2 lost=1 added=3; dated by column 'ConvertedDate' 1, fallback 'Created Date' 1, import time 1",
                first.outcomes().describe());
        assertEquals(4, first.inserted(), "the rows count as contacts; their follow-ups are counted apart");
        assertEquals(Instant.parse("2024-03-05T10:00:00Z").toEpochMilli(),
                value(Long.class, "SELECT occurred_at FROM sales_follow_up WHERE kind = 'WON' ORDER BY occurred_at LIMIT 1"));
        assertEquals(Instant.parse("2024-02-01T00:00:00Z").toEpochMilli(),
                value(Long.class, "SELECT occurred_at FROM sales_follow_up WHERE kind = 'LOST'"));
        assertEquals(NOW.toEpochMilli(), value(Long.class, "SELECT occurred_at FROM sales_follow_up ORDER BY occurred_at DESC LIMIT 1"));

        Importer later = new Importer(db, Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC));
        ImportSummary again = later.run(csv, mapping, false, ImportProgress.NONE);
        assertEquals(new ImportSummary.Outcomes(2, 1, 0, "ConvertedDate", 1, "Created Date", 1, 1), again.outcomes());
        assertEquals(3, count("SELECT count(*) FROM sales_follow_up"), "importing the same file again adds no follow-up");
    }

    @Test
    void anOutcomeDateThatIsNoDateIsAProblemOfItsCell() throws Exception {
        Path csv = file("bad.csv", "Email,IsConverted,ConvertedDate\na@x.com,true,soon\n");
        ImportMapping mapping = contacts(Map.of("Email", "email"))
                .withOutcome(Optional.of(new OutcomeColumn("IsConverted", Set.of("true"), Set.of(), Set.of(), "ConvertedDate", null)));
        ImportSummary s = importer.run(csv, mapping, false, ImportProgress.NONE);
        assertEquals(List.of(2L, "ConvertedDate", "soon"), List.of(s.problems().get(0).line(), s.problems().get(0).column(),
                s.problems().get(0).value()));
    }

    // ------------------------------------------------------------------ generated ids

    private static final String NAMES = "First,Last,Company\nAda,Lovelace,Acme\nBob,,Acme\n";

    @Test
    void rowsWithoutIdOrEmailGetAnIdFromTheNamedColumnsThatIsStableAcrossImports() throws Exception {
        Path csv = file("names.csv", NAMES);
        ImportMapping mapping = ImportMapping.empty("names", ImportKind.CONTACTS)
                .withColumns(Map.of("First", "first_name", "Last", "last_name", "Company", "company"))
                .withGeneratedIds(new GeneratedIds(true, List.of("First", "Last", "Company")));
        ImportSummary first = run(csv, mapping);
        assertEquals(2, first.generatedIds());
        // SHA-256 of "values\n3:Ada\n8:Lovelace\n4:Acme", first 8 bytes, computed apart
        assertEquals("gen-15a53fa0174de976", value(String.class, "SELECT external_id FROM contact WHERE first_name = 'Ada'"));
        assertEquals("gen-6eb33e41900b8c6b", value(String.class, "SELECT external_id FROM contact WHERE first_name = 'Bob'"));
        ImportSummary second = run(csv, mapping);
        assertEquals(List.of(0L, 2L), List.of(second.inserted(), second.updated()));
        assertEquals(2, count("SELECT count(*) FROM contact"));
    }

    @Test
    void withoutNamedColumnsTheIdComesFromFileNameAndRowPosition() throws Exception {
        Path csv = file("names.csv", NAMES);
        ImportMapping mapping = ImportMapping.empty("names", ImportKind.CONTACTS).withColumns(Map.of("First", "first_name"))
                .withGeneratedIds(new GeneratedIds(true, List.of()));
        run(csv, mapping);
        run(csv, mapping);
        assertEquals(List.of("gen-53193f095e57f9f1", "gen-941882a8f0e05c95"),
                db.dsl().fetch("SELECT external_id FROM contact ORDER BY first_name").getValues(0, String.class));
    }

    @Test
    void withoutTheOptionSuchRowsStayAProblem() throws Exception {
        Path csv = file("names.csv", "Email,First\n,Ada\n");
        ImportSummary s = importer.run(csv, contacts(Map.of("Email", "email", "First", "first_name")), false, ImportProgress.NONE);
        assertEquals(1, s.rejected());
        assertTrue(s.problems().get(0).reason().startsWith("neither external_id nor email has a value"), s.problems().toString());
        assertEquals(0, s.generatedIds());
        assertEquals(0, count("SELECT count(*) FROM contact"));
    }
}
