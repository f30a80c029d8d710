package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.MappingPresets;
import com.leadbench.workflow.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed file gets a report naming line, column and reason, and leaves the database
 * exactly as it was: same rows in every table (compared by count and checksum).
 */
class ImportRejectionsTest {

    @TempDir
    Path dir;

    private Database db;
    private Map<String, String> before;

    private static final ImportMapping CONTACTS = ImportMapping.empty("test contacts", ImportKind.CONTACTS).withColumns(Map.of(
            "email", "email", "first_name", "first_name", "created", "created_at", "employees", "employees", "company", "company"));

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("leads.db"));
        new DemoWriter(db).write(new DemoSettings(150, 5, LocalDate.of(2026, 10, 1)));
        before = DatabaseContent.of(db);
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

    private ImportSummary rejected(Path csv, ImportMapping mapping) throws Exception {
        ImportSummary summary = new Importer(db).run(csv, mapping, false, ImportProgress.NONE);
        assertFalse(summary.accepted(), "rejected");
        assertEquals(0, summary.inserted());
        assertEquals(0, summary.updated());
        assertEquals(before, DatabaseContent.of(db), "the database is unchanged");
        return summary;
    }

    private static void assertProblem(ImportProblem p, long line, String column, String reasonStart) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.reason().startsWith(reasonStart), p.toString());
    }

    @Test
    void badQuotingIsReportedAtTheLineOfTheBrokenRowAndStopsReading() throws Exception {
        Path csv = file("quotes.csv", "email,first_name,created,employees,company\n"
                + "ada@acme.com,Ada,2024-01-02,10,Acme\n"
                + "bob@acme.com,\"Bob\" Jr,2024-01-02,10,Acme\n"
                + "cy@acme.com,Cy,2024-01-02,10,Acme\n");
        ImportSummary s = rejected(csv, CONTACTS);
        assertEquals(1, s.problems().size());
        assertProblem(s.problems().get(0), 3, null, "bad quoting: a quoted field is followed by more text");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() throws Exception {
        Path csv = file("open.csv", "email,first_name,created,employees,company\n"
                + "ada@acme.com,Ada,2024-01-02,10,Acme\n"
                + "bob@acme.com,\"Bob,2024-01-02,10,Acme\n"
                + "cy@acme.com,Cy,2024-01-02,10,Acme\n");
        ImportSummary s = rejected(csv, CONTACTS);
        assertProblem(s.problems().get(0), 3, null, "bad quoting: a quoted field that starts on this line is never closed");
    }

    @Test
    void aSemicolonFileReadAsCommaNamesTheMissingColumns() throws Exception {
        Path csv = file("semi.csv", "email;first_name;created;employees;company\nada@acme.com;Ada;2024-01-02;10;Acme\n");
        ImportSummary s = new Importer(db).run(CsvSource.open(csv, ','), CONTACTS, false, ImportProgress.NONE);
        assertFalse(s.accepted());
        assertEquals(before, DatabaseContent.of(db));
        List<String> columns = s.problems().stream().map(ImportProblem::column).toList();
        assertTrue(columns.containsAll(List.of("email", "first_name", "created", "employees", "company")), columns.toString());
        ImportProblem email = s.problems().stream().filter(p -> "email".equals(p.column())).findFirst().orElseThrow();
        assertProblem(email, 1, "email", "the mapping places this column into email, but the header has no such column");
        assertTrue(email.reason().contains("is the delimiter right?"), email.reason());
        assertTrue(s.problems().stream().anyMatch(p -> p.reason().startsWith("required field external_id or email is not placed")),
                s.problems().toString());
    }

    @Test
    void aColumnTheMappingNamesButTheFileLacks() throws Exception {
        Path csv = file("lacks.csv", "email,first_name,created,employees\nada@acme.com,Ada,2024-01-02,10\n");
        ImportSummary s = rejected(csv, CONTACTS);
        assertEquals(1, s.problems().size());
        assertProblem(s.problems().get(0), 1, "company", "the mapping places this column into company, but the header has no such column");
    }

    @Test
    void aDateThatDoesNotParseIsReportedWithItsValue() throws Exception {
        Path csv = file("dates.csv", "email,first_name,created,employees,company\n"
                + "ada@acme.com,Ada,2024-01-02,10,Acme\n"
                + "bob@acme.com,Bob,2024-02-30,10,Acme\n"
                + "cy@acme.com,Cy,next week,10,Acme\n");
        ImportSummary s = rejected(csv, CONTACTS);
        assertEquals(3, s.read());
        assertEquals(2, s.rejected());
        assertProblem(s.problems().get(0), 3, "created", "not a date");
        assertEquals("2024-02-30", s.problems().get(0).value());
        assertProblem(s.problems().get(1), 4, "created", "not a date");
    }

    @Test
    void aRowWithTooManyFields() throws Exception {
        Path csv = file("wide.csv", "email,first_name,created,employees,company\n"
                + "ada@acme.com,Ada,2024-01-02,10,Acme\n"
                + "bob@acme.com,Bob,2024-01-02,10,Acme, Inc.\n");
        ImportSummary s = rejected(csv, CONTACTS);
        ImportProblem p = s.problems().get(0);
        assertProblem(p, 3, "field 6", "the row has 6 fields, the header has 5");
        assertEquals(" Inc.", p.value());
    }

    @Test
    void aRowWithTooFewFields() throws Exception {
        Path csv = file("narrow.csv", "email,first_name,created,employees,company\nbob@acme.com,Bob\n");
        assertProblem(rejected(csv, CONTACTS).problems().get(0), 2, null, "the row has 2 fields, the header has 5");
    }

    @Test
    void anEmptyFileIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path csv = file("empty.csv", "");
        ImportException e = assertThrows(ImportException.class, () -> new Importer(db).run(csv, CONTACTS, false, ImportProgress.NONE));
        assertTrue(e.getMessage().contains("empty.csv is empty"), e.getMessage());
        assertEquals(before, DatabaseContent.of(db));
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path csv = dir.resolve("export.csv");
        Files.write(csv, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'e', 'm', 'a', 'i', 'l'});
        ImportException e = assertThrows(ImportException.class, () -> new Importer(db).run(csv, CONTACTS, false, ImportProgress.NONE));
        assertTrue(e.getMessage().contains("export.csv is not a text file"), e.getMessage());
        assertEquals(before, DatabaseContent.of(db));
    }

    @Test
    void aRequiredFieldNoColumnPlaces() throws Exception {
        Path csv = file("noemail.csv", "first_name,created\nAda,2024-01-02\n");
        ImportMapping mapping = ImportMapping.empty("names only", ImportKind.CONTACTS).withColumns(Map.of("first_name", "first_name"));
        ImportSummary s = rejected(csv, mapping);
        assertProblem(s.problems().get(0), 1, null, "required field external_id or email is not placed by any column");
    }

    @Test
    void aRowWhoseRequiredValuesAreEmpty() throws Exception {
        Path csv = file("blankkey.csv", "email,first_name,created,employees,company\n"
                + "ada@acme.com,Ada,2024-01-02,10,Acme\n"
                + ",Bob,2024-01-02,10,Acme\n");
        assertProblem(rejected(csv, CONTACTS).problems().get(0), 3, "email", "neither external_id nor email has a value");
    }

    @Test
    void aBadNumberAndAnActivityForAnUnknownContact() throws Exception {
        Path contacts = file("n.csv", "email,first_name,created,employees,company\nada@acme.com,Ada,2024-01-02,ten,Acme\n");
        assertProblem(rejected(contacts, CONTACTS).problems().get(0), 2, "employees", "not a whole number");
        Path activities = file("a.csv", "external_id,type,occurred_at\nNB-100001,PAGE_VIEW,2026-01-02\nNOPE-1,PAGE_VIEW,2026-01-02\nNB-100002,phone call,2026-01-02\n");
        ImportMapping generic = MappingPresets.named("generic-activities").orElseThrow();
        ImportSummary s = rejected(activities, generic.fittedTo(List.of("external_id", "type", "occurred_at")));
        assertProblem(s.problems().get(0), 3, "external_id", "no contact with this external id");
        assertProblem(s.problems().get(1), 4, "type", "not an activity type");
    }

    @Test
    void aStrictMappingRejectsColumnsItDoesNotKnow() throws Exception {
        Path csv = file("d.csv", "email,first_name,created,employees,company\nada@acme.com,Ada,2024-01-02,10,Acme\n");
        ImportMapping dropsMissing = CONTACTS.withDropped(java.util.Set.of("fax"));
        assertProblem(rejected(csv, dropsMissing).problems().get(0), 1, "fax", "the mapping drops this column, but the header has no such column");
    }

    @Test
    void theReportKeepsTheFirstThousandProblemsAndCountsEveryRejectedRow() throws Exception {
        StringBuilder b = new StringBuilder("email,first_name,created,employees,company\n");
        for (int i = 0; i < 1_500; i++) {
            b.append("p").append(i).append("@acme.com,P,not a date,10,Acme\n");
        }
        ImportSummary s = rejected(file("many.csv", b.toString()), CONTACTS);
        assertEquals(1_000, s.problems().size());
        assertEquals(1_500, s.rejected());
        assertEquals(1_001, s.problems().get(999).line());
    }

    @Test
    void aCancelledImportThrowsAndChangesNothing() throws Exception {
        StringBuilder b = new StringBuilder("email,first_name,created,employees,company\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("p").append(i).append("@acme.com,P,2024-01-02,10,Acme\n");
        }
        Path csv = file("big.csv", b.toString());
        ImportProgress cancelAfterFirstReport = new ImportProgress() {
            long seen;

            @Override
            public void rowsDone(long rows, long total) {
                seen = rows;
                assertEquals(20_000, total);
            }

            @Override
            public boolean cancelled() {
                return seen > 0;
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> new Importer(db).run(csv, CONTACTS, false, cancelAfterFirstReport));
        assertEquals("cancelled", e.problems().get(0).reason());
        assertEquals(before, DatabaseContent.of(db));
    }

    @Test
    void aLargeActivitiesFileBrokenNearItsEndIsReportedThereAndLeavesTheIndexes() throws Exception {
        List<String> indexes = db.dsl().fetch("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
                .getValues(0, String.class);
        StringBuilder b = new StringBuilder("external_id,type,asset,occurred_at\n");
        for (int i = 0; i < 70_000; i++) {
            // every row new (its own page): the import takes the bulk path, dropping the indexes and the log's trigger
            b.append("NB-").append(100_001 + i % 150).append(",PAGE_VIEW,/p/").append(i).append(",2026-01-01 10:")
                    .append(String.format("%02d", i % 60)).append(":00\n");
        }
        b.append("NB-100001,PAGE_VIEW,\"/p/\"x,2026-01-02\n");
        Path csv = file("big-activities.csv", b.toString());
        ImportMapping generic = MappingPresets.named("generic-activities").orElseThrow()
                .fittedTo(List.of("external_id", "type", "asset", "occurred_at"));
        ImportSummary s = rejected(csv, generic);
        assertEquals(1, s.problems().size());
        assertProblem(s.problems().get(0), 70_002, null, "bad quoting");
        assertEquals(70_001, s.read());
        assertEquals(indexes, db.dsl().fetch("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
                .getValues(0, String.class), "the indexes and the change log's triggers are back");
    }

    @Test
    void aLargeActivitiesImportLogsEveryContactItTouchedAndPutsTheTriggerBack() throws Exception {
        List<String> schema = db.dsl().fetch("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
                .getValues(0, String.class);
        db.dsl().execute("DELETE FROM changed_contact");
        long before = ((Number) db.dsl().fetchValue("SELECT max(id) FROM activity")).longValue();
        StringBuilder b = new StringBuilder("external_id,type,asset,occurred_at\n");
        for (int i = 0; i < 70_000; i++) {
            // the first rows (while the trigger still logs) touch 10 contacts; the rest, after it is dropped, 140 others
            int contact = i < 10_000 ? i % 10 : 10 + i % 140;
            // every row new (its own page), so the import takes the bulk path that drops the indexes and the trigger
            b.append("NB-").append(100_001 + contact).append(",PAGE_VIEW,/p/").append(i).append(",2026-01-01 10:")
                    .append(String.format("%02d", i % 60)).append(":00\n");
        }
        Path csv = file("big-activities.csv", b.toString());
        ImportMapping generic = MappingPresets.named("generic-activities").orElseThrow()
                .fittedTo(List.of("external_id", "type", "asset", "occurred_at"));
        new Importer(db).run(csv, generic, false, ImportProgress.NONE);
        List<Long> touched = db.dsl().fetch("SELECT DISTINCT contact_id FROM activity WHERE id > " + before + " ORDER BY contact_id")
                .getValues(0, Long.class);
        assertEquals(150, touched.size(), "the file's 150 contacts have new activities");
        assertEquals(touched, db.dsl().fetch("SELECT contact_id FROM changed_contact ORDER BY contact_id").getValues(0, Long.class),
                "every one of them is in the change log, logged in one statement while the trigger was off");
        assertEquals(schema, db.dsl().fetch("SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name")
                .getValues(0, String.class), "the indexes and the trigger are back");
    }
}
