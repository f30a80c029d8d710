package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.Rule;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a fitted regression over candidates into a scorecard a person can read:
 * <ul>
 *   <li>one scale for every rule: {@link #POINTS_SPAN} points between the 5th and the 95th percentile of the
 *       leads' fitted scores, so points compare across rules and across data sets;</li>
 *   <li>whole points, except points per unit (two significant digits, with a whole-point cap at the 95th
 *       percentile of the field); activity rules count at most {@link #ACTIVITY_COUNT_CAP} activities;</li>
 *   <li>rules that round to 0 points are left out; each rule's label carries its evidence
 *       ("converted 71% vs 38% overall, 1,122 leads");</li>
 *   <li>tier thresholds from target shares of the leads; the fit gate at the lowest fit any lead could have
 *       (learned points already weigh fit); the SQL threshold above the highest possible score (leads become SQLs
 *       when sales accept them or by the fast track).</li>
 * </ul>
 */
final class LearnedCard {

    /** Points between the 5th and the 95th percentile of the fitted scores. */
    static final double POINTS_SPAN = 100;
    /** The most activities of one kind an activity rule counts. */
    static final double ACTIVITY_COUNT_CAP = 3;

    private LearnedCard() {
    }

    /** The regression's feature for a candidate, from its rule's column: 0/1, a count up to a cap, or a number up to the cap. */
    static double[] feature(Candidate candidate, double[] column) {
        double limit = switch (candidate.kind()) {
            case PER_UNIT -> candidate.rule().cap();
            case ACTIVITY -> ACTIVITY_COUNT_CAP;
            case VALUE, BAND, UNANSWERED, RECENCY -> Double.POSITIVE_INFINITY;
        };
        double[] x = new double[column.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(0, Math.min(limit, column[i]));
        }
        return x;
    }

    /**
     * The scorecard for {@code fit} over {@code chosen}: {@code x} holds the features, {@code rows} the leads it was
     * fitted on (the scale and the tier thresholds come from them), {@code baseRate} the overall win rate the labels quote.
     */
    static Scorecard build(Scorecard base, List<Candidate> chosen, LogisticRegression.Fit fit, double[][] x, int[] rows,
                           FeatureMatrix matrix, double[] tierShares, double baseRate) {
        double[] beta = fit.coefficients();
        double scale = scale(beta, x, rows);
        List<Rule> rules = new ArrayList<>();
        for (int f = 0; f < chosen.size(); f++) {
            if (Double.isNaN(beta[f])) {
                continue;
            }
            Rule rule = priced(chosen.get(f), scale * beta[f], baseRate);
            if (rule != null) {
                rules.add(rule);
            }
        }
        double lowestFit = 0;
        double highest = 0;
        for (Rule r : rules) {
            double most = r.cap() != null ? r.cap() : Math.abs(r.points());
            if (r.points() < 0 && r.part() == RulePart.FIT) {
                lowestFit -= most;
            }
            highest += r.points() > 0 ? most : 0;
        }
        Thresholds t = base.thresholds();
        double gate = Math.floor(lowestFit);
        double sql = Math.floor(highest) + 1;
        Scorecard card = base.withRules(rules).withThresholds(old -> new Thresholds(gate, old.a(), old.b(), old.c(), old.mqlTier(), sql));
        PreviewScores scores = PreviewEngine.score(matrix.adapt(card));
        double[] totals = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            totals[k] = scores.total(rows[k]);
        }
        Arrays.sort(totals);
        double a = threshold(totals, tierShares[0], Double.POSITIVE_INFINITY);
        double b = threshold(totals, tierShares[0] + tierShares[1], a);
        double c = threshold(totals, tierShares[0] + tierShares[1] + tierShares[2], b);
        return card.withThresholds(old -> new Thresholds(old.fitGate(), spec(t.a(), a), spec(t.b(), b), spec(t.c(), c), old.mqlTier(),
                Math.max(old.sqlThreshold(), a + 1)));
    }

    private static TierSpec spec(TierSpec old, double minScore) {
        return new TierSpec(old.name(), minScore, old.action());
    }

    /**
     * The whole-point threshold that puts the share of {@code sorted} (ascending) at or above it nearest
     * {@code share}, below {@code above}.
     */
    static double threshold(double[] sorted, double share, double above) {
        int m = sorted.length;
        double best = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        int k = Math.max(0, Math.min(m - 1, (int) Math.ceil(m * (1 - share))));
        // the value at the cut, and the next distinct values either side: ties decide which comes nearest the share
        for (int j = Math.max(0, k - 1); j <= Math.min(m - 1, k + 1); j++) {
            for (double candidate : new double[] {Math.ceil(sorted[j]), Math.ceil(sorted[j]) + 1}) {
                if (candidate >= above) {
                    continue;
                }
                double gap = Math.abs(atOrAbove(sorted, candidate) / (double) m - share);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = candidate;
                }
            }
        }
        return Double.isNaN(best) ? above - 1 : best;
    }

    private static int atOrAbove(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length - lo;
    }

    /** Points per unit of fitted log-odds: {@link #POINTS_SPAN} points between the 5th and the 95th percentile. */
    static double scale(double[] beta, double[][] x, int[] rows) {
        double[] eta = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            double sum = 0;
            for (int f = 0; f < beta.length; f++) {
                if (!Double.isNaN(beta[f])) {
                    sum += beta[f] * x[f][rows[k]];
                }
            }
            eta[k] = sum;
        }
        Arrays.sort(eta);
        double spread = eta.length == 0 ? 0 : eta[(int) (0.95 * (eta.length - 1))] - eta[(int) (0.05 * (eta.length - 1))];
        return spread > 1e-9 ? Math.min(1000, POINTS_SPAN / spread) : 20;
    }

    /** The candidate's rule at {@code points} (per unit for a per-unit rule), labelled with its evidence; null when it rounds to 0. */
    private static Rule priced(Candidate c, double points, double baseRate) {
        String label = String.format(Locale.ROOT, "%s (%sconverted %s vs %s overall, %,d leads)", c.rule().label(),
                c.kind() == Candidate.Kind.PER_UNIT ? "leads with any: " : "", percent(c.winRate()), percent(baseRate), c.leads());
        return switch (c.kind()) {
            case PER_UNIT -> {
                double perUnit = new BigDecimal(points).round(new MathContext(2)).doubleValue();
                double cap = Math.round(Math.abs(perUnit) * c.rule().cap());
                if (perUnit == 0 || cap < 1) {
                    yield null;
                }
                PerUnitRule u = (PerUnitRule) c.rule();
                yield new PerUnitRule(u.id(), label, u.field(), perUnit, cap, true);
            }
            case ACTIVITY -> {
                double whole = Math.round(points) + 0.0;
                if (whole == 0) {
                    yield null;
                }
                ActivityRule a = (ActivityRule) c.rule();
                yield a.withCap(Math.abs(whole) * ACTIVITY_COUNT_CAP).withPoints(whole).withLabel(label);
            }
            case VALUE, BAND, UNANSWERED, RECENCY -> {
                double whole = Math.round(points) + 0.0;
                yield whole == 0 ? null : c.rule().withPoints(whole).withLabel(label);
            }
        };
    }

    /** The candidate whose rule became the learned rule {@code id}. */
    static int candidateIndex(List<Candidate> chosen, String id) {
        for (int f = 0; f < chosen.size(); f++) {
            if (chosen.get(f).rule().id().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no candidate became " + id);
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.0f%%", rate * 100);
    }
}
