package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest} and {@code calibrate} on a 400-contact demo database. */
class AnalysisCommandsTest {

    private static final String NUMBER = "(-?\\d+\\.\\d{3}|NaN|Infinity)";
    private static final Pattern BACKTEST = Pattern.compile(
            "backtest: auc=" + NUMBER + " precision=" + NUMBER + " recall=" + NUMBER + " top_lift=" + NUMBER);
    private static final Pattern CALIBRATE = Pattern.compile("calibrate: auc_current=" + NUMBER + " auc_suggested=" + NUMBER);

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Path demo;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void writeDemo() {
        demo = shared.resolve("demo.db");
        int code = Cli.run(new String[] {"demo", "--db", demo.toString(), "--contacts", "800", "--seed", "3", "--end-date", "2026-10-01"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), w -> { });
        assertEquals(0, code);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static double number(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }

    @Test
    void backtestPrintsTheTablesAndEndsWithOneSummaryLine() {
        assertEquals(0, run("backtest", "--db", demo.toString(), "--as-of", "2026-10-01"), err.toString());
        assertEquals("", err.toString());
        String text = out.toString();
        assertTrue(text.contains("Tier A") && text.contains("Not qualified") && text.contains("Excluded"), text);
        assertTrue(text.contains("Spec sheet downloads"), "the per-rule table: " + text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("backtest:")).count(), text);
        Matcher m = BACKTEST.matcher(lastLine(text));
        assertTrue(m.matches(), lastLine(text));
        assertTrue(number(m, 1) > 0.7, "the preset ranks the demo's wins well: " + m.group());
    }

    @Test
    void thePresetBeatsABadScorecard() throws Exception {
        Path bad = dir.resolve("opens-only.json");
        Files.writeString(bad, """
                {"name": "Opens only", "intent": [{"id": "opens", "kind": "activity", "types": ["EMAIL_OPEN"], "points": 10, "cap": 150}],
                 "tiers": {"A": {"minScore": 105}, "B": {"minScore": 75}, "C": {"minScore": 50}}, "sqlThreshold": 125}
                """);
        assertEquals(0, run("backtest", "--db", demo.toString(), "--as-of", "2026-10-01"));
        Matcher preset = BACKTEST.matcher(lastLine(out.toString()));
        assertEquals(0, run("backtest", "--db", demo.toString(), "--as-of", "2026-10-01", "--scorecard", bad.toString()), err.toString());
        Matcher opens = BACKTEST.matcher(lastLine(out.toString()));
        assertTrue(preset.matches() && opens.matches());
        assertTrue(number(preset, 1) > number(opens, 1) + 0.2, preset.group() + " vs " + opens.group());
        assertTrue(out.toString().contains("Opens only"), out.toString());
    }

    @Test
    void calibrateWritesAScorecardThatReadsBack() throws Exception {
        Path file = dir.resolve("suggested.json");
        assertEquals(0, run("calibrate", "--db", demo.toString(), "--as-of", "2026-10-01", "--seed", "7", "--out", file.toString()),
                err.toString());
        assertEquals("", err.toString());
        Matcher m = CALIBRATE.matcher(lastLine(out.toString()));
        assertTrue(m.matches(), out.toString());
        assertTrue(number(m, 2) > 0.6, m.group());
        Scorecard suggested = ScorecardJson.read(file);
        Scorecard preset = ScorecardJson.defaultPreset();
        assertEquals(preset.rules().stream().map(Rule::id).toList(), suggested.rules().stream().map(Rule::id).toList());
        assertEquals(preset.thresholds(), suggested.thresholds());
        assertTrue(out.toString().contains("Held-out AUC"), out.toString());
    }

    @Test
    void calibrateToStandardOutputKeepsTheReportOnStandardError() throws Exception {
        assertEquals(0, run("calibrate", "--db", demo.toString(), "--as-of", "2026-10-01"), err.toString());
        Scorecard suggested = ScorecardJson.read(out.toString(), "standard output");
        assertEquals(ScorecardJson.defaultPreset().rules().size(), suggested.rules().size());
        assertTrue(CALIBRATE.matcher(lastLine(err.toString())).matches(), err.toString());
    }

    @Test
    void aDatabaseWithoutOutcomesFailsWithOneLine() throws Exception {
        Path empty = dir.resolve("no-outcomes.db");
        try (Database db = Database.open(empty)) {
            new LeadRepository(db).insert(new com.leadbench.model.Contact(0, "X-1", "ada@acme.com", "Ada", "L", null, null, "US", "US",
                    null, null, Instant.parse("2026-01-01T00:00:00Z"), null, null, Map.of()));
        }
        for (String command : List.of("backtest", "calibrate")) {
            assertEquals(1, run(command, "--db", empty.toString()), command);
            String message = err.toString().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith(command + ": ") && message.contains("no sales outcomes"), message);
            assertEquals("", out.toString());
        }
    }

    @Test
    void aDatabaseWithoutContactsFailsWithOneLine() throws Exception {
        // an empty Leadbench database (a missing path is refused without creating anything: LockoutCommandsTest)
        com.leadbench.store.Database.open(dir.resolve("new.db")).close();
        assertEquals(1, run("backtest", "--db", dir.resolve("new.db").toString()));
        assertTrue(err.toString().strip().endsWith("holds no contacts; import some or write a demo (leadbench demo --db FILE)"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    private static final Pattern LEARN = Pattern.compile(
            "learn: rules=(\\d+) auc_holdout=(\\d\\.\\d{3}) top35_capture=(\\d\\.\\d{3}) quartile_lift=(\\d+\\.\\d|inf)");

    /** learn writes a scorecard that reads back, says its held-out figures, and publish puts it into use. */
    @Test
    void learnWritesAScorecardThatPublishes() throws Exception {
        Path db = dir.resolve("learn.db");
        Files.copy(demo, db);
        Path card = dir.resolve("learned.json");
        assertEquals(0, run("learn", "--db", db.toString(), "--out", card.toString(), "--as-of", "2026-10-01", "--seed", "5"), err.toString());
        String text = out.toString();
        Matcher m = LEARN.matcher(lastLine(text));
        assertTrue(m.matches(), lastLine(text));
        Scorecard learned = ScorecardJson.read(Files.readString(card), "learned.json");
        assertEquals(Integer.parseInt(m.group(1)), learned.rules().size(), "the line counts the rules written");
        assertTrue(learned.rules().size() > 0, text);
        assertTrue(Double.parseDouble(m.group(2)) > 0.6, "the demo's outcomes can be learned: " + m.group());
        assertTrue(text.contains("converted") && text.contains("overall"), "each rule says its evidence: " + text);
        assertTrue(text.contains("Tier A") && text.contains("predicted") && text.contains("observed"), "the calibration table: " + text);

        assertEquals(0, run("learn", "--db", db.toString(), "--out", dir.resolve("again.json").toString(), "--as-of", "2026-10-01",
                "--seed", "5"));
        assertEquals(Files.readString(card), Files.readString(dir.resolve("again.json")), "the same seed learns the same scorecard");

        assertEquals(0, run("publish", "--db", db.toString(), "--scorecard", card.toString(), "--note", "learned"), err.toString());
        assertTrue(lastLine(out.toString()).matches("publish: version=\\d+ transitions=\\d+"), out.toString());
    }

    @Test
    void learnRefusesTooFewOutcomesNamingTheCountsAndWritesNothing() {
        Path small = dir.resolve("small.db");
        assertEquals(0, run("demo", "--db", small.toString(), "--contacts", "100", "--seed", "3", "--end-date", "2026-10-01"));
        Path card = dir.resolve("none.json");
        assertEquals(1, run("learn", "--db", small.toString(), "--out", card.toString(), "--as-of", "2026-10-01"));
        String message = err.toString().strip();
        assertTrue(message.matches("learn: Learning needs at least 30 won and 30 not-won leads; the data has \\d+ won and \\d+ not won\\..*"),
                message);
        assertTrue(!Files.exists(card), "no file written");
    }

    @Test
    void learnRefusesImpossibleTierShares() {
        assertEquals(2, run("learn", "--db", demo.toString(), "--out", dir.resolve("x.json").toString(), "--tiers", "50,40,30"));
        assertTrue(err.toString().contains("tier shares add up to 120%"), err.toString());
    }

    @Test
    void bothCommandsHaveHelp() {
        assertEquals(0, run("backtest", "--help"));
        assertTrue(out.toString().contains("--scorecard") && out.toString().contains("--as-of"), out.toString());
        assertEquals(0, run("calibrate", "--help"));
        assertTrue(out.toString().contains("--seed") && out.toString().contains("--out"), out.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("backtest") && out.toString().contains("calibrate"), out.toString());
    }

    @Test
    void anInvalidScorecardFileFailsWithOneLine() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": \"x\"}");
        assertEquals(1, run("calibrate", "--db", demo.toString(), "--scorecard", broken.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("$.tiers"), err.toString());
    }
}
