package com.leadbench.scoring.analysis;

import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.ActivityRule;
import com.leadbench.scoring.Rule;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Suggests points for a draft's rules from outcomes (method in {@code docs/calibration.md}):
 * <ol>
 *   <li>every lead is scored as of its {@link Backtest#attributionTimes attribution time}; leads the draft
 *       excludes are left out;</li>
 *   <li>a seeded split, stratified by won, puts 70% of the won and 70% of the other leads in training and the
 *       rest in validation;</li>
 *   <li>the feature of enabled rule r for lead i is its capped contribution under the draft divided by its
 *       points ({@code points x feature} gives the contribution back), or the rule's raw value when its points
 *       are 0;</li>
 *   <li>an L2-regularised logistic regression of won on those features is fitted on the training leads, the
 *       penalty (on the coefficients per unit of feature) chosen from 0.1, 1, 10 and 100 by 3-fold
 *       cross-validation inside the training leads;</li>
 *   <li>coefficients become whole points with one scale factor for all rules, chosen so that the suggestion
 *       makes as many MQLs as the current scorecard on the same leads (the tier thresholds, agreed with sales,
 *       stay as they are); caps scale with their rule's points so they still bind at the same count;</li>
 *   <li>the current scorecard, the draft and the suggestion are compared by the AUC of their total score on
 *       the validation leads.</li>
 * </ol>
 */
public final class Calibration {

    /** Share of the won and of the other leads that go into training. */
    static final double TRAIN_SHARE = 0.7;
    /** Scale factors tried: the reference scale times 2^(j/8) for j in -STEPS..STEPS (1/16 to 16 times). */
    private static final int STEPS = 32;

    private Calibration() {
    }

    public static Suggestion suggest(LeadColumns leads, Scorecard current, Scorecard draft, Outcomes outcomes, long now, long seed) {
        int n = leads.size();
        if (outcomes.size() != n) {
            throw new IllegalArgumentException("outcomes for " + outcomes.size() + " leads, " + n + " leads given");
        }
        FeatureMatrix draftMatrix = FeatureMatrix.build(leads, draft, Backtest.attributionTimes(outcomes, now));
        FeatureMatrix currentMatrix = draftMatrix.adapt(current);
        boolean[] won = outcomes.won();

        List<Integer> wonLeads = new ArrayList<>();
        List<Integer> otherLeads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!draftMatrix.excluded(i)) {
                (won[i] ? wonLeads : otherLeads).add(i);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        shuffle(wonLeads, random);
        shuffle(otherLeads, random);
        int wonTrain = (int) Math.round(wonLeads.size() * TRAIN_SHARE);
        int otherTrain = (int) Math.round(otherLeads.size() * TRAIN_SHARE);
        int[] train = concat(wonLeads.subList(0, wonTrain), otherLeads.subList(0, otherTrain));
        int[] validation = concat(wonLeads.subList(wonTrain, wonLeads.size()), otherLeads.subList(otherTrain, otherLeads.size()));
        if (wonTrain == 0 || otherTrain == 0) {
            throw new IllegalArgumentException("calibration needs won and not-won leads to learn from; the training split holds "
                    + wonTrain + " won and " + otherTrain + " other leads");
        }

        List<Rule> rules = draft.rules();
        List<Integer> features = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).enabled()) {
                features.add(r);
            }
        }
        double[][] x = new double[features.size()][];
        for (int f = 0; f < x.length; f++) {
            x[f] = feature(rules.get(features.get(f)), draftMatrix.column(features.get(f)));
        }
        LogisticRegression.Fit fit = LogisticRegression.crossValidated(x, won, train, random);
        double[] beta = fit.coefficients();

        double reference = reference(current, beta);
        int[] all = concat(toList(train), toList(validation));
        int target = mqls(PreviewEngine.score(currentMatrix), all);
        Scorecard best = withPoints(draft, features, beta, reference);
        if (target > 0) {
            int bestGap = Integer.MAX_VALUE;
            for (int step = 0; step <= 2 * STEPS; step++) {
                int j = step % 2 == 0 ? step / 2 : -(step + 1) / 2; // 0, -1, 1, -2, 2, ...: nearest the reference first
                Scorecard candidate = withPoints(draft, features, beta, reference * Math.pow(2, j / 8.0));
                int gap = Math.abs(mqls(PreviewEngine.score(draftMatrix.adapt(candidate)), all) - target);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = candidate;
                }
            }
        }

        List<Suggestion.RuleSuggestion> rows = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            Rule before = rules.get(features.get(f));
            Rule after = best.rules().get(features.get(f));
            rows.add(new Suggestion.RuleSuggestion(before.id(), before.label(), before.points(), after.points(), beta[f]));
        }
        double aucCurrent = auc(currentMatrix, won, validation);
        double aucDraft = auc(draftMatrix, won, validation);
        double aucSuggested = auc(draftMatrix.adapt(best), won, validation);
        return new Suggestion(best, rows, aucCurrent, aucDraft, aucSuggested, train.length, validation.length);
    }

    /**
     * Rule {@code rule}'s feature per lead: its capped contribution divided by its points, so that
     * {@code points x feature} is the contribution; the raw value when the points are 0.
     */
    static double[] feature(Rule rule, double[] column) {
        double points = rule.points();
        if (points == 0) {
            return column;
        }
        double[] x = new double[column.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = rule.apply(column[i]) / points;
        }
        return x;
    }

    /** The scale that gives the suggestion the current scorecard's sum of absolute points (1 when undefined). */
    private static double reference(Scorecard current, double[] beta) {
        double points = current.rules().stream().filter(Rule::enabled).mapToDouble(r -> Math.abs(r.points())).sum();
        double coefficients = 0;
        for (double b : beta) {
            coefficients += Double.isNaN(b) ? 0 : Math.abs(b);
        }
        return points > 0 && coefficients > 0 ? points / coefficients : 1.0;
    }

    /**
     * The draft with rule {@code features[f]} at {@code round(scale x beta[f])} points. A cap scales with its
     * rule's points (it binds at the same count); it is kept when either the old or the new points are 0. A rule
     * whose coefficient is NaN keeps its points.
     */
    static Scorecard withPoints(Scorecard draft, List<Integer> features, double[] beta, double scale) {
        List<Rule> next = new ArrayList<>(draft.rules());
        for (int f = 0; f < features.size(); f++) {
            if (Double.isNaN(beta[f])) {
                continue;
            }
            int r = features.get(f);
            Rule rule = next.get(r);
            double points = Math.round(scale * beta[f]) + 0.0; // + 0.0 turns -0.0 into 0.0
            if (rule instanceof ActivityRule a && a.cap() != null && rule.points() != 0 && points != 0) {
                rule = a.withCap(a.cap() * Math.abs(points / rule.points()));
            }
            next.set(r, rule.withPoints(points));
        }
        return draft.withRules(next);
    }

    private static int mqls(PreviewScores scores, int[] rows) {
        int count = 0;
        for (int i : rows) {
            LifecycleStage stage = scores.stage(i);
            if (stage == LifecycleStage.MQL || stage == LifecycleStage.SQL) {
                count++;
            }
        }
        return count;
    }

    private static double auc(FeatureMatrix matrix, boolean[] won, int[] rows) {
        PreviewScores scores = PreviewEngine.score(matrix);
        double[] total = new double[matrix.leads().size()];
        for (int i : rows) {
            total[i] = scores.total(i);
        }
        return Auc.of(total, won, rows);
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static int[] concat(List<Integer> a, List<Integer> b) {
        int[] out = new int[a.size() + b.size()];
        int k = 0;
        for (int v : a) {
            out[k++] = v;
        }
        for (int v : b) {
            out[k++] = v;
        }
        return out;
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
