package com.leadbench.cli;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.SqlRescoring;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times a full rescoring of every contact (scores, tiers and the transition matrix)
 * on the preview engine against the same rescoring as one SQL aggregation inside SQLite.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times full rescoring on the preview engine against the same rescoring as SQL inside SQLite.",
                "Ends with: bench: contacts=N activities=M preview_ms=X sql_ms=Y ratio=Z (medians, ratio = sql/preview).",
                "With --open: times what the window does before its leads table shows a row, phase by phase;",
                "ends with: bench: open contacts=N first_ms=F open_ms=X database_ms=A columns_ms=B scores_ms=C rows_ms=D snapshot=yes|no"
                        + " (first run, then medians of the rest).",
                "With --incremental: on a copy, times importing " + IncrementalBench.IMPORTED + " new contacts, a merge and its undo"
                        + " (each with the leads brought up to date and the table's rows), the Hot leads queue and the dashboard's figures;",
                "ends with: bench: incremental contacts=N import_ms=I merge_ms=M undo_ms=U hot_leads_ms=H dashboard_ms=D reread=R (medians).",
                "With --replay: times the capacity replay of the Replay tab (26 weeks ending with --as-of, the published scorecard with"
                        + " its thresholds moved by a point per run, as a draft edit);",
                "ends with: bench: replay contacts=N weeks=W replay_ms=X sent=S (median; S = leads sent in the last run).",
                "With --accounts: times the account rollup of the published scores (the contact cap moved by a point per run);",
                "ends with: bench: accounts contacts=N accounts=A rollup_ms=X mqas=M (median; A and M of the last run)."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--iterations", paramLabel = "N", description = "timed preview rescorings after warm-up (default: 50), or opens with --open (default: 3)")
    Integer iterations;

    @Option(names = "--sql-iterations", paramLabel = "N", defaultValue = "3", description = "timed SQL rescorings (default: ${DEFAULT-VALUE})")
    int sqlIterations;

    @Option(names = "--open", description = "time opening the database for the window (database, columns, scores, table rows) "
            + "instead of rescoring; --iterations runs (default 3 with --open)")
    boolean open;

    @Option(names = "--incremental", description = "time what the window does after a change, on a copy of the database: "
            + "an import, a merge, its undo, the Hot leads queue, the dashboard; --iterations runs (default 3)")
    boolean incremental;

    @Option(names = "--replay", description = "time the capacity replay (26 weeks) instead of rescoring; --iterations runs (default 3)")
    boolean replay;

    @Option(names = "--accounts", description = "time the account rollup (every lead's published score rolled up to its account, as"
            + " the Accounts tab and each Tuning preview do) instead of rescoring; --iterations runs (default 5)")
    boolean accounts;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "score as at the end of this day (default: now)")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        int iterations = this.iterations != null ? this.iterations : accounts ? 5 : open || incremental || replay ? 3 : 50;
        if (iterations < 1 || sqlIterations < 1) {
            throw new CliFailure("--iterations and --sql-iterations must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        if ((open ? 1 : 0) + (incremental ? 1 : 0) + (replay ? 1 : 0) + (accounts ? 1 : 0) > 1) {
            throw new CliFailure("--open, --incremental, --replay and --accounts are different benchmarks: run one at a time");
        }
        if (accounts) {
            accounts(iterations, out);
            return 0;
        }
        if (replay) {
            replay(iterations, out);
            return 0;
        }
        if (open) {
            OpenBench.run(database, iterations, out);
            return 0;
        }
        if (incremental) {
            try (Database checked = Databases.openReadOnly(database)) {
                // a Leadbench database at this schema: the copy the benchmark changes is then one too
            }
            IncrementalBench.run(database, iterations, out);
            return 0;
        }
        long asOf = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        try (Database db = Databases.openReadOnly(database)) {
            long t0 = System.nanoTime();
            LeadColumns leads = LeadSnapshots.columns(db);
            double loadMs = ms(t0);
            if (leads.size() == 0) {
                throw new CliFailure(db.file() + " holds no contacts; write a demo first (leadbench demo --db FILE --contacts 100000)");
            }
            Scorecard card = Databases.published(db).map(PublishedScorecard::scorecard)
                    .orElseGet(ScorecardJson::defaultPreset);

            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            t0 = System.nanoTime();
            FeatureMatrix matrix = FeatureMatrix.build(leads, card, asOf);
            double buildMs = ms(t0);
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            PreviewScores published = PreviewEngine.score(matrix);

            // a threshold edit per iteration, as a slider drag produces them
            IntFunction<Scorecard> draft = k -> card.withThresholds(t -> t.withTierMin(Tier.B,
                    t.b().minScore() + ((k % 11) - 5)));
            int checksum = 0;
            for (int k = 0; k < Math.max(20, iterations / 2); k++) {
                checksum += PreviewEngine.preview(matrix, draft.apply(k), published).transitions().moved();
            }
            double[] preview = new double[iterations];
            for (int k = 0; k < iterations; k++) {
                long s = System.nanoTime();
                checksum += PreviewEngine.preview(matrix, draft.apply(k), published).transitions().moved();
                preview[k] = ms(s);
            }

            // a matching edit: one activity rule's window changes, so its column is rebuilt from the activity columns
            double[] rebuild = new double[Math.max(3, Math.min(iterations, 15))];
            // (the first rule over activities, as before form keywords were a kind of their own: in the preset, a fit rule)
            Rule target = card.rules().stream().filter(r -> r instanceof ActivityBased).findFirst().orElseThrow();
            for (int k = 0; k < rebuild.length; k++) {
                ActivityBased edited = ((ActivityBased) target).withWindowDays(30 + k);
                long s = System.nanoTime();
                checksum += PreviewEngine.preview(matrix, card.withRule(edited), published).transitions().moved();
                rebuild[k] = ms(s);
            }

            SqlRescoring sql = new SqlRescoring(db);
            sql.rescore(card, asOf);
            double[] sqlMs = new double[sqlIterations];
            for (int k = 0; k < sqlIterations; k++) {
                long s = System.nanoTime();
                checksum += sql.rescore(draft.apply(k), asOf).contacts();
                sqlMs[k] = ms(s);
            }
            double previewMedian = median(preview);
            double sqlMedian = median(sqlMs);
            out.printf("load: %d contacts, %d activities, %d activity signatures in %.0f ms%n",
                    leads.size(), leads.activityCount(), leads.signatureCount(), loadMs);
            out.printf("aggregates: %d rules -> %d columns, built in %.0f ms, %.1f MB (heap grew %.1f MB; activity columns %.1f MB)%n",
                    card.rules().size(), matrix.columnCount(), buildMs, matrix.bytes() / 1e6, (heapAfter - heapBefore) / 1e6,
                    leads.activityBytes() / 1e6);
            out.printf("preview: median %.2f ms, p90 %.2f ms over %d threshold edits (scores, tiers and transition matrix)%n",
                    previewMedian, percentile(preview, 0.9), iterations);
            out.printf("rebuild: median %.1f ms for a window edit that recomputes one rule's column%n", median(rebuild));
            out.printf("sql: median %.0f ms over %d runs (checksum %d)%n", sqlMedian, sqlIterations, checksum);
            out.printf("bench: contacts=%d activities=%d preview_ms=%.2f sql_ms=%.0f ratio=%.0f%n",
                    leads.size(), leads.activityCount(), previewMedian, sqlMedian, sqlMedian / previewMedian);
            out.flush();
        }
        return 0;
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /**
     * {@code bench --accounts}: the account rollup of the published scores, {@code runs} times, each with the
     * contact cap a point higher (a draft edit, as in Tuning); the leads are scored once, before timing.
     */
    private void accounts(int runs, PrintWriter out) throws CliFailure {
        long asOf = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        try (Database db = Databases.openReadOnly(database)) {
            LeadColumns leads = OutcomeInputs.leads(db);
            Scorecard card = Databases.published(db).map(PublishedScorecard::scorecard).orElseGet(ScorecardJson::defaultPreset);
            com.leadbench.scoring.preview.PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(leads, card, asOf));
            double[] times = new double[runs];
            com.leadbench.scoring.account.Accounts last = null;
            for (int k = 0; k < runs; k++) {
                Scorecard draft = card.withAccounts(card.accounts().withContactCap(card.accounts().contactCap() + k));
                long t0 = System.nanoTime();
                last = com.leadbench.scoring.account.AccountRollup.of(leads, scores, draft);
                times[k] = ms(t0);
                out.printf(Locale.ROOT, "run %d: %,d leads rolled up to %,d accounts in %.0f ms (%,d MQAs)%n", k + 1, leads.size(), last.size(),
                        times[k], last.mqas());
            }
            out.printf(Locale.ROOT, "bench: accounts contacts=%d accounts=%d rollup_ms=%.0f mqas=%d%n", leads.size(), last.size(), median(times),
                    last.mqas());
            out.flush();
        }
    }

    /** {@code bench --replay}: the Replay tab's replay after a draft edit, {@code runs} times, each with the thresholds a point higher. */
    private void replay(int runs, PrintWriter out) throws CliFailure {
        Instant to = com.leadbench.scoring.analysis.CapacityReplay.endOf(
                asOfDate == null ? java.time.LocalDate.now(java.time.ZoneOffset.UTC) : asOfDate);
        try (Database db = Databases.openReadOnly(database)) {
            LeadColumns leads = OutcomeInputs.leads(db);
            Scorecard card = Databases.published(db).map(PublishedScorecard::scorecard).orElseGet(ScorecardJson::defaultPreset);
            java.util.Map<Long, Instant> won = new com.leadbench.store.FollowUpRepository(db).firstWins();
            double[] times = new double[runs];
            int sent = 0;
            for (int k = 0; k < runs; k++) {
                int shift = k + 1;
                Scorecard draft = card.withThresholds(t -> t.withTierMin(Tier.A, t.a().minScore() + shift)
                        .withTierMin(Tier.B, t.b().minScore() + shift).withTierMin(Tier.C, t.c().minScore() + shift));
                long t0 = System.nanoTime();
                com.leadbench.scoring.analysis.CapacityReplay.Result r = com.leadbench.scoring.analysis.CapacityReplay.run(draft, leads, won, to,
                        com.leadbench.scoring.analysis.CapacityReplay.WEEKS);
                times[k] = ms(t0);
                sent = r.weeks().stream().mapToInt(com.leadbench.scoring.analysis.CapacityReplay.Week::qualified).sum();
                out.printf(Locale.ROOT, "run %d: replay of %,d leads over %d weeks in %.0f ms (%,d sent)%n", k + 1, leads.size(),
                        com.leadbench.scoring.analysis.CapacityReplay.WEEKS, times[k], sent);
            }
            out.printf(Locale.ROOT, "bench: replay contacts=%d weeks=%d replay_ms=%.0f sent=%d%n", leads.size(),
                    com.leadbench.scoring.analysis.CapacityReplay.WEEKS, median(times), sent);
            out.flush();
        }
    }

    static double median(double[] values) {
        return percentile(values, 0.5);
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (p == 0.5 && n % 2 == 0) {
            return (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
        return sorted[Math.min(n - 1, (int) Math.floor(p * n))];
    }
}
