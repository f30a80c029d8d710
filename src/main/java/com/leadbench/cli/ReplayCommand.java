package com.leadbench.cli;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.CapacityReplay;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.workflow.StartingPoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code replay}: the published scorecard and a draft replayed as if live over the last weeks, against each queue's capacity. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replays the published scorecard, and the draft given with --scorecard, as if each had been live over the"
                + " last --weeks weeks: new MQLs and SQLs each week, the leads each queue would have received against its weekly"
                + " capacity (routing.weeklyCapacity in the scorecard), and how many of the leads won in the period each would"
                + " have qualified, and how early. See docs/replay.md.",
                "Ends with: replay: weeks=W published_mqls_per_week=X draft_mqls_per_week=Y over_capacity_weeks=Z"
                        + " (the draft's weeks with a queue over capacity; without --scorecard the draft is the published scorecard)"})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--scorecard", paramLabel = "DRAFT.json", description = "the draft to replay beside the published scorecard")
    Path draftFile;

    @Option(names = "--weeks", paramLabel = "W", defaultValue = "26", description = "how many weeks back (default: ${DEFAULT-VALUE})")
    int weeks;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the last day of the period (UTC; default: today)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        if (weeks < 1 || weeks > 520) {
            throw new ParameterException(spec.commandLine(), "--weeks takes a number of weeks from 1 to 520, e.g. 26");
        }
        Instant to = CapacityReplay.endOf(asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf);
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Databases.openReadOnly(database)) {
            LeadColumns leads = OutcomeInputs.leads(db);
            Optional<PublishedScorecard> published = Databases.published(db);
            Scorecard live = published.map(PublishedScorecard::scorecard).orElseGet(() -> StartingPoints.general(leads, to));
            String liveName = published.map(p -> "version " + p.number()).orElse("the general B2B preset (nothing is published)");
            Scorecard draft = draftFile == null ? live : ScoreCommand.readScorecard(draftFile);
            Map<Long, Instant> won = new FollowUpRepository(db).firstWins();

            FollowUpRepository followUps = new FollowUpRepository(db);
            var pace = com.leadbench.scoring.analysis.TeamPace.observed(followUps.firstContactTimes(),
                    to.minus(java.time.Duration.ofDays(7L * weeks)), to, live.deadlines());
            CapacityReplay.Result before = CapacityReplay.run(live, leads, won, to, weeks, pace);
            CapacityReplay.Result after = draftFile == null ? before : CapacityReplay.run(draft, leads, won, to, weeks, pace);

            out.printf(Locale.ROOT, "Replay of %,d leads over the %d weeks from %s to %s: published = %s, draft = %s%n", leads.size(), weeks,
                    day(before.from()), day(to.minusMillis(1)), liveName, draftFile == null ? "the same" : draftFile.getFileName());
            printWeeks(out, before, after);
            printQueues(out, after);
            printWon(out, before, after);
            printInTime(out, before, after);
            out.printf(Locale.ROOT, "replay: weeks=%d published_mqls_per_week=%.1f draft_mqls_per_week=%.1f over_capacity_weeks=%d%n",
                    weeks, before.mqlsPerWeek(), after.mqlsPerWeek(), after.overCapacityWeeks());
            out.flush();
        }
        return 0;
    }

    private static void printWeeks(PrintWriter out, CapacityReplay.Result before, CapacityReplay.Result after) {
        out.println();
        out.printf(Locale.ROOT, "%-10s  %22s  %22s%n", "", "------ published -----", "-------- draft -------");
        out.printf(Locale.ROOT, "%-10s  %6s %6s %8s  %6s %6s %8s %7s  %s%n", "week of", "MQLs", "SQLs", "to sales", "MQLs", "SQLs", "to sales",
                "in time", "over capacity (draft): queue received/capacity");
        for (int w = 0; w < after.weeks().size(); w++) {
            CapacityReplay.Week p = before.weeks().get(w);
            CapacityReplay.Week d = after.weeks().get(w);
            StringBuilder over = new StringBuilder();
            for (String queue : d.overCapacity()) {
                over.append(over.isEmpty() ? "" : "; ").append(queue).append(' ').append(d.byQueue().get(queue)).append('/')
                        .append(after.capacity().get(queue));
            }
            out.printf(Locale.ROOT, "%-10s  %6d %6d %8d  %6d %6d %8d %7s  %s%n", d.starts(), p.mqls(), p.sqls(), p.qualified(), d.mqls(), d.sqls(),
                    d.qualified(), d.inTime() == null ? "-" : d.inTime().toString(), over);
        }
        out.printf(Locale.ROOT, "%-10s  %6.1f %6.1f %8s  %6.1f %6.1f %8s%n", "per week", before.mqlsPerWeek(), before.sqlsPerWeek(), "",
                after.mqlsPerWeek(), after.sqlsPerWeek(), "");
    }

    /** The draft's leads per queue: agreed capacity, average and busiest week, weeks over. */
    private static void printQueues(PrintWriter out, CapacityReplay.Result r) {
        TreeSet<String> queues = new TreeSet<>(r.capacity().keySet());
        r.weeks().forEach(w -> queues.addAll(w.byQueue().keySet()));
        out.println();
        if (queues.isEmpty()) {
            out.println("No lead would have been sent to sales in the period.");
            return;
        }
        out.printf(Locale.ROOT, "%-40s %11s %9s %9s %10s%n", "queue (draft)", "capacity", "per week", "busiest", "weeks over");
        for (String queue : queues) {
            Integer capacity = r.capacity().get(queue);
            int[] received = r.weeks().stream().mapToInt(w -> w.byQueue().getOrDefault(queue, 0)).toArray();
            double average = java.util.Arrays.stream(received).average().orElse(0);
            int busiest = java.util.Arrays.stream(received).max().orElse(0);
            long over = capacity == null ? 0 : java.util.Arrays.stream(received).filter(n -> n > capacity).count();
            out.printf(Locale.ROOT, "%-40s %11s %9.1f %9d %10s%n", BacktestCommand.cut(queue, 40), capacity == null ? "none agreed" : capacity,
                    average, busiest, capacity == null ? "-" : Long.toString(over));
        }
    }

    private static void printWon(PrintWriter out, CapacityReplay.Result before, CapacityReplay.Result after) {
        out.println();
        CapacityReplay.Won p = before.won();
        if (p.dated() == 0) {
            out.println("No lead was won in the period with a date on the win: nothing to say how early either scorecard would have qualified them.");
            return;
        }
        out.printf(Locale.ROOT, "Of the %,d leads won in the period, the published scorecard would have qualified %,d%s; the draft %,d%s.%n",
                p.dated(), p.qualified(), early(p), after.won().qualified(), early(after.won()));
    }

    /** Who the team would have reached by the deadline, at the pace it kept in the period. */
    private static void printInTime(PrintWriter out, CapacityReplay.Result before, CapacityReplay.Result after) {
        if (before.pace().isEmpty()) {
            out.println("No first contact is recorded in the period: the team's pace, and who it would have reached within the deadline, is unknown.");
            return;
        }
        var pace = before.pace().get();
        out.printf(Locale.ROOT, "At the team's observed pace (%,d first contacts over %d business days: %.1f a day), the published scorecard's"
                + " leads would have been contacted within their deadline %s of the time; the draft's %s.%n", pace.firstContacts(),
                pace.businessDays(), pace.perBusinessDay(), share(before), share(after));
    }

    private static String share(CapacityReplay.Result r) {
        return r.inTimeShare().map(x -> String.format(Locale.ROOT, "%.0f%%", 100 * x)).orElse("(none sent)");
    }

    private static String early(CapacityReplay.Won w) {
        return w.medianDaysEarly().map(d -> String.format(Locale.ROOT, " (median %.1f days before the win)", d)).orElse("");
    }

    private static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
