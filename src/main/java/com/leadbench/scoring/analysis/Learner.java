package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Learns a scorecard from outcomes in one step (method in {@code docs/calibration.md}, "Learn from outcomes"):
 * <ol>
 *   <li>refuses when fewer than {@link Settings#leastOutcomes} leads were won, or were not;</li>
 *   <li>finds the {@link CandidateRules candidates} and keeps those that are significant (their 95% interval
 *       leaves out the overall win rate) and do not look recorded after the outcome;</li>
 *   <li>holds out a seeded, stratified share of the leads, fits an L2-regularised logistic regression with the
 *       penalty chosen by 3-fold cross-validation on the rest, turns it into a scorecard ({@link LearnedCard}) and
 *       measures it on the held-out leads;</li>
 *   <li>fits again the same way on all the leads: that is the scorecard returned.</li>
 * </ol>
 * Leads that {@code base}'s exclusions exclude are left out of learning; the learned scorecard keeps those
 * exclusions, base's window, tier names, MQL tier, fast track, routing and deadlines.
 */
public final class Learner {

    /**
     * @param seed          seed of the held-out split and the cross-validation folds
     * @param holdout       share of the won and of the other leads held out (0.3)
     * @param tierShares    target shares of the leads in tiers A, B and C (0.10, 0.20, 0.30)
     * @param minSupport    least number of leads a candidate needs
     * @param leastOutcomes least number of won leads, and of other leads, to learn at all
     */
    public record Settings(long seed, double holdout, double[] tierShares, int minSupport, int leastOutcomes) {

        public static final Settings DEFAULT = new Settings(42, 0.3, new double[] {0.10, 0.20, 0.30}, CandidateRules.DEFAULT_MIN_SUPPORT, 30);

        public Settings {
            if (!(holdout > 0 && holdout < 1)) {
                throw new IllegalArgumentException("the held-out share must lie between 0 and 1 (exclusive), was " + holdout);
            }
            if (tierShares.length != 3) {
                throw new IllegalArgumentException("three tier shares (A, B, C), not " + tierShares.length);
            }
            double sum = 0;
            for (double s : tierShares) {
                if (!(s > 0)) {
                    throw new IllegalArgumentException("tier shares must be above 0, was " + s);
                }
                sum += s;
            }
            if (sum > 1 + 1e-9) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "tier shares add up to %.0f%%, more than all the leads", sum * 100));
            }
            tierShares = tierShares.clone();
        }

        public Settings withSeed(long s) {
            return new Settings(s, holdout, tierShares, minSupport, leastOutcomes);
        }
    }

    /**
     * A candidate held by more than this share of the leads is left out: it only moves every score by the same
     * amount, and beside the candidates it overlaps (a page view and each landing page) it would push every score
     * below zero.
     */
    static final double NEARLY_EVERYONE = 0.95;
    /** The most candidates the regression takes, the strongest by their evidence first. */
    static final int MAX_FEATURES = 250;

    private Learner() {
    }

    /**
     * What a learned scorecard keeps of {@code template} besides its rules: the exclusions (the leads they exclude
     * are left out of learning too), the window, the tier names, actions and MQL tier, the fast track, routing and
     * deadlines. Its rules and thresholds are learned.
     */
    public static Scorecard base(Scorecard template) {
        return new Scorecard("Learned from outcomes", template.windowDays(), template.exclusions(), List.of(), template.thresholds(),
                template.fastTrack(), template.routing(), template.deadlines());
    }

    public static LearnReport learn(LeadColumns leads, Outcomes outcomes, long now, Scorecard base, Settings settings)
            throws NotEnoughOutcomesException {
        int n = leads.size();
        long[] asOf = Backtest.learningTimes(leads, outcomes, now);
        FeatureMatrix baseMatrix = FeatureMatrix.build(leads, base.withRules(List.of()), asOf);
        boolean[] won = outcomes.won();
        List<Integer> wonRows = new ArrayList<>();
        List<Integer> otherRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!baseMatrix.excluded(i)) {
                (won[i] ? wonRows : otherRows).add(i);
            }
        }
        if (wonRows.size() < settings.leastOutcomes() || otherRows.size() < settings.leastOutcomes()) {
            throw new NotEnoughOutcomesException(wonRows.size(), otherRows.size(), settings.leastOutcomes());
        }

        List<Candidate> all = CandidateRules.find(leads, outcomes, now, settings.minSupport(), base.windowDays());
        double baseRate = (double) outcomes.wins() / n;
        List<Candidate> chosen = choose(all, baseRate, n);
        Scorecard draft = base.withRules(chosen.stream().map(Candidate::rule).toList());
        FeatureMatrix matrix = baseMatrix.adapt(draft);
        if (!draft.rules().equals(chosen.stream().map(Candidate::rule).toList())) {
            throw new IllegalStateException("the draft keeps the candidates' rules in another order");
        }
        double[][] x = new double[chosen.size()][];
        for (int f = 0; f < x.length; f++) {
            x[f] = LearnedCard.feature(chosen.get(f), matrix.column(f));
        }

        SplittableRandom random = new SplittableRandom(settings.seed());
        LeadRows.shuffle(wonRows, random);
        LeadRows.shuffle(otherRows, random);
        int wonHeld = (int) Math.round(wonRows.size() * settings.holdout());
        int otherHeld = (int) Math.round(otherRows.size() * settings.holdout());
        int[] held = LeadRows.concat(wonRows.subList(0, wonHeld), otherRows.subList(0, otherHeld));
        int[] train = LeadRows.concat(wonRows.subList(wonHeld, wonRows.size()), otherRows.subList(otherHeld, otherRows.size()));
        int[] everyone = LeadRows.concat(wonRows, otherRows);

        LogisticRegression.Fit trainFit = LogisticRegression.crossValidated(x, won, train, random);
        Scorecard trainCard = LearnedCard.build(base, chosen, trainFit, x, train, matrix, settings.tierShares(), baseRate);
        PreviewScores heldScores = PreviewEngine.score(matrix.adapt(trainCard));
        double[] total = new double[n];
        for (int i : held) {
            total[i] = heldScores.total(i);
        }
        HoldoutMetrics metrics = HoldoutMetrics.of(total, won, held);
        List<LearnReport.TierCalibration> calibration = calibration(heldScores, trainFit, x, won, held);

        LogisticRegression.Fit finalFit = LogisticRegression.crossValidated(x, won, everyone, random);
        Scorecard card = LearnedCard.build(base, chosen, finalFit, x, everyone, matrix, settings.tierShares(), baseRate);
        List<LearnReport.LearnedRule> rules = new ArrayList<>();
        for (Rule r : card.rules()) {
            int f = LearnedCard.candidateIndex(chosen, r.id());
            Candidate c = chosen.get(f);
            rules.add(new LearnReport.LearnedRule(r.id(), r.label(), c.kind(), r.points(), r.cap(), c.leads(), c.wins(), c.winRate(),
                    finalFit.coefficients()[f]));
        }
        List<String> warnings = new ArrayList<>();
        if (wonRows.size() < 100) {
            warnings.add(String.format(Locale.ROOT, "Only %d won leads to learn from: the points are rough; check them against what sales know.",
                    wonRows.size()));
        }
        if (rules.isEmpty()) {
            warnings.add("No field or activity converts clearly differently from the rest: the learned scorecard has no rules.");
        }
        int flagged = (int) all.stream().filter(Candidate::leaks).count();
        return new LearnReport(card, rules, metrics, calibration, all.size(), flagged, wonRows.size(), otherRows.size(), train.length,
                held.length, finalFit.lambda(), warnings);
    }

    /**
     * The candidates worth fitting: not flagged as recorded after the outcome, not held by nearly every lead, and
     * significant (the 95% interval of their win rate leaves out the overall rate); at most {@link #MAX_FEATURES}, strongest evidence first, then
     * fit rules before intent rules.
     */
    static List<Candidate> choose(List<Candidate> candidates, double base, int leads) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean nearlyEveryone = c.leads() > NEARLY_EVERYONE * leads; // a constant in all but name: the intercept's job
            if (!c.leaks() && !nearlyEveryone && (c.ciLow() > base || c.ciHigh() < base)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -Math.abs(c.winRate() - base) * Math.sqrt(c.leads()))
                .thenComparing(Candidate::source).thenComparing(Candidate::value));
        List<Candidate> kept = out.size() > MAX_FEATURES ? out.subList(0, MAX_FEATURES) : out;
        // fit rules before intent rules, the order a scorecard keeps them in, so that feature f is the card's rule f
        return java.util.stream.Stream.concat(kept.stream().filter(c -> c.rule().part() == RulePart.FIT),
                kept.stream().filter(c -> c.rule().part() == RulePart.INTENT)).toList();
    }

    private static List<LearnReport.TierCalibration> calibration(PreviewScores scores, LogisticRegression.Fit fit, double[][] x,
                                                                boolean[] won, int[] rows) {
        List<LearnReport.TierCalibration> out = new ArrayList<>();
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C, Tier.NOT_QUALIFIED)) {
            int leads = 0;
            int wins = 0;
            double predicted = 0;
            for (int i : rows) {
                if (scores.tier(i) == tier) {
                    leads++;
                    wins += won[i] ? 1 : 0;
                    predicted += LogisticRegression.sigmoid(fit.predictor(x, i));
                }
            }
            out.add(new LearnReport.TierCalibration(tier, leads, wins, leads == 0 ? Double.NaN : predicted / leads,
                    leads == 0 ? Double.NaN : (double) wins / leads));
        }
        return out;
    }
}
