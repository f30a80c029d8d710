package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score}, {@code bench} and {@code bench-import} commands on a small demo database. Times are never asserted. */
class ScoreAndBenchCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private Path demo(int contacts) {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", String.valueOf(contacts), "--seed", "5", "--end-date", "2026-10-01"),
                err::toString);
        return db;
    }

    /** The fields of the last line of {@code text} that starts with {@code prefix}, as name to value. */
    private static Map<String, String> lastLine(String text, String prefix) {
        String line = text.lines().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(
                "no line starting " + prefix + " in:\n" + text));
        Map<String, String> fields = new HashMap<>();
        Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(line);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    /** A number of the CSV: a negative one is written '-25, so that a spreadsheet does not read a formula. */
    private static double number(String cell) {
        return Double.parseDouble(cell.startsWith("'") ? cell.substring(1) : cell);
    }

    private static long count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void scoreWritesOneRowPerContactWithEveryColumnAndTiersAsTheScorecardSays() throws Exception {
        Path db = demo(80);
        Scorecard card = ScorecardJson.defaultPreset();
        Path cardFile = Files.writeString(dir.resolve("card.json"), ScorecardJson.write(card));
        Path scores = dir.resolve("scores.csv");
        assertEquals(0, run("score", "--db", db.toString(), "--scorecard", cardFile.toString(), "--out", scores.toString(), "--dry-run",
                "--as-of", "2026-10-01"), err::toString);

        Map<String, String> summary = lastLine(out.toString(), "score:");
        Map<Tier, Integer> tiers = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Thresholds t = card.thresholds();
        try (CSVParser csv = CSVParser.parse(scores, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("contact_id", "external_id", "email", "fit", "intent", "total", "tier", "stage", "fast_track", "urgent",
                    "excluded_reason", "top_reasons"), csv.getHeaderNames());
            for (CSVRecord r : csv) {
                assertEquals(12, r.size(), r::toString);
                assertTrue(ids.add(r.get("contact_id")), "one row per contact: " + r);
                Tier tier = Tier.valueOf(r.get("tier"));
                tiers.merge(tier, 1, Integer::sum);
                double fit = number(r.get("fit"));
                double total = number(r.get("total"));
                assertEquals(fit + number(r.get("intent")), total, 0.02, r::toString);
                assertEquals(tier == Tier.EXCLUDED, !r.get("excluded_reason").isEmpty(), r::toString);
                if (tier == Tier.A) {
                    assertTrue(total >= t.a().minScore() - 0.01 && fit >= t.fitGate() - 0.01, r::toString);
                } else if (tier != Tier.EXCLUDED && fit >= t.fitGate() + 0.01) {
                    assertTrue(total < t.a().minScore() + 0.01, "scores of a tier A lead, but " + tier + ": " + r);
                }
            }
        }
        assertEquals(80, ids.size());
        assertEquals("80", summary.get("contacts"));
        assertTrue(tiers.getOrDefault(Tier.A, 0) > 0, "the demo has tier A leads: " + tiers);
        assertEquals(String.valueOf(tiers.getOrDefault(Tier.A, 0)), summary.get("tier_a"));
        assertEquals(String.valueOf(tiers.getOrDefault(Tier.B, 0)), summary.get("tier_b"));
        assertEquals(String.valueOf(tiers.getOrDefault(Tier.C, 0)), summary.get("tier_c"));
        assertEquals(String.valueOf(tiers.getOrDefault(Tier.EXCLUDED, 0)), summary.get("excluded"));
    }

    @Test
    void scoreDryRunRecordsNothingAndARealRunRecordsWhatItSays() throws Exception {
        Path db = demo(60);
        long before = count(db, "SELECT count(*) FROM stage_transition");
        byte[] bytes = Files.readAllBytes(db);
        assertEquals(0, run("score", "--db", db.toString(), "--out", dir.resolve("a.csv").toString(), "--dry-run", "--as-of", "2027-03-01"),
                err::toString);
        assertTrue(out.toString().contains("transitions=0 (dry run: nothing recorded)"), out::toString);
        assertArrayEquals(bytes, Files.readAllBytes(db), "a dry run leaves the database file as it was");

        assertEquals(0, run("score", "--db", db.toString(), "--out", dir.resolve("b.csv").toString(), "--as-of", "2027-03-01"), err::toString);
        long recorded = Long.parseLong(lastLine(out.toString(), "score:").get("transitions"));
        assertEquals(before + recorded, count(db, "SELECT count(*) FROM stage_transition"));
    }

    @Test
    void benchPrintsItsSummaryLineWithTheDatabasesCounts() throws Exception {
        Path db = demo(60);
        assertEquals(0, run("bench", "--db", db.toString(), "--iterations", "1", "--sql-iterations", "1", "--as-of", "2026-10-01"),
                err::toString);

        Map<String, String> bench = lastLine(out.toString(), "bench:");
        assertEquals(Set.of("contacts", "activities", "preview_ms", "sql_ms", "ratio"), bench.keySet(), out::toString);
        try (Database database = Database.open(db)) {
            var counts = new LeadRepository(database).counts();
            assertEquals(String.valueOf(counts.contacts()), bench.get("contacts"));
            assertEquals(String.valueOf(counts.activities()), bench.get("activities"));
        }
    }

    @Test
    void benchOpenTimesEachPhaseOfOpeningAndLeavesTheDatabaseAsItWas() throws Exception {
        Path db = demo(50);
        byte[] bytes = Files.readAllBytes(db);
        assertEquals(0, run("bench", "--open", "--db", db.toString(), "--iterations", "2"), err::toString);

        assertEquals(2, out.toString().lines().filter(l -> l.startsWith("open ")).count(), out::toString);
        Map<String, String> bench = lastLine(out.toString(), "bench: open ");
        assertEquals(Set.of("contacts", "first_ms", "open_ms", "database_ms", "columns_ms", "scores_ms", "rows_ms", "snapshot"), bench.keySet(),
                out::toString);
        assertEquals("yes", bench.get("snapshot"), "the demo left its snapshot beside the database");
        assertEquals(String.valueOf(count(db, "SELECT count(*) FROM contact")), bench.get("contacts"));
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(db)), "opening for the bench is read-only");
    }

    @Test
    void benchIncrementalTimesEachChangeOnACopyAndLeavesTheDatabaseAsItWas() throws Exception {
        Path db = demo(60);
        byte[] bytes = Files.readAllBytes(db);
        byte[] snapshot = Files.readAllBytes(db.resolveSibling("demo.db.columns"));
        assertEquals(0, run("bench", "--incremental", "--db", db.toString(), "--iterations", "2"), err::toString);

        assertEquals(2, out.toString().lines().filter(l -> l.startsWith("run ")).count(), out::toString);
        Map<String, String> bench = lastLine(out.toString(), "bench: incremental ");
        assertEquals(Set.of("contacts", "import_ms", "merge_ms", "undo_ms", "hot_leads_ms", "dashboard_ms", "reread"), bench.keySet(),
                out::toString);
        assertEquals(String.valueOf(count(db, "SELECT count(*) FROM contact")), bench.get("contacts"));
        assertTrue(Integer.parseInt(bench.get("reread")) >= 2 * 100, "each import's 100 new contacts were re-read: " + bench);
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(db)), "the benchmark changes a copy");
        assertTrue(Arrays.equals(snapshot, Files.readAllBytes(db.resolveSibling("demo.db.columns"))), "and the copy's snapshot");
        assertEquals(1, run("bench", "--open", "--incremental", "--db", db.toString()));
    }

    @Test
    void benchReplayTimesTheReplayOfADraftEditAndCountsWhatItSent() throws Exception {
        Path db = demo(80);
        byte[] bytes = Files.readAllBytes(db);
        assertEquals(0, run("bench", "--replay", "--db", db.toString(), "--iterations", "2", "--as-of", "2026-09-30"), err::toString);

        assertEquals(2, out.toString().lines().filter(l -> l.startsWith("run ")).count(), out::toString);
        Map<String, String> bench = lastLine(out.toString(), "bench: replay ");
        assertEquals(Set.of("contacts", "weeks", "replay_ms", "sent"), bench.keySet(), out::toString);
        assertEquals("26", bench.get("weeks"));
        assertEquals(String.valueOf(count(db, "SELECT count(*) FROM contact")), bench.get("contacts"));
        // the last run's draft: every tier two points higher
        try (Database read = Database.open(db, Database.Access.READ_ONLY)) {
            Scorecard card = new com.leadbench.store.ScorecardRepository(read).publishedScorecard().orElseThrow().scorecard();
            Scorecard draft = card.withThresholds(t -> t.withTierMin(Tier.A, t.a().minScore() + 2).withTierMin(Tier.B, t.b().minScore() + 2)
                    .withTierMin(Tier.C, t.c().minScore() + 2));
            var replayed = com.leadbench.scoring.analysis.CapacityReplay.run(draft, com.leadbench.store.LeadSnapshots.columns(read),
                    new com.leadbench.store.FollowUpRepository(read).firstWins(), java.time.Instant.parse("2026-10-01T00:00:00Z"), 26);
            int sent = replayed.weeks().stream().mapToInt(com.leadbench.scoring.analysis.CapacityReplay.Week::qualified).sum();
            assertTrue(sent > 0);
            assertEquals(String.valueOf(sent), bench.get("sent"));
        }
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(db)), "the replay only reads");
        assertEquals(1, run("bench", "--open", "--replay", "--db", db.toString()));
    }

    @Test
    void accountsListsEveryAccountBestFirstAndEndsWithItsCounts() throws Exception {
        Path db = demo(300);
        assertEquals(0, run("accounts", "--db", db.toString(), "--as-of", "2026-09-30"), err::toString);
        String text = out.toString();
        var accounts = expectedAccounts(db);
        long engaged = accounts.all().stream().mapToLong(a -> a.engaged().size()).sum();
        assertTrue(accounts.mqas() > 0 && engaged > 0, "the demo has MQAs and engaged contacts");
        assertEquals(Map.of("accounts", String.valueOf(accounts.size()), "mqas", String.valueOf(accounts.mqas()),
                "engaged_contacts", String.valueOf(engaged)), lastLine(text, "accounts: "));
        List<String> rows = text.lines().filter(l -> l.matches("\\s+\\d+  .*")).toList();
        assertEquals(accounts.size(), rows.size(), text);
        assertTrue(rows.get(0).contains(accounts.all().get(0).displayName()), "best first: " + rows.get(0));
        assertTrue(text.contains("AUC of the account score "), "the backtest against won deals per account is printed: " + text);

        assertEquals(0, run("accounts", "--db", db.toString(), "--as-of", "2026-09-30", "--tier", "a"), err::toString);
        var tierA = accounts.all().stream().filter(a -> a.tier() == Tier.A).toList();
        assertTrue(!tierA.isEmpty() && tierA.size() < accounts.size());
        assertEquals(String.valueOf(tierA.size()), lastLine(out.toString(), "accounts: ").get("accounts"));
        assertEquals(String.valueOf(tierA.stream().filter(com.leadbench.scoring.account.AccountScore::mqa).count()),
                lastLine(out.toString(), "accounts: ").get("mqas"));

        assertEquals(2, run("accounts", "--db", db.toString(), "--tier", "D"));
        assertTrue(err.toString().contains("--tier takes an account tier: A, B or C (was \"D\")"), err::toString);
    }

    private static com.leadbench.scoring.account.Accounts expectedAccounts(Path db) throws Exception {
        try (Database read = Database.open(db, Database.Access.READ_ONLY)) {
            Scorecard card = new com.leadbench.store.ScorecardRepository(read).publishedScorecard().orElseThrow().scorecard();
            var leads = com.leadbench.store.LeadSnapshots.columns(read);
            var scores = com.leadbench.scoring.preview.PreviewEngine.score(com.leadbench.scoring.preview.FeatureMatrix.build(leads, card,
                    java.time.Instant.parse("2026-10-01T00:00:00Z").toEpochMilli() - 1));
            return com.leadbench.scoring.account.AccountRollup.of(leads, scores, card);
        }
    }

    @Test
    void benchAccountsTimesTheRollupAndCountsItsAccountsAndMqas() throws Exception {
        Path db = demo(120);
        assertEquals(0, run("bench", "--accounts", "--db", db.toString(), "--iterations", "2", "--as-of", "2026-09-30"), err::toString);

        assertEquals(2, out.toString().lines().filter(l -> l.startsWith("run ")).count(), out::toString);
        Map<String, String> bench = lastLine(out.toString(), "bench: accounts ");
        assertEquals(Set.of("contacts", "accounts", "rollup_ms", "mqas"), bench.keySet(), out::toString);
        try (Database read = Database.open(db, Database.Access.READ_ONLY)) {
            Scorecard card = new com.leadbench.store.ScorecardRepository(read).publishedScorecard().orElseThrow().scorecard();
            // the last run's draft: the contact cap a point higher
            Scorecard draft = card.withAccounts(card.accounts().withContactCap(card.accounts().contactCap() + 1));
            var leads = com.leadbench.store.LeadSnapshots.columns(read);
            var scores = com.leadbench.scoring.preview.PreviewEngine.score(com.leadbench.scoring.preview.FeatureMatrix.build(leads, card,
                    java.time.Instant.parse("2026-10-01T00:00:00Z").toEpochMilli() - 1));
            var accounts = com.leadbench.scoring.account.AccountRollup.of(leads, scores, draft);
            assertTrue(accounts.size() > 10, "the demo has accounts");
            assertEquals(String.valueOf(accounts.size()), bench.get("accounts"));
            assertEquals(String.valueOf(accounts.mqas()), bench.get("mqas"));
            assertEquals(String.valueOf(leads.size()), bench.get("contacts"));
        }
        assertEquals(1, run("bench", "--replay", "--accounts", "--db", db.toString()));
    }

    @Test
    void benchImportImportsTheRowsAskedForAndLeavesTheDatabaseAsItWas() throws Exception {
        Path db = demo(40);
        long activities = count(db, "SELECT count(*) FROM activity");
        byte[] bytes = Files.readAllBytes(db);
        assertEquals(0, run("bench-import", "--db", db.toString(), "--rows", "300", "--seed", "3"), err::toString);

        Map<String, String> bench = lastLine(out.toString(), "bench-import: rows=");
        assertTrue(bench.keySet().containsAll(List.of("rows", "import_ms", "sqlite3_ms", "ratio")), out::toString);
        assertEquals("300", bench.get("rows"));
        assertEquals(activities, count(db, "SELECT count(*) FROM activity"));
        assertTrue(Arrays.equals(bytes, Files.readAllBytes(db)), "the database is copied, never changed");
    }
}
