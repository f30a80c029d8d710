package com.leadbench.cli;

import com.leadbench.format.ScorecardJson;
import com.leadbench.handoff.WholeFile;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.LearnReport;
import com.leadbench.scoring.analysis.Learner;
import com.leadbench.scoring.analysis.NotEnoughOutcomesException;
import com.leadbench.scoring.start.DataProfile;
import com.leadbench.scoring.start.GeneralPreset;
import com.leadbench.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code learn}: a scorecard learned from the database's own outcomes, with its held-out figures. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Learns a scorecard from the leads sales won: candidate rules for every field and activity, a regularised"
                + " logistic regression measured on a seeded held-out share, refitted on all the leads, rounded to whole points,"
                + " with tier thresholds from target shares (method: docs/calibration.md).",
                "Refuses with fewer than 30 won or 30 not-won leads. Nothing is published: publish the file with"
                + " leadbench publish --db FILE --scorecard FILE.json --note TEXT.",
                "Ends with: learn: rules=N auc_holdout=X top35_capture=Y quartile_lift=Z"})
public final class LearnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "write the learned scorecard here")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "seed of the held-out split (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--holdout", paramLabel = "SHARE", defaultValue = "0.3",
            description = "share of the leads held out to measure the scorecard (default: ${DEFAULT-VALUE})")
    double holdout;

    @Option(names = "--tiers", paramLabel = "A,B,C", defaultValue = "10,20,30", split = ",",
            description = "target percentages of the leads in tiers A, B and C (default: ${DEFAULT-VALUE})")
    List<Double> tiers;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the end of this day (UTC) is now for leads without outcomes; default: now")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        Learner.Settings settings = settings();
        long now = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        LearnReport report;
        try (Database db = Databases.openReadOnly(database)) {
            OutcomeInputs in = OutcomeInputs.load(db, now);
            try {
                report = Learner.learn(in.leads(), in.outcomes(), now, base(in.leads(), now), settings);
            } catch (NotEnoughOutcomesException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
        try {
            WholeFile.write(out, ScorecardJson.write(report.scorecard()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            Path folder = out.toAbsolutePath().getParent();
            throw new CliFailure("cannot write " + out.getFileName() + " into " + folder + ": " + WholeFile.reason(e, folder), e);
        }
        print(spec.commandLine().getOut(), report);
        return 0;
    }

    private Learner.Settings settings() {
        if (tiers.size() != 3) {
            throw new ParameterException(spec.commandLine(), "--tiers takes three percentages (A,B,C), e.g. 10,20,30; got " + tiers.size());
        }
        try {
            return new Learner.Settings(seed, holdout, new double[] {tiers.get(0) / 100, tiers.get(1) / 100, tiers.get(2) / 100},
                    Learner.Settings.DEFAULT.minSupport(), Learner.Settings.DEFAULT.leastOutcomes());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * What the learned scorecard keeps besides its rules (the window, tier names and actions, routing and deadlines):
     * those of the general preset built for these leads, which asks only for fields they have.
     */
    static Scorecard base(com.leadbench.scoring.preview.LeadColumns leads, long now) {
        return Learner.base(GeneralPreset.build(DataProfile.of(leads, now)));
    }

    static void print(PrintWriter o, LearnReport r) {
        o.printf(Locale.ROOT, "Learned from %,d won and %,d other leads: %,d candidates, %,d left out as recorded after the outcome%n",
                r.wins(), r.others(), r.candidates(), r.flagged());
        int width = Math.min(90, Math.max(4, r.rules().stream().mapToInt(x -> x.label().length()).max().orElse(4)));
        o.printf(Locale.ROOT, "%-" + width + "s %8s%n", "rule", "points");
        for (LearnReport.LearnedRule rule : r.rules()) {
            String points = rule.kind() == com.leadbench.scoring.analysis.Candidate.Kind.PER_UNIT
                    ? String.format(Locale.ROOT, "%s/unit, cap %s", plain(rule.points()), Points.format(rule.cap()))
                    : Points.signed(rule.points());
            o.printf(Locale.ROOT, "%-" + width + "s %8s%n", BacktestCommand.cut(rule.label(), width), points);
        }
        Scorecard card = r.scorecard();
        o.printf(Locale.ROOT, "Tiers: A from %s, B from %s, C from %s points%n", Points.format(card.thresholds().a().minScore()),
                Points.format(card.thresholds().b().minScore()), Points.format(card.thresholds().c().minScore()));
        o.printf(Locale.ROOT, "Held out %,d leads (fitted on %,d): AUC %.3f, %.1f%% of wins in the top 35%%, top quartile converts %s× the bottom%n",
                r.holdoutLeads(), r.trainLeads(), r.holdout().auc(), r.holdout().top35Capture() * 100, lift(r.holdout().quartileLift()));
        o.printf(Locale.ROOT, "%-15s %7s %6s %10s %9s%n", "tier (held out)", "leads", "won", "predicted", "observed");
        for (LearnReport.TierCalibration c : r.calibration()) {
            o.printf(Locale.ROOT, "%-15s %,7d %,6d %10s %9s%n", c.tier().label(), c.leads(), c.wins(), percent(c.predicted()),
                    percent(c.observed()));
        }
        for (String warning : r.warnings()) {
            o.printf("warning: %s%n", warning);
        }
        o.printf(Locale.ROOT, "learn: rules=%d auc_holdout=%.3f top35_capture=%.3f quartile_lift=%s%n", r.rules().size(), r.holdout().auc(),
                r.holdout().top35Capture(), lift(r.holdout().quartileLift()));
        o.flush();
    }

    private static String lift(double v) {
        return Double.isInfinite(v) ? "inf" : Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
