package com.leadbench.cli;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Backtest;
import com.leadbench.scoring.analysis.BacktestReport;
import com.leadbench.scoring.analysis.Calibration;
import com.leadbench.scoring.analysis.Suggestion;
import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code calibrate}: suggests points for a scorecard's rules from the outcomes sales reported. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Learns points for the scorecard's rules from won leads (logistic regression on a seeded 70/30 split,"
                + " see docs/calibration.md) and writes the suggested scorecard.",
                "Thresholds stay; the points are scaled so the suggestion makes about as many MQLs as the published scorecard.",
                "Ends with: calibrate: auc_current=X auc_suggested=Y (held-out AUC; on standard error when the scorecard goes to standard output)."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--scorecard", paramLabel = "FILE.json", description = "the draft whose rules to price (default: the published scorecard)")
    Path scorecardFile;

    @Option(names = "--out", paramLabel = "FILE.json", description = "write the suggested scorecard here (default: standard output)")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "seed of the train/validation split (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the end of this day (UTC) is now for leads without outcomes; default: now")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        long now = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        try (Database db = Databases.openReadOnly(database)) {
            OutcomeInputs in = OutcomeInputs.load(db, now);
            Scorecard draft = scorecardFile == null ? in.published() : ScoreCommand.readScorecard(scorecardFile);
            if (in.unpublished()) {
                // the learned points are for the general preset's rules; publishing them is the manager's choice
                ScorecardNotices.printNothingPublished(spec.commandLine().getErr(), db.file());
            }
            Suggestion s;
            try {
                s = Calibration.suggest(in.leads(), in.published(), draft, in.outcomes(), now, seed);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(e.getMessage(), e);
            }
            String json = ScorecardJson.write(s.suggested());
            PrintWriter report = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(json.endsWith("\n") ? json : json + "\n");
                stdout.flush();
            } else {
                try {
                    Files.writeString(out, json, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CliFailure("cannot write " + out + ": " + e.getMessage(), e);
                }
            }
            int width = Math.min(52, Math.max(4, s.rules().stream().mapToInt(r -> r.label().length()).max().orElse(4)));
            report.printf(Locale.ROOT, "Points for \"%s\" learned from %,d won of %,d leads (%s; current: %s)%n", draft.name(),
                    in.outcomes().wins(), in.leads().size(), scorecardFile == null ? "draft: the published scorecard"
                            : "draft: " + scorecardFile.getFileName(), in.publishedOrigin());
            report.printf(Locale.ROOT, "%-" + width + "s %8s %10s %12s%n", "rule", "current", "suggested", "coefficient");
            for (Suggestion.RuleSuggestion r : s.rules()) {
                report.printf(Locale.ROOT, "%-" + width + "s %8s %10s %12s%n", BacktestCommand.cut(r.label(), width),
                        Points.format(r.currentPoints()), Points.format(r.suggestedPoints()),
                        Double.isNaN(r.coefficient()) ? "-" : String.format(Locale.ROOT, "%.3f", r.coefficient()));
            }
            report.printf(Locale.ROOT, "Held-out AUC: current %.3f, draft %.3f, suggested %.3f (train %,d leads, validation %,d, seed %d)%n",
                    s.aucCurrent(), s.aucDraft(), s.aucSuggested(), s.trainSize(), s.validationSize(), seed);
            long[] at = Backtest.attributionTimes(in.outcomes(), now);
            FeatureMatrix matrix = FeatureMatrix.build(in.leads(), in.published(), at);
            FeatureMatrix suggestedMatrix = matrix.adapt(s.suggested());
            BacktestReport before = Backtest.run(matrix, in.outcomes());
            BacktestReport after = Backtest.run(suggestedMatrix, in.outcomes());
            report.printf(Locale.ROOT, "MQL or better over all leads (thresholds kept): current %,d leads, precision %.3f, recall %.3f;"
                            + " suggested %,d leads, precision %.3f, recall %.3f%n", mqls(matrix), before.precision(), before.recall(),
                    mqls(suggestedMatrix), after.precision(), after.recall());
            for (String warning : s.warnings()) {
                report.printf("warning: %s%n", warning);
            }
            if (out != null) {
                report.printf("Wrote the suggested scorecard to %s%n", out);
            }
            report.printf(Locale.ROOT, "calibrate: auc_current=%.3f auc_suggested=%.3f%n", s.aucCurrent(), s.aucSuggested());
            report.flush();
        }
        return 0;
    }

    /** Leads at stage MQL or SQL. */
    private static int mqls(FeatureMatrix matrix) {
        int[] stages = PreviewEngine.score(matrix).stageCounts();
        return stages[LifecycleStage.MQL.ordinal()] + stages[LifecycleStage.SQL.ordinal()];
    }
}
