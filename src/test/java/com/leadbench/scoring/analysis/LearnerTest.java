package com.leadbench.scoring.analysis;

import static com.leadbench.model.ActivityType.DOWNLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.Rule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learner on generated leads whose true model is known: log-odds = -1.5 + 1.5 [segment = Alpha]
 * - 1.0 [segment = Gamma] + 1.0 [downloaded a spec sheet in the last 90 days]; "region" is noise. 6,000 leads.
 */
class LearnerTest {

    static final long DAY = 86_400_000L;
    static final long NOW = Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();
    static final int N = 6000;
    static final Scorecard BASE = new Scorecard("base", 90, List.of(), List.of(), new Thresholds(0, new TierSpec("Tier A", 90, "call"),
            new TierSpec("Tier B", 60, "nurture"), new TierSpec("Tier C", 30, "mail"), Tier.B, 200), FastTrack.OFF);

    static LeadColumns leads;
    static Outcomes outcomes;
    static double[] trueLogOdds = new double[N];
    static LearnReport report;

    @BeforeAll
    static void generate() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        LeadColumns.Builder b = LeadColumns.builder();
        boolean[] won = new boolean[N];
        String[] segments = {"Alpha", "Beta", "Gamma", "Delta"};
        String[] regions = {"North", "South", "East"};
        for (int i = 0; i < N; i++) {
            String segment = segments[random.nextInt(4)];
            boolean download = random.nextDouble() < 0.3;
            double eta = -1.5 + (segment.equals("Alpha") ? 1.5 : 0) - (segment.equals("Gamma") ? 1.0 : 0) + (download ? 1.0 : 0);
            trueLogOdds[i] = eta;
            won[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            b.contact(new Contact(i + 1, "X-" + i, null, null, null, null, null, null, null, null, null,
                    Instant.parse("2026-01-01T00:00:00Z"), null, null, Map.of("segment", segment, "region", regions[random.nextInt(3)])), null);
            if (download) {
                b.activity(i + 1, DOWNLOAD, "Spec " + random.nextInt(3), "spec_sheet", null, NOW - (1 + random.nextInt(60)) * DAY, null);
            }
        }
        leads = b.build();
        long[] absent = new long[N];
        Arrays.fill(absent, Outcomes.ABSENT);
        outcomes = new Outcomes(won, won, absent, absent);
        report = Learner.learn(leads, outcomes, NOW, BASE, Learner.Settings.DEFAULT);
    }

    static Rule rule(String labelStart) {
        return report.scorecard().rules().stream().filter(r -> r.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + labelStart + " in " + report.rules()));
    }

    /** Points a rule gives, 0 when the learner left it out. */
    static double points(String labelStart) {
        return report.scorecard().rules().stream().filter(r -> r.label().startsWith(labelStart)).mapToDouble(Rule::points).sum();
    }

    /**
     * The score differences the learned card makes, against the true log-odds: a segment's effect is measured
     * from the mean of the two neutral segments (Beta, Delta); a download's is the type rule plus the mean of the
     * three per-asset rules (each downloader has exactly one asset).
     */
    @Test
    void recoversTheKnownWeightsInProportion() {
        double neutral = (points("segment = Beta") + points("segment = Delta")) / 2;
        double alpha = points("segment = Alpha") - neutral;
        double gamma = points("segment = Gamma") - neutral;
        double download = points("Download (") + (points("Download: Spec 0") + points("Download: Spec 1") + points("Download: Spec 2")) / 3;
        assertTrue(alpha > 0 && download > 0 && gamma < 0, report.rules().toString());
        assertEquals(1.5, alpha / download, 0.35, report.rules().toString());
        assertEquals(-1.0, gamma / download, 0.35, report.rules().toString());
    }

    @Test
    void leavesNoiseOutOrNearZero() {
        double download = points("Download (");
        for (LearnReport.LearnedRule r : report.rules()) {
            if (r.label().startsWith("region")) {
                assertTrue(Math.abs(r.points()) < 0.2 * download, "noise got " + r);
            }
        }
    }

    @Test
    void theHeldOutAucComesCloseToTheTrueModelsOwn() {
        int[] all = java.util.stream.IntStream.range(0, N).toArray();
        double best = Auc.of(trueLogOdds, outcomes.won(), all);
        assertTrue(report.holdout().auc() > best - 0.03, report.holdout() + " vs the true model's " + best);
        assertTrue(report.holdout().auc() <= best + 0.03, "cannot beat the truth by much: " + report.holdout() + " vs " + best);
        assertEquals(1800, report.holdoutLeads(), 1, "30% held out");
        assertEquals(N, report.holdoutLeads() + report.trainLeads());
    }

    @Test
    void eachRuleSaysItsEvidence() {
        Rule alpha = rule("segment = Alpha");
        LearnReport.LearnedRule learned = report.rules().stream().filter(r -> r.id().equals(alpha.id())).findFirst().orElseThrow();
        String expected = String.format(java.util.Locale.ROOT, "(converted %.0f%% vs %.0f%% overall, %,d leads)", learned.winRate() * 100,
                100.0 * outcomes.wins() / N, learned.leads());
        assertTrue(alpha.label().endsWith(expected), alpha.label() + " / " + expected);
        assertEquals(Math.rint(alpha.points()), alpha.points(), "whole points");
    }

    @Test
    void tiersHoldAboutTheTargetShares() {
        PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(leads, report.scorecard(), NOW));
        int[] counts = scores.tierCounts();
        double a = counts[Tier.A.ordinal()] / (double) N;
        double b = counts[Tier.B.ordinal()] / (double) N;
        double c = counts[Tier.C.ordinal()] / (double) N;
        // few distinct scores (3 rules): shares land on the nearest achievable cut
        assertEquals(0.10, a, 0.08, Arrays.toString(counts));
        assertEquals(0.30, a + b, 0.10, Arrays.toString(counts));
        assertEquals(0.60, a + b + c, 0.12, Arrays.toString(counts));
        assertTrue(scores.stageCounts()[com.leadbench.model.LifecycleStage.MQL.ordinal()] > 0, "the learned card qualifies leads");
    }

    @Test
    void theCalibrationTableAccountsForEveryHeldOutLead() {
        assertEquals(report.holdoutLeads(), report.calibration().stream().mapToInt(LearnReport.TierCalibration::leads).sum());
        LearnReport.TierCalibration top = report.calibration().getFirst();
        LearnReport.TierCalibration rest = report.calibration().getLast();
        assertTrue(top.observed() > rest.observed(), report.calibration().toString());
        assertEquals(top.observed(), top.predicted(), 0.15, "predicted and observed agree for tier A");
    }

    @Test
    void theSameSeedLearnsTheSameScorecard() throws Exception {
        LearnReport again = Learner.learn(leads, outcomes, NOW, BASE, Learner.Settings.DEFAULT);
        assertEquals(ScorecardJson.write(report.scorecard()), ScorecardJson.write(again.scorecard()));
        assertNotNull(ScorecardJson.read(ScorecardJson.write(report.scorecard()), "learned.json"), "the learned card is a valid document");
    }

    @Test
    void refusesWithTooFewWinsNamingTheCounts() {
        boolean[] few = new boolean[N];
        for (int i = 0; i < 29; i++) {
            few[i] = true;
        }
        long[] absent = new long[N];
        Arrays.fill(absent, Outcomes.ABSENT);
        NotEnoughOutcomesException e = assertThrows(NotEnoughOutcomesException.class,
                () -> Learner.learn(leads, new Outcomes(few, few, absent, absent), NOW, BASE, Learner.Settings.DEFAULT));
        assertTrue(e.getMessage().contains("at least 30 won and 30 not-won leads; the data has 29 won and 5,971 not won"), e.getMessage());
    }

    @Test
    void theHoldoutMetricsCountTiesInProportion() {
        double[] score = {3, 2, 2, 2, 1, 1, 0, 0};
        boolean[] won = {true, true, false, false, true, false, false, false};
        int[] rows = {0, 1, 2, 3, 4, 5, 6, 7};
        // top 35% = 2.8 leads: lead 0 (won) and 1.8 of the three tied at 2 (one of them won): 1 + 1.8/3 = 1.6 wins of 3
        assertEquals(1.6, HoldoutMetrics.winsInTop(score, won, rows, 0.35), 1e-12);
        HoldoutMetrics m = HoldoutMetrics.of(score, won, rows);
        assertEquals(1.6 / 3, m.top35Capture(), 1e-12);
        // top quarter (2 leads): 1 + 1/3 wins; bottom quarter (leads 6, 7): none -> infinite
        assertEquals(Double.POSITIVE_INFINITY, m.quartileLift());
    }

    /**
     * Known bands: seconds on the website, uniform over 0..1,999, add +2.0 log-odds from 1,000 on and nothing else
     * matters. The learned card must split the field near 1,000 and put about the whole effect between the sides.
     */
    @Test
    void recoversAKnownStepAsBands() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        LeadColumns.Builder b = LeadColumns.builder();
        int n = 5000;
        boolean[] won = new boolean[n];
        int[] seconds = new int[n];
        for (int i = 0; i < n; i++) {
            seconds[i] = random.nextInt(2000);
            double eta = -2.0 + (seconds[i] >= 1000 ? 2.0 : 0);
            won[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            b.contact(new Contact(i + 1, "S-" + i, null, null, null, null, null, null, null, null, null,
                    Instant.parse("2026-01-01T00:00:00Z"), null, null, Map.of("Seconds on site", Integer.toString(seconds[i]))), null);
        }
        long[] absent = new long[n];
        Arrays.fill(absent, Outcomes.ABSENT);
        LeadColumns stepLeads = b.build();
        Outcomes stepOutcomes = new Outcomes(won, won, absent, absent);
        LearnReport step = Learner.learn(stepLeads, stepOutcomes, NOW, BASE, Learner.Settings.DEFAULT);

        // the score of a lead at each number of seconds, from the learned card alone
        PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(stepLeads, step.scorecard(), NOW));
        double below = 0;
        double above = 0;
        int belowCount = 0;
        int aboveCount = 0;
        double jump = 0;
        int jumpAt = -1;
        double[] bySecond = new double[2000];
        boolean[] seen = new boolean[2000];
        for (int i = 0; i < n; i++) {
            bySecond[seconds[i]] = scores.total(i);
            seen[seconds[i]] = true;
            if (seconds[i] >= 1000) {
                above += scores.total(i);
                aboveCount++;
            } else {
                below += scores.total(i);
                belowCount++;
            }
        }
        double previous = Double.NaN;
        for (int s = 0; s < 2000; s++) {
            if (!seen[s]) {
                continue;
            }
            if (!Double.isNaN(previous) && Math.abs(bySecond[s] - previous) > jump) {
                jump = Math.abs(bySecond[s] - previous);
                jumpAt = s;
            }
            previous = bySecond[s];
        }
        assertTrue(Math.abs(jumpAt - 1000) <= 100, "the biggest step in the learned score lies near 1,000 s, not at " + jumpAt
                + ": " + step.rules());
        double gap = above / aboveCount - below / belowCount;
        assertTrue(gap > 0.6 * jump, "the step carries most of the difference between the sides: gap " + gap + ", step " + jump);
        assertTrue(step.rules().stream().allMatch(r -> r.kind() == Candidate.Kind.BAND || r.kind() == Candidate.Kind.PER_UNIT),
                "only the number's bands (or its count) carry points: " + step.rules());
        assertTrue(step.holdout().auc() > 0.65, step.holdout().toString());
    }
}
