package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ImportMappingJson;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> {
        });
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static final String LEADS = "Record ID,Email,First Name,Create Date,Lead Status\n"
            + "1,ada@acme.com,Ada,2024-03-05 10:00,Open\n"
            + "2,bob@beta.io,Bob,2024-03-06 11:00,New\n";

    @Test
    void importsWithAPresetRescoresAndEndsWithTheSummaryLine() throws Exception {
        Path db = dir.resolve("leads.db");
        Path csv = file("hubspot.csv", LEADS);
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "contacts", "--mapping", "hubspot-contacts", csv.toString()));
        // nothing is published into a fresh database (#13): stderr names the choice, and no stage is recorded
        assertEquals(ScorecardNotices.nothingPublished(db), err.toString().strip());
        String last = lastLine(out.toString());
        assertEquals("import: read=2 inserted=2 updated=0 skipped=0 rejected=0 transitions=0 warnings=0", last);
        try (Database database = Database.open(db)) {
            assertEquals(2, new LeadRepository(database).counts().contacts());
        }
        assertFalse(Files.exists(dir.resolve("hubspot.csv.import-report.csv")));

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "CONTACTS", "--mapping", "hubspot-contacts", csv.toString()));
        assertEquals("import: read=2 inserted=0 updated=2 skipped=0 rejected=0 transitions=0 warnings=0", lastLine(out.toString()));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path db = dir.resolve("dry.db");
        Path csv = file("hubspot.csv", LEADS);
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "contacts", "--mapping", "hubspot-contacts", "--dry-run", csv.toString()));
        assertEquals("import: read=2 inserted=2 updated=0 skipped=0 rejected=0 transitions=0 warnings=0", lastLine(out.toString()));
        assertTrue(out.toString().contains("(dry run: nothing written)"), out.toString());
        try (Database database = Database.open(db)) {
            assertEquals(0, new LeadRepository(database).counts().contacts());
        }
    }

    @Test
    void aRejectedFileExitsNonZeroWithTheFirstProblemAndGetsAReportBesideIt() throws Exception {
        Path db = dir.resolve("leads.db");
        Path csv = file("bad.csv", "Record ID,Email,Create Date\n1,ada@acme.com,2024-03-05\n2,bob@beta.io,yesterday\n3,cy@x.io,\"2024-01-01\n");
        assertEquals(1, run("import", "--db", db.toString(), "--kind", "contacts", "--mapping", "hubspot-contacts", csv.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("import: bad.csv rejected: line 3, column \"Create Date\", value \"yesterday\": not a date"), message);
        assertTrue(message.contains("2 problems; report: " + dir.resolve("bad.csv.import-report.csv")), message);
        assertTrue(out.toString().contains("line 4: bad quoting"), out.toString());
        assertEquals("import: read=3 inserted=0 updated=0 skipped=0 rejected=2 transitions=0 warnings=0", lastLine(out.toString()));

        List<String> report = Files.readAllLines(dir.resolve("bad.csv.import-report.csv"));
        assertEquals("line,column,value,reason", report.get(0));
        assertTrue(report.get(1).startsWith("3,Create Date,yesterday,\"not a date"), report.get(1));
        assertTrue(report.get(2).startsWith("4,,,bad quoting"), report.get(2));
        try (Database database = Database.open(db)) {
            assertEquals(0, new LeadRepository(database).counts().contacts());
        }
    }

    @Test
    void anEmptyFileIsRejectedWithAReport() throws Exception {
        Path csv = file("empty.csv", "");
        assertEquals(1, run("import", "--db", dir.resolve("e.db").toString(), "--kind", "contacts", "--mapping", "hubspot-contacts", csv.toString()));
        assertTrue(err.toString().startsWith("import: empty.csv rejected: file: empty.csv is empty"), err.toString());
        assertTrue(Files.exists(dir.resolve("empty.csv.import-report.csv")));
    }

    @Test
    void aMappingFileIsReadAndItsKindMustMatch() throws Exception {
        Path mapping = dir.resolve("mine.json");
        ImportMappingJson.write(ImportMapping.empty("mine", ImportKind.CONTACTS)
                .withColumns(Map.of("Email", "email", "Record ID", "external_id")), mapping);
        Path csv = file("hubspot.csv", LEADS);
        Path db = dir.resolve("m.db");
        assertEquals(2, run("import", "--db", db.toString(), "--kind", "activities", "--mapping", mapping.toString(), csv.toString()));
        assertTrue(err.toString().contains("--kind activities does not match mapping mine, which imports contacts"), err.toString());
        assertEquals(0, run("import", "--db", db.toString(), "--kind", "contacts", "--mapping", mapping.toString(), csv.toString()));
        try (Database database = Database.open(db)) {
            assertEquals(2, new LeadRepository(database).counts().contacts());
        }
    }

    @Test
    void unknownPresetsAndKindsAreUsageErrors() throws Exception {
        Path csv = file("hubspot.csv", LEADS);
        assertEquals(2, run("import", "--db", dir.resolve("u.db").toString(), "--kind", "contacts", "--mapping", "pipedrive", csv.toString()));
        assertTrue(err.toString().contains("--mapping pipedrive is neither a preset (hubspot-contacts, salesforce-leads, generic-activities, olist-leads, olist-deals)"), err.toString());
        assertEquals(2, run("import", "--db", dir.resolve("u.db").toString(), "--kind", "people", "--mapping", "hubspot-contacts", csv.toString()));
        assertFalse(Files.exists(dir.resolve("u.db")), "nothing written on a usage error");
    }

    @Test
    void aForcedDelimiterThatDoesNotFitNamesTheMissingColumns() throws Exception {
        Path csv = file("semi.csv", "Record ID;Email\n1;ada@acme.com\n");
        assertEquals(1, run("import", "--db", dir.resolve("s.db").toString(), "--kind", "contacts", "--mapping", "generic.json",
                csv.toString()));
        err.getBuffer().setLength(0);
        Path mapping = dir.resolve("m.json");
        ImportMappingJson.write(ImportMapping.empty("m", ImportKind.CONTACTS).withColumns(Map.of("Email", "email")), mapping);
        assertEquals(1, run("import", "--db", dir.resolve("s.db").toString(), "--kind", "contacts", "--mapping", mapping.toString(),
                "--delimiter", ",", csv.toString()));
        assertTrue(err.toString().contains("column \"Email\": the mapping places this column into email, but the header has no such column"),
                err.toString());
        assertEquals(0, run("import", "--db", dir.resolve("s.db").toString(), "--kind", "contacts", "--mapping", mapping.toString(),
                csv.toString()));
    }
}
