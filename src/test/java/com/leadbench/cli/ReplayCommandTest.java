package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} on a 300-contact demo database: its weekly table, its last line and what capacity does to it. */
class ReplayCommandTest {

    private static final Pattern LAST = Pattern.compile(
            "replay: weeks=(\\d+) published_mqls_per_week=(\\d+\\.\\d) draft_mqls_per_week=(\\d+\\.\\d) over_capacity_weeks=(\\d+)");
    /** A week's row: its date, then published MQLs, SQLs, to sales, then the draft's, how many of those in time, the queues over. */
    private static final Pattern WEEK = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+|-)\\s*(.*)");

    @TempDir
    static Path shared;

    static Path demo;
    static Scorecard published;

    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void writeDemo() throws Exception {
        demo = shared.resolve("demo.db");
        assertEquals(0, Cli.run(new String[] {"demo", "--db", demo.toString(), "--contacts", "300", "--seed", "9", "--end-date", "2026-10-31"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), w -> { }));
        try (Database db = Databases.openReadOnly(demo)) {
            published = Databases.published(db).orElseThrow().scorecard();
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private Matcher last() {
        List<String> lines = out.toString().strip().lines().toList();
        Matcher m = LAST.matcher(lines.getLast());
        assertTrue(m.matches(), lines.getLast());
        return m;
    }

    private List<Matcher> weeks() {
        return out.toString().lines().map(WEEK::matcher).filter(Matcher::matches).toList();
    }

    private Path draft(String name, Scorecard card) throws Exception {
        Path file = shared.resolve(name + ".json");
        Files.writeString(file, ScorecardJson.write(card));
        return file;
    }

    @Test
    void withoutADraftBothSidesAreThePublishedScorecard() {
        assertEquals(0, run("replay", "--db", demo.toString(), "--weeks", "12", "--as-of", "2026-10-31"), err.toString());
        Matcher m = last();
        assertEquals("12", m.group(1));
        assertEquals(m.group(2), m.group(3));
        assertEquals("0", m.group(4), "the demo's scorecard agrees no capacity");
        List<Matcher> weeks = weeks();
        assertEquals(12, weeks.size());
        assertEquals("2026-08-09", weeks.getFirst().group(1), "twelve weeks back from the end of 2026-10-31");
        int mqls = 0;
        for (Matcher w : weeks) {
            assertEquals(w.group(2) + w.group(3) + w.group(4), w.group(5) + w.group(6) + w.group(7));
            mqls += Integer.parseInt(w.group(2));
        }
        assertTrue(mqls > 0, "the demo qualifies leads every few days");
        int sent = 0;
        int inTime = 0;
        for (Matcher w : weeks) {
            assertTrue(Integer.parseInt(w.group(8)) <= Integer.parseInt(w.group(7)), "no more in time than sent: " + w.group());
            sent += Integer.parseInt(w.group(7));
            inTime += Integer.parseInt(w.group(8));
        }
        assertTrue(out.toString().contains(String.format(java.util.Locale.ROOT, "within their deadline %.0f%% of the time", 100.0 * inTime / sent)),
                out::toString);
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", mqls / 12.0), m.group(2), "the per-week figure is the table's average");
    }

    @Test
    void aQueueWithNoRoomIsOverCapacityInEveryWeekItReceivesALead() throws Exception {
        Routing routing = published.routing();
        for (String queue : routing.queues()) {
            routing = routing.withWeeklyCapacity(queue, 0);
        }
        // account managers are queues too: a customer's lead goes to them, not over a capacity of the routing's own queues
        Path full = draft("no-room", published.withRouting(routing));
        assertEquals(0, run("replay", "--db", demo.toString(), "--weeks", "12", "--as-of", "2026-10-31", "--scorecard", full.toString()),
                err.toString());
        long expected = weeks().stream().filter(w -> !w.group(9).isBlank()).count();
        assertTrue(expected > 0);
        assertEquals(Long.toString(expected), last().group(4));
        for (Matcher w : weeks()) {
            if (!w.group(9).isBlank()) {
                assertTrue(w.group(9).matches("(.+ \\d+/0)(; .+ \\d+/0)*"), w.group(9));
            }
        }

        Path roomy = draft("roomy", published.withRouting(published.routing().withWeeklyCapacity(published.routing().defaultQueue(), 10_000)));
        assertEquals(0, run("replay", "--db", demo.toString(), "--weeks", "12", "--as-of", "2026-10-31", "--scorecard", roomy.toString()));
        assertEquals("0", last().group(4));
    }

    @Test
    void aStricterDraftSendsFewerMqls() throws Exception {
        Path strict = draft("strict", published.withThresholds(t -> t.withTierMin(Tier.A, t.a().minScore() + 40)
                .withTierMin(Tier.B, t.b().minScore() + 40).withTierMin(Tier.C, t.c().minScore() + 40)));
        assertEquals(0, run("replay", "--db", demo.toString(), "--weeks", "12", "--as-of", "2026-10-31", "--scorecard", strict.toString()),
                err.toString());
        Matcher m = last();
        assertTrue(Double.parseDouble(m.group(3)) < Double.parseDouble(m.group(2)), m.group());
    }

    @Test
    void aReplayNeedsWeeksAndLeads() throws Exception {
        assertEquals(2, run("replay", "--db", demo.toString(), "--weeks", "0"));
        assertTrue(err.toString().contains("--weeks takes a number of weeks from 1 to 520"), err.toString());
        Path empty = shared.resolve("empty.db");
        Database.open(empty).close();
        assertEquals(1, run("replay", "--db", empty.toString()));
        assertTrue(err.toString().contains("holds no contacts"), err.toString());
    }
}
