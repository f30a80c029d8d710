package com.leadbench.scoring.analysis;

import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.Rule;
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
 *       are 0; a rule that fires for fewer than {@link #MIN_SUPPORT} training leads, or for fewer than
 *       {@link #MIN_OUTCOMES} won or other leads among them, is not priced: it keeps its points, with a warning;</li>
 *   <li>an L2-regularised logistic regression of won on those features is fitted on the training leads, the
 *       penalty (on the coefficients per unit of feature) chosen from 0.1, 1, 10 and 100 by 3-fold
 *       cross-validation inside the training leads;</li>
 *   <li>coefficients become whole points with one scale factor for all rules, chosen so that the suggestion
 *       makes as many MQLs as the current scorecard on the same leads (the tier thresholds, agreed with sales,
 *       stay as they are), or, when the current scorecard qualifies none, 100 points between the 5th and 95th
 *       percentile of the fitted scores (with a warning); caps scale with their rule's points so they still bind
 *       at the same count;</li>
 *   <li>the current scorecard, the draft and the suggestion are compared by the AUC of their total score on
 *       the validation leads;</li>
 *   <li>the suggestion returned is fitted again, the same way, on all the leads.</li>
 * </ol>
 */
public final class Calibration {

    /** Share of the won and of the other leads that go into training. */
    static final double TRAIN_SHARE = 0.7;
    /** Scale factors tried: the reference scale times 2^(j/8) for j in -STEPS..STEPS (1/16 to 16 times). */
    private static final int STEPS = 32;
    /** Least number of training leads a rule must fire for, and of won and of other leads among them, to be priced. */
    static final int MIN_SUPPORT = 30;
    static final int MIN_OUTCOMES = 5;

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
        LeadRows.shuffle(wonLeads, random);
        LeadRows.shuffle(otherLeads, random);
        int wonTrain = (int) Math.round(wonLeads.size() * TRAIN_SHARE);
        int otherTrain = (int) Math.round(otherLeads.size() * TRAIN_SHARE);
        int[] train = LeadRows.concat(wonLeads.subList(0, wonTrain), otherLeads.subList(0, otherTrain));
        int[] validation = LeadRows.concat(wonLeads.subList(wonTrain, wonLeads.size()), otherLeads.subList(otherTrain, otherLeads.size()));
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
        List<String> warnings = new ArrayList<>();
        double[][] x = new double[features.size()][];
        for (int f = 0; f < x.length; f++) {
            Rule rule = rules.get(features.get(f));
            double[] feature = feature(rule, draftMatrix.column(features.get(f)));
            int support = 0;
            int supportWins = 0;
            for (int i : train) {
                if (feature[i] != 0) {
                    support++;
                    supportWins += won[i] ? 1 : 0;
                }
            }
            if (support > 0 && (support < MIN_SUPPORT || supportWins < MIN_OUTCOMES || support - supportWins < MIN_OUTCOMES)) {
                // too little evidence to price: a constant feature gets no coefficient, so the rule keeps its points
                feature = new double[n];
                warnings.add(String.format(java.util.Locale.ROOT, "\"%s\" fired for only %,d training leads (%,d won): too few to price,"
                        + " so it keeps its %s points", rule.label(), support, supportWins, com.leadbench.scoring.rules.Points.format(rule.points())));
            }
            x[f] = feature;
        }
        int[] all = LeadRows.concat(wonLeads, otherLeads);
        int target = mqls(PreviewEngine.score(currentMatrix), all);
        if (target == 0) {
            warnings.add("the current scorecard qualifies no lead, so the points are scaled to span 100 points between the 5th and"
                    + " the 95th percentile of the leads' fitted scores instead of matching its number of MQLs");
        }
        // measured: a suggestion fitted without the validation leads
        LogisticRegression.Fit trainFit = LogisticRegression.crossValidated(x, won, train, random);
        Scorecard measured = scaled(draft, current, features, trainFit.coefficients(), x, train, draftMatrix, all, target);
        double aucCurrent = auc(currentMatrix, won, validation);
        double aucDraft = auc(draftMatrix, won, validation);
        double aucSuggested = auc(draftMatrix.adapt(measured), won, validation);
        // returned: the same fit on all the leads
        LogisticRegression.Fit fit = LogisticRegression.crossValidated(x, won, all, random);
        double[] beta = fit.coefficients();
        Scorecard best = scaled(draft, current, features, beta, x, all, draftMatrix, all, target);

        List<Suggestion.RuleSuggestion> rows = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            Rule before = rules.get(features.get(f));
            Rule after = best.rules().get(features.get(f));
            rows.add(new Suggestion.RuleSuggestion(before.id(), before.label(), before.points(), after.points(), beta[f]));
        }
        return new Suggestion(best, rows, aucCurrent, aucDraft, aucSuggested, train.length, validation.length, warnings);
    }

    /**
     * The draft priced with {@code beta}: one scale factor for every rule, the one (near the current scorecard's
     * scale) that makes as many MQLs as the current scorecard on {@code all}; when the current scorecard makes none,
     * 100 points between the 5th and the 95th percentile of the fitted scores on {@code fitted}.
     */
    private static Scorecard scaled(Scorecard draft, Scorecard current, List<Integer> features, double[] beta, double[][] x,
                                    int[] fitted, FeatureMatrix draftMatrix, int[] all, int target) {
        if (target == 0) {
            return withPoints(draft, features, beta, LearnedCard.scale(beta, x, fitted));
        }
        double reference = reference(current, beta);
        Scorecard best = withPoints(draft, features, beta, reference);
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
        return best;
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
}
