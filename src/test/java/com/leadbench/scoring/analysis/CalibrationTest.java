package com.leadbench.scoring.analysis;

import static com.leadbench.model.ActivityType.DOWNLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Contact;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibration on simulated leads whose chance of a win is known: log-odds
 * {@code -3 + 2.0 f1 + 1.0 f2 + 0.5 f3 + 0.5 min(downloads, 3) + 0 f4 + noise}, with four yes/no fields
 * (each yes half the time), 0 to 5 spec sheet downloads and Gaussian noise (sd 0.3) on the log-odds.
 */
class CalibrationTest {

    static final long DAY = 86_400_000L;
    static final long NOW = Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();
    static final int LEADS = 6000;

    static LeadColumns leads;
    static Outcomes outcomes;

    static final Thresholds THRESHOLDS = new Thresholds(0, new TierSpec("Tier A", 100, ""), new TierSpec("Tier B", 60, ""),
            new TierSpec("Tier C", 30, ""), Tier.B, 200);

    /** The current scorecard: every signal but f3, at guessed points. */
    static final Scorecard CURRENT = card("current", field("f1", 30), field("f2", 30), downloads(10, 30.0), field("f4", 30));
    /** The draft: the current scorecard plus a candidate rule for f3 at 0 points. */
    static final Scorecard DRAFT = card("draft", field("f1", 30), field("f2", 30), downloads(10, 30.0), field("f4", 30), field("f3", 0));
    /** A deliberately bad scorecard: only the field that does not matter. */
    static final Scorecard BAD = card("bad", field("f4", 60));

    static Scorecard card(String name, Rule... rules) {
        return new Scorecard(name, 90, List.of(), List.of(rules), THRESHOLDS, new FastTrack(Set.of(), null, false));
    }

    static FieldRule field(String name, double points) {
        return new FieldRule(name, "Field " + name, name, FieldRule.Operator.EQUALS, List.of("yes"), null, null, points, true);
    }

    static SignalRule downloads(double points, Double cap) {
        return new SignalRule("downloads", "Spec sheet downloads", Set.of(DOWNLOAD), Set.of("spec_sheet"), null, Set.of(), points, cap,
                null, Decay.NONE, Repeat.EACH, true);
    }

    @BeforeAll
    static void simulate() {
        SplittableRandom random = new SplittableRandom(20261122);
        LeadColumns.Builder b = LeadColumns.builder();
        boolean[] won = new boolean[LEADS];
        long[] followUp = new long[LEADS];
        long[] qualified = new long[LEADS];
        for (int i = 0; i < LEADS; i++) {
            Map<String, String> fields = new HashMap<>();
            int[] f = new int[5];
            for (int k = 1; k <= 4; k++) {
                f[k] = random.nextBoolean() ? 1 : 0;
                fields.put("f" + k, f[k] == 1 ? "yes" : "no");
            }
            b.contact(new Contact(i + 1, "X-" + i, "lead" + i + "@acme.com", "Lead", "L" + i, "Engineer", null, "US", "US", "Web",
                    null, Instant.parse("2026-01-01T00:00:00Z"), null, null, fields), null);
            int downloads = random.nextInt(6);
            for (int d = 0; d < downloads; d++) {
                b.activity(i + 1, DOWNLOAD, "Spec sheet " + d, "spec_sheet", "components", NOW - (2 + random.nextInt(60)) * DAY, null);
            }
            double logOdds = -3 + 2.0 * f[1] + 1.0 * f[2] + 0.5 * f[3] + 0.5 * Math.min(downloads, 3) + 0.3 * random.nextGaussian();
            won[i] = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));
            followUp[i] = NOW - DAY; // sales called everybody yesterday, after every download
            qualified[i] = Outcomes.ABSENT;
        }
        leads = b.build();
        outcomes = new Outcomes(won, won.clone(), followUp, qualified);
    }

    static Map<String, Suggestion.RuleSuggestion> byId(Suggestion s) {
        Map<String, Suggestion.RuleSuggestion> out = new HashMap<>();
        s.rules().forEach(r -> out.put(r.ruleId(), r));
        return out;
    }

    @Test
    void suggestedPointsOrderAndScaleLikeTheTrueWeights() {
        Suggestion s = Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 1);
        Map<String, Suggestion.RuleSuggestion> r = byId(s);
        // in the draft's order: its fit rules, then its intent rules
        assertEquals(List.of("f1", "f2", "f4", "f3", "downloads"), s.rules().stream().map(Suggestion.RuleSuggestion::ruleId).toList());
        double f1 = r.get("f1").suggestedPoints();
        double f2 = r.get("f2").suggestedPoints();
        double f3 = r.get("f3").suggestedPoints();
        double dl = r.get("downloads").suggestedPoints();
        double f4 = r.get("f4").suggestedPoints();
        String all = s.rules().toString();
        assertTrue(f1 > f2 && f2 > f3 && f2 > dl && f3 > 0 && dl > 0, all);
        assertTrue(Math.abs(f4) < f3 / 2, "the field without effect gets next to nothing: " + all);
        assertTrue(f1 / f2 > 1.5 && f1 / f2 < 2.7, "true ratio 2: " + all);
        assertTrue(f1 / f3 > 2.5 && f1 / f3 < 6, "true ratio 4: " + all);
        assertTrue(f1 / dl > 2.5 && f1 / dl < 6, "true ratio 4 (per download): " + all);
        // the coefficients are log-odds per unit of feature
        assertEquals(2.0, r.get("f1").coefficient(), 0.35, all);
        assertEquals(1.0, r.get("f2").coefficient(), 0.3, all);
        assertEquals(0.0, r.get("f4").coefficient(), 0.2, all);
        assertEquals(30, r.get("f1").currentPoints());
        assertEquals(0, r.get("f3").currentPoints(), "current points are the draft's");
    }

    @Test
    void theSuggestionIsTheDraftWithNewPointsAndScaledCaps() {
        Suggestion s = Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 1);
        Scorecard card = s.suggested();
        assertEquals(DRAFT.thresholds(), card.thresholds());
        assertEquals(DRAFT.rules().stream().map(Rule::id).toList(), card.rules().stream().map(Rule::id).toList());
        assertEquals(List.of(), card.problems());
        for (Rule rule : card.rules()) {
            assertEquals(Math.rint(rule.points()), rule.points(), "whole points: " + rule);
        }
        ActivityRule downloads = (ActivityRule) card.rule("downloads").orElseThrow();
        // a cap of 30 at 10 points binds at 3 downloads, and still does
        assertEquals(3.0, downloads.cap() / downloads.points(), 1e-9);
        assertEquals(card.rule("f1").orElseThrow().points(), byId(s).get("f1").suggestedPoints());
    }

    @Test
    void theScaleKeepsTheNumberOfMqls() {
        Suggestion s = Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 1);
        FeatureMatrix matrix = FeatureMatrix.build(leads, CURRENT, Backtest.attributionTimes(outcomes, NOW));
        int current = mqls(matrix);
        int suggested = mqls(matrix.adapt(s.suggested()));
        assertTrue(current > 500, "the current scorecard makes MQLs: " + current);
        assertTrue(Math.abs(suggested - current) < 0.15 * current, "current " + current + ", suggested " + suggested);
    }

    private static int mqls(FeatureMatrix matrix) {
        int[] stages = PreviewEngine.score(matrix).stageCounts();
        return stages[LifecycleStage.MQL.ordinal()] + stages[LifecycleStage.SQL.ordinal()];
    }

    @Test
    void heldOutAucsCompareTheScorecardsOnTheSameLeads() {
        Suggestion s = Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 1);
        assertEquals(LEADS, s.trainSize() + s.validationSize());
        assertEquals(0.7 * LEADS, s.trainSize(), 2);
        // the draft differs from the current scorecard only by a rule at 0 points: the same scores
        assertEquals(s.aucCurrent(), s.aucDraft());
        assertTrue(s.aucSuggested() > s.aucCurrent(), "the learned points use f3 and drop f4: " + s);
        assertTrue(s.aucSuggested() > 0.75, s.toString());

        Suggestion fromBad = Calibration.suggest(leads, BAD, DRAFT, outcomes, NOW, 1);
        assertTrue(fromBad.aucCurrent() < 0.6, "only the field without effect: " + fromBad.aucCurrent());
        assertTrue(fromBad.aucSuggested() > fromBad.aucCurrent() + 0.15, fromBad.toString());
    }

    @Test
    void theSameSeedGivesTheSameSuggestion() {
        assertEquals(Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 9), Calibration.suggest(leads, CURRENT, DRAFT, outcomes, NOW, 9));
    }

    @Test
    void disabledRulesAreNoFeaturesAndStayAsTheyAre() {
        Rule off = field("f2", 30).withEnabled(false);
        Scorecard draft = card("draft", field("f1", 30), off, downloads(10, 30.0));
        Suggestion s = Calibration.suggest(leads, CURRENT, draft, outcomes, NOW, 1);
        assertEquals(List.of("f1", "downloads"), s.rules().stream().map(Suggestion.RuleSuggestion::ruleId).toList());
        assertEquals(off, s.suggested().rule("f2").orElseThrow(), "a disabled rule is kept as it is");
    }

    @Test
    void withoutWinsThereIsNothingToLearn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.suggest(leads, CURRENT, DRAFT, Outcomes.none(LEADS), NOW, 1));
        assertTrue(e.getMessage().contains("won"), e.getMessage());
    }

    @Test
    void aFeatureTimesItsPointsIsTheContribution() {
        SignalRule rule = downloads(10, 30.0);
        double[] column = {0, 1, 2, 3, 5};
        double[] x = Calibration.feature(rule, column);
        for (int i = 0; i < column.length; i++) {
            assertEquals(rule.apply(column[i]), rule.points() * x[i], 1e-12);
        }
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 3.0), toList(x));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 5.0), toList(Calibration.feature(downloads(0, 30.0), column)), "0 points: the raw value");
    }

    private static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** A rule that fired for a handful of leads keeps its points and is named, instead of getting wild ones. */
    @Test
    void aRuleWithTooLittleSupportKeepsItsPointsWithAWarning() {
        // three leads out of 6,000: far under the 30 needed to price a rule
        FieldRule thin = new FieldRule("thin", "Field X-1", "contact.external_id", FieldRule.Operator.IN, List.of("X-1", "X-2", "X-3"),
                null, null, 7, true);
        Scorecard draft = card("draft", field("f1", 30), field("f2", 30), thin);
        Suggestion s = Calibration.suggest(leads, CURRENT, draft, outcomes, NOW, 1);
        Suggestion.RuleSuggestion row = byId(s).get("thin");
        assertEquals(7, row.suggestedPoints(), "kept: " + s.rules());
        assertTrue(Double.isNaN(row.coefficient()), "not fitted: " + row);
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("\"Field X-1\" fired for only ") && w.endsWith("keeps its 7 points")),
                s.warnings().toString());
    }

    /** A current scorecard that qualifies nobody gives no MQL count to match: the points are scaled on the fit itself, with a warning. */
    @Test
    void aCurrentScorecardThatQualifiesNoneIsSaidAndDoesNotScaleThePoints() {
        Scorecard none = card("none", field("f1", 1)).withThresholds(t -> new Thresholds(0, new TierSpec("Tier A", 1000, ""),
                new TierSpec("Tier B", 900, ""), new TierSpec("Tier C", 800, ""), Tier.B, 2000));
        Suggestion s = Calibration.suggest(leads, none, DRAFT, outcomes, NOW, 1);
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("the current scorecard qualifies no lead")), s.warnings().toString());
        double largest = s.rules().stream().mapToDouble(r -> Math.abs(r.suggestedPoints())).max().orElseThrow();
        assertTrue(largest >= 10 && largest <= 100, "points on a 100-point span, not wild: " + s.rules());
    }
}
