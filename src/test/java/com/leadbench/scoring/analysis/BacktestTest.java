package com.leadbench.scoring.analysis;

import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.EMAIL_OPEN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backtest on twelve hand-built leads whose every figure is worked out below.
 *
 * <p>Scorecard: "big" (custom field segment = big) 60 points; "demo" (demo requests) 50 each, cap 50;
 * "opens" (email opens) 5 each, cap 25; gmail.com is excluded. Tiers A >= 100, B >= 50, C >= 20, MQL from B,
 * SQL from 150, no fit gate, no fast-track. Days are before NOW; "W" marks a win.
 *
 * <pre>
 * lead  profile  activities                 follow-up    MQL recorded  scored as of  total  tier
 * L0 W  big      demo 40d                   20d (won)    30d           30d (MQL)       110  A
 * L1 W  big      demo 50d                   35d (won)     5d (later)   35d - 1 ms      110  A
 * L2    big      demo 10d                    8d accepted  -             8d - 1 ms      110  A
 * L3 W  big      demo 3d (after follow-up)   6d (won)     1d (later)    6d - 1 ms       60  B   (110 had it leaked)
 * L4    big      -                          12d rejected  -            12d - 1 ms       60  B
 * L5    -        demo 30d                   -             -            NOW              50  B
 * L6    -        4 opens 2d                 -             -            NOW              20  C
 * L7 W  -        demo 150d (out of window)  10d (won)     -            10d - 1 ms        0  not qualified
 * L8    -        demo 100d (out of window)  -             -            NOW               0  not qualified
 * L9    -        -                          -             -            NOW               0  not qualified
 * L10 W gmail    big, demo 20d              15d (won)     -            15d - 1 ms      110  excluded
 * L11   gmail    -                          -             -            NOW               0  excluded
 * </pre>
 */
class BacktestTest {

    static final long DAY = 86_400_000L;
    static final long NOW = Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();
    static final long NONE = Outcomes.ABSENT;

    static final Scorecard CARD = new Scorecard("test", 90,
            List.of(new DomainExclusion("personal", "Personal email", List.of("gmail.com"), true)),
            List.of(new FieldRule("big", "Big segment", "segment", FieldRule.Operator.EQUALS, List.of("big"), null, null, 60, true),
                    signal("demo", "Demo requests", DEMO_REQUEST, 50, 50.0),
                    signal("opens", "Email opens", EMAIL_OPEN, 5, 25.0)),
            new Thresholds(0, new TierSpec("Tier A", 100, ""), new TierSpec("Tier B", 50, ""), new TierSpec("Tier C", 20, ""),
                    Tier.B, 150),
            new FastTrack(Set.of(), null, false));

    static SignalRule signal(String id, String label, ActivityType type, double points, Double cap) {
        return new SignalRule(id, label, Set.of(type), Set.of(), null, Set.of(), points, cap, null, Decay.NONE, Repeat.EACH, true);
    }

    static Contact contact(long id, String email, boolean big) {
        return new Contact(id, "X-" + id, email, "Lead", "L" + id, "Engineer", null, "US", "US", "Web", null,
                Instant.parse("2026-01-01T00:00:00Z"), null, null, big ? Map.of("segment", "big") : Map.of());
    }

    static LeadColumns leads() {
        LeadColumns.Builder b = LeadColumns.builder();
        for (int i = 0; i <= 11; i++) {
            boolean big = i <= 4 || i == 10;
            b.contact(contact(i, i >= 10 ? "lead" + i + "@gmail.com" : "lead" + i + "@acme.com", big), null);
        }
        demo(b, 0, 40);
        demo(b, 1, 50);
        demo(b, 2, 10);
        demo(b, 3, 3);
        demo(b, 5, 30);
        for (int k = 0; k < 4; k++) {
            b.activity(6, EMAIL_OPEN, "Newsletter", "newsletter", null, NOW - 2 * DAY, null);
        }
        demo(b, 7, 150);
        demo(b, 8, 100);
        demo(b, 10, 20);
        return b.build();
    }

    static void demo(LeadColumns.Builder b, long contact, int daysAgo) {
        b.activity(contact, DEMO_REQUEST, "/products/px-200", "product_page", "components", NOW - daysAgo * DAY, null);
    }

    static Outcomes outcomes() {
        boolean[] won = new boolean[12];
        for (int i : new int[] {0, 1, 3, 7, 10}) {
            won[i] = true;
        }
        boolean[] accepted = new boolean[12];
        accepted[2] = true;
        long[] followUp = {NOW - 20 * DAY, NOW - 35 * DAY, NOW - 8 * DAY, NOW - 6 * DAY, NOW - 12 * DAY, NONE, NONE, NOW - 10 * DAY,
                NONE, NONE, NOW - 15 * DAY, NONE};
        long[] qualified = {NOW - 30 * DAY, NOW - 5 * DAY, NONE, NOW - DAY, NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE};
        return new Outcomes(won, accepted, followUp, qualified);
    }

    @Test
    void eachLeadIsScoredAsOfItsAttributionTime() {
        long[] expected = {NOW - 30 * DAY, NOW - 35 * DAY - 1, NOW - 8 * DAY - 1, NOW - 6 * DAY - 1, NOW - 12 * DAY - 1, NOW, NOW,
                NOW - 10 * DAY - 1, NOW, NOW, NOW - 15 * DAY - 1, NOW};
        assertArrayEquals(expected, Backtest.attributionTimes(outcomes(), NOW));
    }

    @ParameterizedTest(name = "MQL {0}, follow-up {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "10, 20, 10",      // handed over before sales engaged: the MQL date
            "30, 20, 19",      // transition recorded after the follow-up (a scorecard published late): just before the follow-up
            "20, 20, 19",      // at the same moment: not before, so just before the follow-up
            "10, null, 10",    // qualified, never followed up
            "null, 20, 19",    // followed up, never recorded as an MQL
            "null, null, 100", // nothing known: now
            "150, null, 100",  // never after now
            "null, 150, 100"})
    void attributionTimeRule(Long qualified, Long followUp, long expected) {
        Outcomes o = new Outcomes(new boolean[1], new boolean[1], new long[] {followUp == null ? NONE : followUp},
                new long[] {qualified == null ? NONE : qualified});
        assertEquals(expected, Backtest.attributionTimes(o, 100)[0]);
    }

    @Test
    void tiersCountConvertAndShareTheWins() {
        BacktestReport r = Backtest.run(leads(), CARD, outcomes(), NOW);
        assertEquals(12, r.leads());
        assertEquals(5, r.wins());
        assertEquals(List.of(Tier.A, Tier.B, Tier.C, Tier.NOT_QUALIFIED, Tier.EXCLUDED), r.tiers().stream().map(BacktestReport.TierRow::tier).toList());
        // A: L0 L1 L2, won L0 L1, accepted also L2; B: L3 L4 L5, won (and accepted) L3; C: L6;
        // not qualified: L7 L8 L9, won L7; excluded: L10 L11, won L10. Wins 5 in all.
        assertTier(r, Tier.A, 3, 3 / 12.0, 2 / 3.0, 3 / 3.0, 2 / 5.0);
        assertTier(r, Tier.B, 3, 3 / 12.0, 1 / 3.0, 1 / 3.0, 1 / 5.0);
        assertTier(r, Tier.C, 1, 1 / 12.0, 0, 0, 0);
        assertTier(r, Tier.NOT_QUALIFIED, 3, 3 / 12.0, 1 / 3.0, 1 / 3.0, 1 / 5.0);
        assertTier(r, Tier.EXCLUDED, 2, 2 / 12.0, 1 / 2.0, 1 / 2.0, 1 / 5.0);
    }

    private static void assertTier(BacktestReport r, Tier tier, int count, double share, double won, double accepted, double ofWins) {
        BacktestReport.TierRow row = r.tier(tier);
        assertEquals(count, row.count(), tier + " count");
        assertEquals(share, row.share(), 1e-12, tier + " share");
        assertEquals(won, row.wonRate(), 1e-12, tier + " won rate");
        assertEquals(accepted, row.acceptedRate(), 1e-12, tier + " accepted rate");
        assertEquals(ofWins, row.shareOfWins(), 1e-12, tier + " share of wins");
    }

    @Test
    void precisionRecallAucAndLift() {
        BacktestReport r = Backtest.run(leads(), CARD, outcomes(), NOW);
        // MQL or better: L0..L5 (A and B, all below SQL 150), won among them L0 L1 L3 -> 3 / 6;
        // of the 5 wins (L10's included: the exclusion missed it) 3 were MQLs -> 3 / 5
        assertEquals(0.5, r.precision(), 1e-12);
        assertEquals(0.6, r.recall(), 1e-12);
        // AUC over L0..L9: wins 110, 110, 60, 0 against others 110, 60, 50, 20, 0, 0 (24 pairs).
        // 110s beat 60 50 20 0 0 and tie 110: 5.5 each; 60 beats 50 20 0 0, ties 60: 4.5; 0 ties 0 0: 1 -> 16.5 / 24
        assertEquals(16.5 / 24, r.auc(), 1e-12);
        // won rate of A 2/3 over won rate of not qualified 1/3
        assertEquals(2.0, r.topLift(), 1e-12);
    }

    @Test
    void rulesFireAndConvertOverTheLeadsThatAreNotExcluded() {
        BacktestReport r = Backtest.run(leads(), CARD, outcomes(), NOW);
        // big: L0..L4 (wins L0 L1 L3) vs L5..L9 (win L7)
        assertEquals(new BacktestReport.RuleRow("big", "Big segment", 5, 0.5, 3 / 5.0, 1 / 5.0), r.rules().get(0));
        // demo at attribution time: L0 L1 L2 L5 (wins L0 L1); not L3 (after its follow-up), not L7 L8 (out of window)
        assertEquals(new BacktestReport.RuleRow("demo", "Demo requests", 4, 0.4, 2 / 4.0, 2 / 6.0), r.rules().get(1));
        // opens: L6 only
        assertEquals(new BacktestReport.RuleRow("opens", "Email opens", 1, 0.1, 0.0, 4 / 9.0), r.rules().get(2));
    }

    @Test
    void aMatrixBuiltAtAttributionTimesCanBeAdaptedAndReused() {
        Scorecard other = CARD.withRule(CARD.rule("demo").orElseThrow().withPoints(5));
        FeatureMatrix matrix = FeatureMatrix.build(leads(), other, Backtest.attributionTimes(outcomes(), NOW));
        assertEquals(Backtest.run(leads(), CARD, outcomes(), NOW), Backtest.run(matrix.adapt(CARD), outcomes()));
    }

    @Test
    void amongFollowedUpLeadsOnlyTheScoreDecides() {
        FeatureMatrix matrix = FeatureMatrix.build(leads(), CARD, Backtest.attributionTimes(outcomes(), NOW));
        // followed up and not excluded: wins L0 110, L1 110, L3 60, L7 0 against L2 110, L4 60 (8 pairs):
        // 110s beat 60 and tie 110: 1.5 each; 60 ties 60: 0.5; 0: nothing -> 3.5 / 8
        assertEquals(3.5 / 8, Backtest.followedUpAuc(matrix, outcomes()), 1e-12);
    }

    @Test
    void figuresOverNothingAreNotANumber() {
        BacktestReport r = Backtest.run(leads(), CARD, Outcomes.none(12), NOW);
        assertEquals(0, r.wins());
        assertTrue(Double.isNaN(r.auc()), "no wins: no AUC");
        assertTrue(Double.isNaN(r.recall()), "no wins: no recall");
        assertEquals(0.0, r.precision(), "six MQLs, none won");
        assertTrue(Double.isNaN(r.topLift()), "0 over 0");
        assertTrue(Double.isNaN(r.tier(Tier.A).shareOfWins()));

        Scorecard noBottom = CARD.withThresholds(t -> t.withTierMin(Tier.C, -1));
        BacktestReport all = Backtest.run(leads(), noBottom, outcomes(), NOW);
        assertEquals(0, all.tier(Tier.NOT_QUALIFIED).count());
        assertTrue(Double.isNaN(all.topLift()), "an empty bottom tier has no won rate");
        assertTrue(Double.isNaN(all.tier(Tier.NOT_QUALIFIED).wonRate()));
    }

    @ParameterizedTest(name = "lift {0} / {1} = {2}")
    @CsvSource({"0.5, 0.25, 2.0", "0.5, 0.0, Infinity", "0.0, 0.0, NaN", "NaN, 0.5, NaN", "0.5, NaN, NaN", "0.0, 0.5, 0.0"})
    void liftIsNaNSafe(double top, double bottom, double expected) {
        assertEquals(expected, Backtest.lift(top, bottom));
    }

    @Test
    void outcomesCountAWinAsAcceptedAndKnowWhetherThereIsAnything() {
        Outcomes o = new Outcomes(new boolean[] {true, false}, new boolean[] {false, false}, new long[] {NONE, NONE}, new long[] {NONE, NONE});
        assertTrue(o.accepted()[0]);
        assertEquals(1, o.wins());
        assertTrue(o.any());
        assertTrue(!Outcomes.none(3).any());
        assertEquals(Outcomes.none(3), Outcomes.none(3));
    }
}
