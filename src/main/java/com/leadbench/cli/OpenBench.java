package com.leadbench.cli;

import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.workflow.StartingPoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --open}: the work the window does before its leads table can show a row, phase by
 * phase, without JavaFX: open the database, load every lead's columns (from the snapshot beside
 * it and the change log, when there is one), score them with the published scorecard as of now,
 * and read what the table's rows join (summaries, current stages, tier overrides). Read-only: the
 * stage changes the window would record are not written. The window itself skips the scoring
 * when the scores kept from its last run are current (ADR 0013) and scores after the rows are shown. Each run opens the file afresh in this JVM; the first
 * is reported apart ({@code first_ms}, cold code as in a window's start), the rest as medians.
 */
final class OpenBench {

    /** One run's phases, in milliseconds. */
    record Phases(double database, double columns, double scores, double rows) {
        double total() {
            return database + columns + scores + rows;
        }
    }

    private OpenBench() {
    }

    static void run(Path file, int runs, PrintWriter out) throws CliFailure {
        double[][] phases = new double[5][runs];
        int contacts = 0;
        boolean snapshot = true;
        for (int k = 0; k < runs; k++) {
            Result r = once(file);
            contacts = r.contacts();
            // the first open of a database without a snapshot reads every row and leaves one; the figure says whether the warm ones used it
            if ((k > 0 || runs == 1) && !r.fromSnapshot()) {
                snapshot = false;
            }
            Phases p = r.phases();
            double[] values = {p.database(), p.columns(), p.scores(), p.rows(), p.total()};
            for (int i = 0; i < values.length; i++) {
                phases[i][k] = values[i];
            }
            out.printf("open %d: database %.0f ms, columns %.0f ms (%s), scores %.0f ms, table rows %.0f ms, total %.0f ms%n",
                    k + 1, p.database(), p.columns(), r.fromSnapshot() ? "from the snapshot" : "every row read", p.scores(), p.rows(), p.total());
        }
        // the first open pays for loading and compiling the code, as a window's start does; the rest are the warm figure
        int from = runs > 1 ? 1 : 0;
        out.printf("bench: open contacts=%d first_ms=%.0f open_ms=%.0f database_ms=%.0f columns_ms=%.0f scores_ms=%.0f rows_ms=%.0f snapshot=%s%n",
                contacts, phases[4][0], warm(phases[4], from), warm(phases[0], from), warm(phases[1], from), warm(phases[2], from),
                warm(phases[3], from), snapshot ? "yes" : "no");
        out.flush();
    }

    private static double warm(double[] values, int from) {
        return BenchCommand.median(java.util.Arrays.copyOfRange(values, from, values.length));
    }

    private record Result(int contacts, boolean fromSnapshot, Phases phases) {
    }

    private static Result once(Path file) throws CliFailure {
        long t0 = System.nanoTime();
        try (Database db = Databases.openReadOnly(file)) {
            double database = BenchCommand.ms(t0);
            t0 = System.nanoTime();
            LeadSnapshots.Opened opened;
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                opened = snapshots.open();
            }
            LeadColumns columns = opened.columns();
            double load = BenchCommand.ms(t0);
            if (columns.size() == 0) {
                throw new CliFailure(db.file() + " holds no contacts; write a demo first (leadbench demo --db FILE --contacts 100000)");
            }
            t0 = System.nanoTime();
            Instant now = Instant.now();
            Scorecard card = Databases.published(db).map(PublishedScorecard::scorecard)
                    .orElseGet(() -> StartingPoints.unpublished(columns, now).scorecard());
            PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(columns, card, now.toEpochMilli()));
            double scoring = BenchCommand.ms(t0);
            t0 = System.nanoTime();
            // as the Leads screen joins them: the summaries from the columns in memory, the stages and overrides from the database
            List<LeadSummary> summaries = columns.summaries();
            Map<Long, LifecycleStage> stages = new StageTransitionRepository(db).currentStages();
            Map<Long, TierOverride> overrides = new LeadDecisionRepository(db).overrides();
            double rows = BenchCommand.ms(t0);
            if (summaries.size() != columns.size() || scores.size() != columns.size() || stages.size() > summaries.size()
                    || overrides.size() > summaries.size()) {
                throw new IllegalStateException("the table rows do not match the leads: " + summaries.size() + " rows, " + columns.size() + " leads");
            }
            return new Result(columns.size(), opened.fromSnapshot(), new Phases(database, load, scoring, rows));
        }
    }
}
