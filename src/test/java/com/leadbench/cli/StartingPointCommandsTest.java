package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.start.GeneralPreset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #13 on the command line: nothing is published behind the manager's back, the commands say
 * how to choose a starting point, {@code publish --preset [general|industrial]} chooses it, and a
 * scorecard that shuts most leads out is warned about on standard error.
 */
class StartingPointCommandsTest {

    /** Two fitting contacts at business addresses and three at a disposable domain. */
    private static final String CONTACTS = "Email,First Name,Last Name,Company,Job Title,Employees\n"
            + "ada@acme.com,Ada,Lovelace,Acme,VP Operations,5000\n"
            + "bob@beta.com,Bob,Brown,Beta,Maintenance Manager,300\n"
            + "cy@mailinator.com,Cy,Young,Gamma,Engineer,80\n"
            + "di@mailinator.com,Di,Prince,Delta,Buyer,40\n"
            + "ed@mailinator.com,Ed,Stone,Epsilon,Buyer,40\n";

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private String lastLine() {
        return out.toString().strip().lines().toList().getLast();
    }

    private Path imported() throws Exception {
        Path csv = Files.writeString(dir.resolve("contacts.csv"), CONTACTS);
        Path db = dir.resolve("leads.db");
        assertEquals(0, run("import", "--db", db.toString(), csv.toString()), err.toString());
        return db;
    }

    private static long number(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void importingIntoAFreshDatabasePublishesNothingAndNamesTheChoice() throws Exception {
        Path db = imported();
        assertTrue(lastLine().startsWith("import: read=5 inserted=5 ") && lastLine().endsWith(" transitions=0 warnings=0"), lastLine());
        assertEquals(0, number(db, "SELECT count(*) FROM scorecard_version"), "the industrial preset used to be published here");
        assertEquals(0, number(db, "SELECT count(*) FROM stage_transition"));
        assertEquals(List.of(ScorecardNotices.nothingPublished(db)), err.toString().strip().lines().toList(), "one line on stderr");
        assertTrue(err.toString().contains("--preset general") && err.toString().contains("--preset industrial"), err.toString());
        assertFalse(out.toString().contains("leadbench:"), "the notice stays off standard output");
    }

    @Test
    void scoringWhileNothingIsPublishedUsesTheGeneralPresetAndRecordsNothing() throws Exception {
        Path db = imported();
        Path csv = dir.resolve("scores.csv");
        assertEquals(0, run("score", "--db", db.toString(), "--out", csv.toString()), err.toString());
        assertEquals("score: contacts=5 tier_a=1 tier_b=1 tier_c=0 excluded=3 mqls=2 sqls=0 transitions=0"
                + " (scorecard general B2B preset, not published)", lastLine());
        assertEquals(0, number(db, "SELECT count(*) FROM scorecard_version"));
        assertEquals(0, number(db, "SELECT count(*) FROM stage_transition"));
        List<String> lines = err.toString().strip().lines().toList();
        assertEquals(ScorecardNotices.nothingPublished(db), lines.getFirst());
        assertEquals("leadbench: warning: Invalid or disposable email (invalid-email) excludes 3 of 5 leads (60%)", lines.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--preset general --note start       | General B2B (fits your data)",
            "--preset industrial --note start    | Industrial default",
            "--preset --note start               | Industrial default",
            "--note start --preset               | Industrial default",
            "--note start --preset GENERAL       | General B2B (fits your data)"})
    void publishChoosesTheStartingPoint(String options, String name) throws Exception {
        Path db = imported();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("publish", "--db", db.toString()),
                java.util.Arrays.stream(options.strip().split(" +"))).toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        long transitions = number(db, "SELECT count(*) FROM stage_transition WHERE scorecard_version = 1");
        assertEquals("publish: version=1 transitions=" + transitions, lastLine());
        assertEquals(name, text(db, "SELECT name FROM scorecard_version WHERE version = 1"));
        if (name.equals(GeneralPreset.NAME)) {
            assertEquals(2, transitions, "Ada and Bob become MQLs; the disposable addresses stay contacts");
        } else {
            assertEquals(ScorecardJson.defaultPreset(), ScorecardJson.read(text(db, "SELECT document FROM scorecard_version WHERE version = 1"),
                    "stored"));
        }
        assertTrue(err.toString().contains("leadbench: warning: Invalid or disposable email (invalid-email) excludes 3 of 5 leads (60%)"),
                err.toString());

        assertEquals(0, run("score", "--db", db.toString(), "--dry-run"), err.toString());
        assertFalse(err.toString().contains("nothing is published"), "once a start is chosen the notice is gone: " + err);
    }

    @Test
    void anUnknownPresetIsAUsageErrorAndPublishesNothing() throws Exception {
        Path db = imported();
        assertEquals(2, run("publish", "--db", db.toString(), "--preset", "retail", "--note", "x"));
        assertTrue(err.toString().contains("--preset takes general or industrial, not \"retail\""), err.toString());
        assertEquals(0, number(db, "SELECT count(*) FROM scorecard_version"));
    }

    @Test
    void aHealthyPublishWarnsAboutNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("good.csv"), "Email,First Name,Last Name,Company,Job Title,Employees\n"
                + "ada@acme.com,Ada,Lovelace,Acme,VP Operations,5000\nbob@beta.com,Bob,Brown,Beta,Maintenance Manager,300\n");
        Path db = dir.resolve("good.db");
        assertEquals(0, run("import", "--db", db.toString(), csv.toString()), err.toString());
        assertEquals(0, run("publish", "--db", db.toString(), "--preset", "general", "--note", "start"), err.toString());
        assertEquals("", err.toString());
        assertEquals(0, run("report", "--db", db.toString()), err.toString());
        assertEquals("", err.toString(), "a healthy published scorecard, nothing to say");
        assertTrue(lastLine().startsWith("report: mqls=2 "), lastLine());
    }

    @Test
    void reportAndBacktestSayWhenTheScorecardQualifiesNobody() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "150", "--seed", "3", "--end-date", "2026-10-01"), err.toString());
        Path strict = dir.resolve("strict.json");
        String json = ScorecardJson.write(ScorecardJson.defaultPreset().withThresholds(t -> t.withFitGate(1000)));
        Files.writeString(strict, json);
        assertEquals(0, run("publish", "--db", db.toString(), "--scorecard", strict.toString(), "--note", "too strict"), err.toString());
        assertTrue(lastLine().matches("publish: version=\\d+ transitions=\\d+"), lastLine());
        String gate = "leadbench: warning: No lead qualifies (no MQL or SQL): the fit gate of 1000 stops ";
        assertTrue(err.toString().contains(gate), err.toString());
        assertEquals(0, run("report", "--db", db.toString()), err.toString());
        assertTrue(err.toString().contains(gate), err.toString());
        assertTrue(lastLine().startsWith("report: "), lastLine());
        assertEquals(0, run("backtest", "--db", db.toString(), "--as-of", "2026-10-01"), err.toString());
        assertTrue(err.toString().contains(gate), err.toString());
        assertTrue(lastLine().startsWith("backtest: auc="), lastLine());
    }
}
