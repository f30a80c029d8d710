package com.leadbench.cli;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Backtest;
import com.leadbench.scoring.analysis.BacktestReport;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backtest}: how a scorecard's tiers and rules line up with what sales reported. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Scores every lead as it looked before sales reported on it and compares tiers and rules with the outcomes.",
                "Each lead is scored as of its first MQL/SQL transition if that came before sales' first follow-up,"
                        + " else just before that follow-up, else as of now (see docs/calibration.md).",
                "Warns on standard error when the scorecard excludes most leads or qualifies none (an AUC of NaN often means that).",
                "Ends with: backtest: auc=X precision=P recall=R top_lift=L"})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--scorecard", paramLabel = "FILE.json", description = "backtest this scorecard document instead of the published one")
    Path scorecardFile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the backtest's now: the end of this day (UTC); default: now")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        long now = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Databases.openReadOnly(database)) {
            OutcomeInputs in = OutcomeInputs.load(db, now);
            Scorecard card = scorecardFile == null ? in.published() : ScoreCommand.readScorecard(scorecardFile);
            String origin = scorecardFile == null ? in.publishedOrigin() : scorecardFile.getFileName().toString();
            long[] at = Backtest.attributionTimes(in.outcomes(), now);
            FeatureMatrix matrix = FeatureMatrix.build(in.leads(), card, at);
            BacktestReport report = Backtest.run(matrix, in.outcomes());
            if (scorecardFile == null && in.unpublished()) {
                ScorecardNotices.printNothingPublished(spec.commandLine().getErr(), db.file());
            }
            // as the backtest scores them: each lead as of its attribution time
            ScorecardNotices.printHealth(spec.commandLine().getErr(), ScorecardHealth.check(card, in.leads(), PreviewEngine.score(matrix)));

            out.printf(Locale.ROOT, "Backtest of \"%s\" (%s) on %,d contacts, %,d won, as of %s%n", card.name(), origin,
                    report.leads(), report.wins(), Instant.ofEpochMilli(now));
            out.println(attribution(in.outcomes(), at, now));
            out.println();
            out.printf(Locale.ROOT, "%-14s %8s %7s %9s %14s %14s%n", "tier", "leads", "share", "won_rate", "accepted_rate", "share_of_wins");
            for (BacktestReport.TierRow t : report.tiers()) {
                out.printf(Locale.ROOT, "%-14s %,8d %7s %9s %14s %14s%n", t.tier().label(), t.count(), percent(t.share()),
                        percent(t.wonRate()), percent(t.acceptedRate()), percent(t.shareOfWins()));
            }
            out.println();
            int width = Math.min(52, Math.max(4, report.rules().stream().mapToInt(r -> r.label().length() + 6).max().orElse(4)));
            out.printf(Locale.ROOT, "%-" + width + "s %8s %10s %14s %17s%n", "rule", "fired", "fire_rate", "win_rate_with", "win_rate_without");
            for (int r = 0; r < report.rules().size(); r++) {
                BacktestReport.RuleRow row = report.rules().get(r);
                Rule rule = card.rules().get(r);
                String label = row.label() + (rule.enabled() ? "" : " (off)");
                out.printf(Locale.ROOT, "%-" + width + "s %,8d %10s %14s %17s%n", cut(label, width), row.fired(), percent(row.fireRate()),
                        percent(row.winRateWith()), percent(row.winRateWithout()));
            }
            out.println();
            out.printf(Locale.ROOT, "Tier A won rate %s, %s won rate %s; MQL or better: precision %s, recall %s%n",
                    percent(report.tier(Tier.A).wonRate()), Tier.NOT_QUALIFIED.label().toLowerCase(Locale.ROOT),
                    percent(report.tier(Tier.NOT_QUALIFIED).wonRate()), percent(report.precision()), percent(report.recall()));
            out.printf(Locale.ROOT, "AUC %.3f over all leads; %.3f among the leads sales followed up (won against the rest of them)%n",
                    report.auc(), Backtest.followedUpAuc(matrix, in.outcomes()));
            out.printf(Locale.ROOT, "backtest: auc=%.3f precision=%.3f recall=%.3f top_lift=%.3f%n",
                    report.auc(), report.precision(), report.recall(), report.topLift());
            out.flush();
        }
        return 0;
    }

    /** How many leads were scored at which of the three attribution times. */
    static String attribution(Outcomes outcomes, long[] at, long now) {
        int qualified = 0;
        int beforeFollowUp = 0;
        int atNow = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] == outcomes.qualifiedAt()[i]) {
                qualified++;
            } else if (outcomes.firstFollowUpAt()[i] != Outcomes.ABSENT && at[i] == outcomes.firstFollowUpAt()[i] - 1) {
                beforeFollowUp++;
            } else {
                atNow++;
            }
        }
        return String.format(Locale.ROOT, "Scored as of: their MQL date %,d, just before sales' first follow-up %,d, now %,d",
                qualified, beforeFollowUp, atNow);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
