package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.workflow.Importer;
import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input limits (docs/import.md, "Limits"): a cell longer than its field holds, a header of more than
 * 1,000 columns, a column name longer than 256 characters and a row longer than 4,194,304 characters
 * reject the file like any other problem, with line and column, and leave the database as it was;
 * messages quote input cut, never a whole 4 KB header.
 */
class OversizedImportsTest {

    @TempDir
    Path dir;

    private Database db;
    private Map<String, String> before;

    private static final ImportMapping CONTACTS = ImportMapping.empty("test contacts", ImportKind.CONTACTS).withColumns(Map.of(
            "email", "email", "first_name", "first_name", "Job Title", "job_title", "created", "created_at"));

    /** Contacts with a first activity (a form submission) whose text is in the column "form". */
    private static final ImportMapping WITH_FORM = ImportMapping.empty("form contacts", ImportKind.CONTACTS).withColumns(Map.of(
            "email", "email", "created", "created_at", "form", "activity_form_text"))
            .withConstants(Map.of("activity_type", "FORM_SUBMIT"));

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("leads.db"));
        new DemoWriter(db).write(new DemoSettings(40, 5, LocalDate.of(2026, 10, 1)));
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
    void aCellLongerThanATextFieldHoldsRejectsTheFileNamingLineAndColumn() throws Exception {
        Path csv = file("titles.csv", "email,first_name,Job Title,created\n"
                + "ada@acme.com,Ada,Plant manager,2024-01-02\n"
                + "bob@acme.com,Bob," + "x".repeat(40_000) + ",2024-01-02\n"
                + "cy@acme.com,Cy,Buyer,2024-01-02\n");
        ImportSummary s = rejected(csv, CONTACTS);
        assertEquals(3, s.read());
        assertEquals(1, s.rejected());
        assertEquals(1, s.problems().size(), s.problems().toString());
        ImportProblem p = s.problems().get(0);
        assertProblem(p, 3, "Job Title", "40,000 characters, more than the 32,768 a text field can hold;"
                + " shorten it or drop the column in the mapping");
        assertEquals("line 3, column \"Job Title\": 40,000 characters, more than the 32,768 a text field can hold;"
                + " shorten it or drop the column in the mapping", p.toString());

        Path fits = file("long.csv", "email,first_name,Job Title,created\nada@acme.com,Ada," + "x".repeat(32_768) + ",2024-01-02\n");
        ImportSummary accepted = new Importer(db).run(fits, CONTACTS, false, ImportProgress.NONE);
        assertTrue(accepted.accepted(), accepted.problems().toString());
        assertEquals(32_768, db.dsl().fetchValue("SELECT length(job_title) FROM contact WHERE email = 'ada@acme.com'", Integer.class),
                "a text field holds up to its limit");
    }

    @Test
    void aKeptColumnHoldsWhatATextFieldHoldsAndADroppedColumnIsNotLimited() throws Exception {
        Path csv = file("notes.csv", "email,first_name,Job Title,created,Notes\n"
                + "ada@acme.com,Ada,Buyer,2024-01-02," + "n".repeat(40_000) + "\n");
        assertProblem(rejected(csv, CONTACTS).problems().get(0), 2, "Notes",
                "40,000 characters, more than the 32,768 a custom field can hold");
        ImportSummary s = new Importer(db).run(csv, CONTACTS.withDropped(Set.of("Notes")), false, ImportProgress.NONE);
        assertTrue(s.accepted(), s.problems().toString());
        assertEquals(1, s.inserted());
    }

    @Test
    void formTextUnderItsLargerLimitIsAcceptedAndOverItRejected() throws Exception {
        Path over = file("over.csv", "email,created,form\nada@acme.com,2024-01-02," + "f".repeat(300_000) + "\n");
        assertProblem(rejected(over, WITH_FORM).problems().get(0), 2, "form",
                "300,000 characters, more than the 262,144 a form text or note can hold");

        Path under = file("form.csv", "email,created,form\nada@acme.com,2024-01-02,\"" + "We need a quote. ".repeat(12_000) + "\"\n");
        ImportSummary s = new Importer(db).run(under, WITH_FORM, false, ImportProgress.NONE);
        assertTrue(s.accepted(), s.problems().toString());
        assertEquals(204_000 - 1, db.dsl().fetchValue("SELECT length(a.form_text) FROM activity a JOIN contact c ON c.id = a.contact_id"
                + " WHERE c.email = 'ada@acme.com'", Integer.class), "stored whole (stripped of the trailing space)");
    }

    @Test
    void aFileWithMoreThanAThousandColumnsIsRejected() throws Exception {
        StringBuilder header = new StringBuilder("email,first_name,Job Title,created");
        StringBuilder row = new StringBuilder("ada@acme.com,Ada,Buyer,2024-01-02");
        for (int i = 5; i <= 1_001; i++) {
            header.append(",c").append(i);
            row.append(",v");
        }
        ImportSummary s = rejected(file("wide.csv", header + "\n" + row + "\n"), CONTACTS);
        assertEquals(0, s.read(), "no row is read when the header does not fit");
        assertProblem(s.problems().get(0), 1, "c1001", "the header has 1,001 columns, more than the 1,000 a file can have");
    }

    @Test
    void aFourKilobyteColumnNameIsRejectedAndQuotedCut() throws Exception {
        String name = "N" + "a".repeat(4_095);
        Path csv = file("name.csv", "email,first_name,Job Title,created," + name + "\nada@acme.com,Ada,Buyer,2024-01-02,x\n");
        ImportSummary s = rejected(csv, CONTACTS);
        ImportProblem p = s.problems().get(0);
        assertEquals(1, p.line());
        assertTrue(p.reason().startsWith("a column name of 4,096 characters, more than the 256 a column name can have"), p.reason());
        assertTrue(p.column().startsWith("Naaa") && p.column().endsWith("…") && p.column().length() <= 81, p.column());
        assertTrue(p.toString().length() <= 200, p.toString().length() + ": " + p);
    }

    @Test
    void aFourKilobyteHeaderReadWithTheWrongDelimiterIsQuotedCut() throws Exception {
        StringBuilder header = new StringBuilder("email;first_name;Job Title;created");
        for (int i = 0; header.length() < 4_096; i++) {
            header.append(";Custom property number ").append(i);
        }
        Path csv = file("semi.csv", header + "\nada@acme.com;Ada;Buyer;2024-01-02\n");
        ImportSummary s = new Importer(db).run(com.leadbench.importing.CsvSource.open(csv, ','), CONTACTS, false, ImportProgress.NONE);
        assertFalse(s.accepted());
        assertFalse(s.problems().isEmpty());
        for (ImportProblem p : s.problems()) {
            assertTrue(p.toString().length() <= 250, p.toString().length() + ": " + p);
        }
        ImportProblem email = s.problems().stream().filter(p -> "email".equals(p.column())).findFirst().orElseThrow();
        assertTrue(email.reason().contains("is the delimiter right?"), email.reason());
    }

    @Test
    void aGiantSingleLineIsRefusedAtItsLineWithoutReadingItWhole() throws Exception {
        Path csv = dir.resolve("giant.csv");
        char[] chunk = "x".repeat(1 << 16).toCharArray();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            w.write("email,first_name,Job Title,created\nada@acme.com,Ada,Buyer,2024-01-02\nbob@acme.com,Bob,");
            for (long written = 0; written < 60L << 20; written += chunk.length) {
                w.write(chunk);
            }
            w.write(",2024-01-02\ncy@acme.com,Cy,Buyer,2024-01-02\n");
        }
        ImportSummary s = rejected(csv, CONTACTS);
        assertEquals(1, s.problems().size(), s.problems().toString());
        ImportProblem p = s.problems().get(0);
        assertEquals("line 3: the row that starts on this line is longer than 4,194,304 characters, the most a row can hold"
                + " (is a quote never closed, or are line breaks missing?); reading stopped here", p.toString());
    }
}
