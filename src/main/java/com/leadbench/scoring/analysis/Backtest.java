package com.leadbench.scoring.analysis;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores every lead as it looked before sales reported on it and compares tiers, stages and rules
 * with what sales reported (see {@code docs/calibration.md}).
 */
public final class Backtest {

    private static final Tier[] TIERS = Tier.values();

    private Backtest() {
    }

    /**
     * The time each lead is scored as of, so that nothing sales did or saw can leak into the score:
     * <ol>
     *   <li>its first recorded transition to MQL or SQL, when that came before sales first followed it up
     *       (or sales never did): the lead is judged as it looked when it was handed over;</li>
     *   <li>otherwise, when sales followed it up, 1 ms before the first follow-up: the moment before sales
     *       engaged. A transition recorded after the follow-up is ignored, because it may have been caused by
     *       what happened after it; a scorecard published after the fact, for instance, records its
     *       transitions at the moment of publishing, after all the outcomes;</li>
     *   <li>otherwise (no outcome and no transition) {@code now}.</li>
     * </ol>
     * No time is later than {@code now}: a backtest run as of a past day does not look past it.
     */
    public static long[] attributionTimes(Outcomes outcomes, long now) {
        long[] qualified = outcomes.qualifiedAt();
        long[] followUp = outcomes.firstFollowUpAt();
        long[] at = new long[outcomes.size()];
        for (int i = 0; i < at.length; i++) {
            long q = qualified[i];
            long f = followUp[i];
            long t;
            if (q != Outcomes.ABSENT && (f == Outcomes.ABSENT || q < f)) {
                t = q;
            } else if (f != Outcomes.ABSENT) {
                t = f - 1;
            } else {
                t = now;
            }
            at[i] = Math.min(t, now);
        }
        return at;
    }

    /**
     * The times to learn from: each lead's {@link #attributionTimes attribution time}, except that a lead sales never
     * reported on (nor qualified) is read as of its creation plus the median time from creation to attribution of the
     * won leads, not as of {@code now}. Otherwise an old data set compares won leads scored when they were won with
     * the others scored today, when their activities have long left every window: the windows alone would then tell
     * won from not won. Without a won lead created before its attribution time, {@code now} is used as before. No time
     * is later than {@code now}.
     */
    public static long[] learningTimes(LeadColumns leads, Outcomes outcomes, long now) {
        long[] at = attributionTimes(outcomes, now);
        boolean[] won = outcomes.won();
        long[] lags = new long[at.length];
        int count = 0;
        for (int i = 0; i < at.length; i++) {
            long created = leads.contact(i).createdAt().toEpochMilli();
            if (won[i] && at[i] != now && at[i] >= created) {
                lags[count++] = at[i] - created;
            }
        }
        if (count == 0) {
            return at;
        }
        java.util.Arrays.sort(lags, 0, count);
        long lag = lags[count / 2];
        long[] qualified = outcomes.qualifiedAt();
        long[] followUp = outcomes.firstFollowUpAt();
        for (int i = 0; i < at.length; i++) {
            if (qualified[i] == Outcomes.ABSENT && followUp[i] == Outcomes.ABSENT) {
                long created = leads.contact(i).createdAt().toEpochMilli();
                at[i] = Math.min(now, created > Long.MAX_VALUE - lag ? now : created + lag);
            }
        }
        return at;
    }

    /** Backtests {@code card}, each lead scored as of its {@link #attributionTimes attribution time}. */
    public static BacktestReport run(LeadColumns leads, Scorecard card, Outcomes outcomes, long now) {
        return run(FeatureMatrix.build(leads, card, attributionTimes(outcomes, now)), outcomes);
    }

    /** Same, reusing a matrix built with {@link #attributionTimes} ({@code adapt()} it to other scorecards). */
    public static BacktestReport run(FeatureMatrix matrixAtAttributionTimes, Outcomes outcomes) {
        FeatureMatrix matrix = matrixAtAttributionTimes;
        int n = matrix.leads().size();
        if (outcomes.size() != n) {
            throw new IllegalArgumentException("outcomes for " + outcomes.size() + " leads, matrix of " + n);
        }
        PreviewScores scores = PreviewEngine.score(matrix);
        boolean[] won = outcomes.won();
        boolean[] accepted = outcomes.accepted();
        int wins = outcomes.wins();

        int[] count = new int[TIERS.length];
        int[] tierWins = new int[TIERS.length];
        int[] tierAccepted = new int[TIERS.length];
        int mqls = 0;
        int wonMqls = 0;
        int scored = 0;
        for (int i = 0; i < n; i++) {
            int t = scores.tier(i).ordinal();
            count[t]++;
            tierWins[t] += won[i] ? 1 : 0;
            tierAccepted[t] += accepted[i] ? 1 : 0;
            LifecycleStage stage = scores.stage(i);
            if (stage == LifecycleStage.MQL || stage == LifecycleStage.SQL) {
                mqls++;
                wonMqls += won[i] ? 1 : 0;
            }
            scored += matrix.excluded(i) ? 0 : 1;
        }
        List<BacktestReport.TierRow> tiers = new ArrayList<>();
        for (Tier tier : TIERS) {
            int t = tier.ordinal();
            tiers.add(new BacktestReport.TierRow(tier, count[t], rate(count[t], n), rate(tierWins[t], count[t]),
                    rate(tierAccepted[t], count[t]), rate(tierWins[t], wins)));
        }

        int[] rows = new int[scored];
        double[] total = new double[n];
        for (int i = 0, k = 0; i < n; i++) {
            total[i] = scores.total(i);
            if (!matrix.excluded(i)) {
                rows[k++] = i;
            }
        }
        double auc = Auc.of(total, won, rows);
        double topLift = lift(rate(tierWins[Tier.A.ordinal()], count[Tier.A.ordinal()]),
                rate(tierWins[Tier.NOT_QUALIFIED.ordinal()], count[Tier.NOT_QUALIFIED.ordinal()]));

        List<BacktestReport.RuleRow> ruleRows = new ArrayList<>();
        List<Rule> rules = matrix.scorecard().rules();
        int scoredWins = 0;
        for (int i : rows) {
            scoredWins += won[i] ? 1 : 0;
        }
        for (int r = 0; r < rules.size(); r++) {
            double[] column = matrix.column(r);
            int fired = 0;
            int firedWins = 0;
            for (int i : rows) {
                if (column[i] > 0) {
                    fired++;
                    firedWins += won[i] ? 1 : 0;
                }
            }
            Rule rule = rules.get(r);
            ruleRows.add(new BacktestReport.RuleRow(rule.id(), rule.label(), fired, rate(fired, scored), rate(firedWins, fired),
                    rate(scoredWins - firedWins, scored - fired)));
        }
        return new BacktestReport(n, wins, tiers, rate(wonMqls, mqls), rate(wonMqls, wins), auc, topLift, ruleRows);
    }

    /**
     * AUC of the total score against won over the leads that are not excluded and that sales followed up (won
     * against lost, rejected and still open). Stricter than {@link BacktestReport#auc()}: leads sales engaged are
     * scored just before the engagement, at the height of their interest, and the others as of now, which by
     * itself separates most wins from the crowd; among engaged leads only the score's own judgement counts.
     */
    public static double followedUpAuc(FeatureMatrix matrixAtAttributionTimes, Outcomes outcomes) {
        FeatureMatrix matrix = matrixAtAttributionTimes;
        PreviewScores scores = PreviewEngine.score(matrix);
        long[] followUp = outcomes.firstFollowUpAt();
        int n = matrix.leads().size();
        double[] total = new double[n];
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            total[i] = scores.total(i);
            if (!matrix.excluded(i) && followUp[i] != Outcomes.ABSENT) {
                rows[k++] = i;
            }
        }
        return Auc.of(total, outcomes.won(), java.util.Arrays.copyOf(rows, k));
    }

    /** {@code part / whole}, NaN over nothing. */
    static double rate(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** {@code top / bottom}: NaN when either is NaN or both are 0, infinite when only the bottom is 0. */
    static double lift(double top, double bottom) {
        if (Double.isNaN(top) || Double.isNaN(bottom) || top == 0 && bottom == 0) {
            return Double.NaN;
        }
        return bottom == 0 ? Double.POSITIVE_INFINITY : top / bottom;
    }
}
