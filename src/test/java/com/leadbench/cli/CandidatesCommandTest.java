package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code candidates} on a database imported from a 200-row lead list with a conversion flag (row i = 0..199):
 * <pre>
 * Lead Source                       Google when i is even, else Referral
 * TotalVisits                       (i / 4) % 10: 20 leads of each 0..9, 5 of them won
 * Tags                              "Will revert" when i % 4 == 0, else "Ringing"
 * What is your current occupation   blank when i % 5 == 0 (40 leads), else Engineer
 * Converted                         1 when i % 4 == 0 (50 won, base rate 0.25)
 * </pre>
 * The import keeps the outcome column as a custom field too, so the flag itself is offered (and flagged).
 */
class CandidatesCommandTest {

    static final String HEADER = "kind\tsource\tvalue\tleads\twins\twin_rate\tlift\tci_low\tci_high\tleak\trule_id";
    static final String NAMED = "its name says sales fill it in after the outcome (\"tags\")";
    static final String CONVERTED = "its name says sales fill it in after the outcome (\"converted\")";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Path db;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void importLeads() throws Exception {
        db = importList(shared, "leads", i -> i % 4 == 0);
    }

    static Path importList(Path folder, String name, java.util.function.IntPredicate won) throws Exception {
        StringBuilder csv = new StringBuilder("Lead Source,TotalVisits,Tags,What is your current occupation,Converted\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2 == 0 ? "Google" : "Referral").append(',').append((i / 4) % 10).append(',')
                    .append(i % 4 == 0 ? "Will revert" : "Ringing").append(',').append(i % 5 == 0 ? "" : "Engineer").append(',')
                    .append(won.test(i) ? 1 : 0).append('\n');
        }
        Path file = Files.writeString(folder.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        Path database = folder.resolve(name + ".db");
        StringWriter log = new StringWriter();
        int code = Cli.run(new String[] {"import", "--db", database.toString(), "--generate-ids", "--outcome", "Converted", "--won", "1",
                file.toString()}, new PrintWriter(log), new PrintWriter(log), w -> { });
        assertEquals(0, code, log.toString());
        return database;
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    @Test
    void theTsvHasOneRowPerCandidateSortedByLiftAndEndsWithTheCounts() {
        assertEquals(0, run("candidates", "--db", db.toString(), "--min-support", "20"), err.toString());
        assertEquals("", err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(HEADER, lines.getFirst());
        assertEquals("candidates: rows=9 flagged=5", lines.getLast());
        List<String> rows = lines.subList(1, lines.size() - 1);
        // kind, source, value, leads, wins, win rate, lift, leak, rule id (the interval is checked below)
        List<List<String>> expected = List.of(
                List.of("value", "contact.Converted", "1", "50", "50", "1.000", "4.000", CONVERTED, "candidate-contact-converted-1"),
                List.of("value", "contact.Tags", "Will revert", "50", "50", "1.000", "4.000", NAMED, "candidate-contact-tags-will-revert"),
                List.of("value", "contact.source", "Google", "100", "50", "0.500", "2.000", "", "candidate-contact-source-google"),
                List.of("per_unit", "contact.TotalVisits", "per unit", "180", "45", "0.250", "1.000", "",
                        "candidate-contact-totalvisits-per-unit"),
                List.of("value", "contact.What is your current occupation", "Engineer", "160", "40", "0.250", "1.000", "",
                        "candidate-contact-what-is-your-current-occupation-engineer"),
                List.of("unanswered", "contact.What is your current occupation", "is empty", "40", "10", "0.250", "1.000", "",
                        "candidate-contact-what-is-your-current-occupation-is-empty"),
                List.of("value", "contact.Converted", "0", "150", "0", "0.000", "0.000", CONVERTED, "candidate-contact-converted-0"),
                List.of("value", "contact.Tags", "Ringing", "150", "0", "0.000", "0.000", NAMED, "candidate-contact-tags-ringing"),
                List.of("value", "contact.source", "Referral", "100", "0", "0.000", "0.000",
                        "looks recorded after the outcome: none of 100 leads won, where 25 wins were expected",
                        "candidate-contact-source-referral"));
        assertEquals(expected.size(), rows.size(), out.toString());
        for (int r = 0; r < rows.size(); r++) {
            List<String> c = cells(rows.get(r));
            assertEquals(11, c.size(), rows.get(r));
            assertEquals(expected.get(r), List.of(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(9),
                    c.get(10)), rows.get(r));
            double low = Double.parseDouble(c.get(7));
            double high = Double.parseDouble(c.get(8));
            double rate = Double.parseDouble(c.get(5));
            assertTrue(low <= rate && rate <= high && c.get(7).matches("\\d\\.\\d{3}"), rows.get(r));
        }
        // 50 of 50: Wilson (1 + 1.92/50 ... ) gives 0.929 to 1
        assertEquals(List.of("0.929", "1.000"), cells(rows.getFirst()).subList(7, 9));
    }

    @Test
    void withOutTheTsvGoesToTheFileAndOnlyTheCountsToStandardOutput() throws Exception {
        assertEquals(0, run("candidates", "--db", db.toString(), "--min-support", "20"));
        String tsv = out.toString().substring(0, out.toString().lastIndexOf("candidates: rows="));
        Path file = dir.resolve("candidates.tsv");
        assertEquals(0, run("candidates", "--db", db.toString(), "--min-support", "20", "--out", file.toString()), err.toString());
        assertEquals(tsv, Files.readString(file, StandardCharsets.UTF_8));
        List<String> lines = out.toString().lines().toList();
        assertEquals("candidates: rows=9 flagged=5", lines.getLast());
        assertFalse(out.toString().contains(HEADER), out.toString());
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedAndNothingIsLeftBehind() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("c.tsv");
        assertEquals(1, run("candidates", "--db", db.toString(), "--out", missing.toString()));
        assertTrue(err.toString().startsWith("candidates: cannot write c.tsv into ") && err.toString().contains("the folder does not exist"),
                err.toString());
        assertFalse(Files.exists(missing));
    }

    @Test
    void theDefaultSupportOf30LeavesOutSmallerCandidates() {
        assertEquals(0, run("candidates", "--db", db.toString()), err.toString());
        // nothing here has fewer than 30 leads: the same rows as at 20
        assertTrue(out.toString().lines().toList().getLast().matches("candidates: rows=9 flagged=5"), out.toString());
        assertEquals(0, run("candidates", "--db", db.toString(), "--min-support", "41"), err.toString());
        assertEquals("candidates: rows=8 flagged=5", out.toString().lines().toList().getLast(), "the 40 unanswered are too few");
    }

    @Test
    void withoutAWonLeadTheCommandRefusesAndNamesTheCounts() throws Exception {
        Path none = importList(dir, "none-won", i -> false);
        Path file = dir.resolve("c.tsv");
        assertEquals(1, run("candidates", "--db", none.toString(), "--out", file.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("candidates: ") && message.contains("no lead was won (200 leads, 0 won, 0 accepted)"), message);
        assertEquals("", out.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void aSupportBelowOneIsAUsageError() {
        assertEquals(2, run("candidates", "--db", db.toString(), "--min-support", "0"));
        assertTrue(err.toString().contains("--min-support must be 1 or more"), err.toString());
    }

    @Test
    void itHasHelpAndIsListed() {
        assertEquals(0, run("candidates", "--help"));
        assertTrue(out.toString().contains("--min-support") && out.toString().contains("--out") && out.toString().contains("rule_id"),
                out.toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("candidates"), out.toString());
    }

    /** Activities count inside the published scorecard's window, as in the Candidate rules tab: a shorter window, fewer leads. */
    @Test
    void activitiesCountInsideThePublishedScorecardsWindow(@TempDir Path dir) throws Exception {
        Path demo = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", demo.toString(), "--contacts", "400", "--seed", "3", "--end-date", "2026-10-01"));
        int wide = downloadLeads(demo);
        Path card = dir.resolve("week.json");
        Files.writeString(card, com.leadbench.format.ScorecardJson.write(com.leadbench.format.ScorecardJson.defaultPreset().withWindowDays(7)));
        assertEquals(0, run("publish", "--db", demo.toString(), "--scorecard", card.toString(), "--note", "a week"), err.toString());
        int narrow = downloadLeads(demo);
        assertTrue(narrow < wide, "a 7-day window counts fewer downloaders than 90 days: " + narrow + " vs " + wide);
    }

    /** The leads of the "Download" activity candidate. */
    private int downloadLeads(Path database) {
        assertEquals(0, run("candidates", "--db", database.toString(), "--as-of", "2026-10-01", "--min-support", "5"), err.toString());
        return out.toString().lines().map(CandidatesCommandTest::cells)
                .filter(c -> c.size() > 3 && c.get(0).equals("activity") && c.get(2).equals("Download"))
                .mapToInt(c -> Integer.parseInt(c.get(3))).findFirst()
                .orElseThrow(() -> new AssertionError("no Download candidate in\n" + out));
    }
}
