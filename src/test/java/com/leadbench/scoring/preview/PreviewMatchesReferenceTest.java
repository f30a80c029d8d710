package com.leadbench.scoring.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The property that makes the preview trustworthy: over many random scorecards, the preview engine
 * gives exactly the reference engine's fit, intent, tier and stage for every contact, whether its
 * columns were built fresh or adapted from another scorecard's.
 */
class PreviewMatchesReferenceTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static LeadColumns leads;
    private static long asOf;

    @BeforeAll
    static void demo() {
        leads = DemoColumns.generate(700, 5, END);
        asOf = END.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void defaultPresetAgreesOnEveryContact() {
        Scorecard preset = ScorecardJson.defaultPreset();
        assertAgrees(preset, PreviewEngine.score(FeatureMatrix.build(leads, preset, asOf)));
    }

    @Test
    void randomScorecardsAgreeOnEveryContact_freshAndAdapted() {
        SplittableRandom random = new SplittableRandom(2026);
        Scorecard base = ScorecardJson.defaultPreset();
        FeatureMatrix chained = FeatureMatrix.build(leads, base, asOf);
        int tiersSeen = 0;
        for (int round = 0; round < 60; round++) {
            Scorecard card = randomize(base, random);
            PreviewScores fresh = PreviewEngine.score(FeatureMatrix.build(leads, card, asOf));
            chained = chained.adapt(card);
            PreviewScores adapted = PreviewEngine.score(chained);
            assertAgrees(card, fresh);
            assertAgrees(card, adapted);
            int[] counts = fresh.tierCounts();
            tiersSeen += counts[Tier.A.ordinal()] > 0 && counts[Tier.C.ordinal()] > 0 ? 1 : 0;
        }
        assertTrue(tiersSeen > 10, "the random scorecards spread leads over tiers: " + tiersSeen);
    }

    @Test
    void eachContactMayBeScoredAsOfItsOwnTime() {
        SplittableRandom random = new SplittableRandom(99);
        long[] times = new long[leads.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = asOf - random.nextLong(0, 400L * 86_400_000L);
        }
        for (int round = 0; round < 5; round++) {
            Scorecard card = round == 0 ? ScorecardJson.defaultPreset() : randomize(ScorecardJson.defaultPreset(), random);
            PreviewScores preview = PreviewEngine.score(FeatureMatrix.build(leads, card, times));
            for (int i = 0; i < leads.size(); i++) {
                Breakdown reference = ScoringEngine.score(card, leads.facts(i), Instant.ofEpochMilli(times[i]));
                assertEquals(Double.doubleToLongBits(reference.total()), Double.doubleToLongBits(preview.total(i)));
                assertEquals(reference.stage(), preview.stage(i));
            }
        }
    }

    @Test
    void aPointsChangeRebuildsNoColumnAndAWindowChangeRebuildsOne() {
        Scorecard preset = ScorecardJson.defaultPreset();
        FeatureMatrix matrix = FeatureMatrix.build(leads, preset, asOf);
        Rule spec = preset.rule("spec-sheets").orElseThrow();
        assertEquals(0, matrix.rebuildCount(preset.withRule(spec.withPoints(30))));
        assertEquals(0, matrix.rebuildCount(preset.withThresholds(t -> t.withTierMin(Tier.B, 60))));
        assertEquals(1, matrix.rebuildCount(preset.withRule(((ActivityRule) spec).withWindowDays(30))));
        assertEquals(1, matrix.rebuildCount(preset.withRule(((ActivityRule) spec).withDecay(Decay.linear()))));
    }

    private static void assertAgrees(Scorecard card, PreviewScores preview) {
        Instant at = Instant.ofEpochMilli(asOf);
        for (int i = 0; i < leads.size(); i++) {
            Breakdown reference = ScoringEngine.score(card, leads.facts(i), at);
            long id = leads.contact(i).id();
            assertEquals(Double.doubleToLongBits(reference.fit()), Double.doubleToLongBits(preview.fit(i)),
                    () -> "fit of contact " + id + " under " + card.name());
            assertEquals(Double.doubleToLongBits(reference.intent()), Double.doubleToLongBits(preview.intent(i)),
                    () -> "intent of contact " + id + " under " + card.name());
            assertEquals(reference.tier(), preview.tier(i), () -> "tier of contact " + id);
            assertEquals(reference.stage(), preview.stage(i), () -> "stage of contact " + id);
        }
    }

    private static Scorecard randomize(Scorecard base, SplittableRandom r) {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : base.rules()) {
            Rule next = rule.withPoints(r.nextInt(10) == 0 ? 0 : r.nextInt(-30, 41) + (r.nextBoolean() ? 0.5 : 0))
                    .withEnabled(r.nextInt(8) != 0);
            if (next instanceof ActivityRule a) {
                a = a.withCap(r.nextInt(4) == 0 ? null : (double) r.nextInt(0, 50));
                a = a.withWindowDays(r.nextInt(3) == 0 ? null : r.nextInt(1, 400));
                a = a.withDecay(switch (r.nextInt(3)) {
                    case 0 -> Decay.NONE;
                    case 1 -> Decay.linear();
                    default -> Decay.halfLife(r.nextInt(2, 90) + 0.25);
                });
                next = a;
            } else if (next instanceof FormKeywordRule f) {
                // a fit rule with a window only: draw what an intent rule draws, so the cards stay as they were
                if (r.nextInt(4) != 0) {
                    r.nextInt(0, 50);
                }
                f = f.withWindowDays(r.nextInt(3) == 0 ? null : r.nextInt(1, 400));
                if (r.nextInt(3) == 2) {
                    r.nextInt(2, 90);
                }
                next = f;
            }
            if (next instanceof PersonaRule p && r.nextInt(3) == 0) {
                List<String> words = new ArrayList<>(p.keywords().words());
                words.add(List.of("engineer", "manager", "director", "buyer").get(r.nextInt(4)));
                next = new PersonaRule(p.id(), p.label(), p.persona(), new Keywords(words), p.points(), p.enabled());
            }
            rules.add(next);
        }
        List<ExclusionRule> exclusions = base.exclusions().stream().map(e -> e.withEnabled(r.nextInt(4) != 0)).toList();
        double c = r.nextInt(0, 80);
        double b = c + r.nextInt(1, 60);
        double a = b + r.nextInt(1, 60);
        Tier mql = List.of(Tier.A, Tier.B, Tier.C).get(r.nextInt(3));
        double mqlMin = mql == Tier.A ? a : mql == Tier.B ? b : c;
        Thresholds thresholds = new Thresholds(r.nextInt(-10, 50), new TierSpec("Tier A", a, ""), new TierSpec("Tier B", b, ""),
                new TierSpec("Tier C", c, ""), mql, mqlMin + r.nextInt(0, 80));
        FastTrack ft = new FastTrack(base.fastTrack().types(), r.nextBoolean() ? null : r.nextInt(1, 200), r.nextInt(5) != 0);
        return new Scorecard("random", r.nextInt(7, 200), exclusions, rules, thresholds, ft);
    }
}
