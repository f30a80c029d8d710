package com.leadbench.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Candidates for every kind of field, each on its own planted fixture of custom fields (nobody followed up, so every
 * lead is judged as of NOW). Every fixture also checks that each candidate's rule fires for exactly its leads.
 */
class CandidateKindsTest {

    static final long NOW = Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();

    record Found(LeadColumns leads, Outcomes outcomes, List<Candidate> candidates) {

        List<Candidate> of(String source) {
            return candidates.stream().filter(c -> c.source().equals(source)).toList();
        }

        Candidate only(String source, Candidate.Kind kind) {
            List<Candidate> found = of(source).stream().filter(c -> c.kind() == kind).toList();
            assertEquals(1, found.size(), () -> kind + " of " + source + ": " + candidates);
            return found.getFirst();
        }
    }

    /** {@code n} contacts with the custom fields {@code fields.apply(i)} (a null value leaves the field out); won as {@code won} says. */
    static Found find(int n, IntFunction<Map<String, String>> fields, IntPredicate won, int minSupport) {
        LeadColumns.Builder b = LeadColumns.builder();
        boolean[] w = new boolean[n];
        for (int i = 0; i < n; i++) {
            Map<String, String> custom = new HashMap<>(fields.apply(i));
            custom.values().removeIf(v -> v == null);
            b.contact(new Contact(i + 1, "X-" + i, null, null, null, null, null, null, null, null, null,
                    Instant.parse("2026-01-01T00:00:00Z"), null, null, custom), null);
            w[i] = won.test(i);
        }
        LeadColumns leads = b.build();
        long[] absent = new long[n];
        Arrays.fill(absent, Outcomes.ABSENT);
        Outcomes outcomes = new Outcomes(w, w, absent, absent);
        Found found = new Found(leads, outcomes, CandidateRules.find(leads, outcomes, NOW, minSupport));
        assertRulesFireForTheirLeads(found);
        return found;
    }

    static void assertRulesFireForTheirLeads(Found found) {
        List<Rule> rules = found.candidates().stream().map(Candidate::rule).toList();
        Scorecard card = new Scorecard("candidates", CandidateRules.DEFAULT_WINDOW_DAYS, List.of(), rules,
                new Thresholds(0, new TierSpec("A", 3, ""), new TierSpec("B", 2, ""), new TierSpec("C", 1, ""), Tier.B, 3),
                new FastTrack(Set.of(), null, false));
        assertEquals(List.of(), card.problems());
        FeatureMatrix matrix = FeatureMatrix.build(found.leads(), card, Backtest.learningTimes(found.leads(), found.outcomes(), NOW));
        for (int r = 0; r < rules.size(); r++) {
            String id = card.rules().get(r).id();
            Candidate c = found.candidates().stream().filter(k -> k.rule().id().equals(id)).findFirst().orElseThrow();
            int fired = 0;
            int wins = 0;
            for (int i = 0; i < found.leads().size(); i++) {
                if (matrix.column(r)[i] > 0) {
                    fired++;
                    wins += found.outcomes().won()[i] ? 1 : 0;
                }
            }
            assertEquals(c.leads(), fired, c.toString());
            assertEquals(c.wins(), wins, c.toString());
        }
    }

    // ------------------------------------------------------------------ numeric bands

    /**
     * 2,000 contacts; "Time on site" = i / 2 (0..999, each twice), won when (time ≥ 500 and i % 10 < 6) or
     * (time < 500 and i % 10 < 1): every decile bin of 200 leads wins 20 (below 500) or 120 (from 500). "Pages per
     * visit" cycles through 1.67, 2.5, 3, 14 and 4.25 (400 leads each).
     */
    static Found step() {
        return find(2000, i -> Map.of("Time on site", Integer.toString(i / 2),
                        "Pages per visit", List.of("1.67", "2.5", "3", "14", "4.25").get(i % 5)),
                i -> i / 2 >= 500 ? i % 10 < 6 : i % 10 < 1, 30);
    }

    @Test
    void aPlantedStepBecomesTwoBandsSplitAt500ThatTileTheLine() {
        Found found = step();
        List<Candidate> bands = found.of("contact.Time on site").stream().filter(c -> c.kind() == Candidate.Kind.BAND).toList();
        assertEquals(2, bands.size(), found.candidates().toString());
        Candidate high = bands.stream().filter(c -> c.value().equals("500–999")).findFirst().orElseThrow(() -> new AssertionError(bands));
        Candidate low = bands.stream().filter(c -> c.value().equals("0–499")).findFirst().orElseThrow(() -> new AssertionError(bands));
        assertEquals(1000, high.leads());
        assertEquals(600, high.wins());
        assertEquals(1000, low.leads());
        assertEquals(100, low.wins());
        assertEquals(0.6 / (700.0 / 2000), high.lift(), 1e-12);

        FieldRule below = assertInstanceOf(FieldRule.class, low.rule());
        FieldRule above = assertInstanceOf(FieldRule.class, high.rule());
        assertEquals(FieldRule.Operator.RANGE, below.operator());
        assertEquals("Time on site 0–499", below.label());
        assertEquals("contact.Time on site", below.field());
        assertNull(below.min(), "the first band is open below");
        assertNull(above.max(), "the last band is open above");
        assertEquals(500.0, above.min(), "the cut lies between 499 and 500, at the roundest number there");
        assertEquals(Math.nextDown(500.0), below.max(), "the bands meet without a gap or an overlap");
        for (String v : List.of("-3", "0", "499", "499.5", "499.9999", "500", "500.0", "1e6")) {
            int bandsHit = (hits(below, v) ? 1 : 0) + (hits(above, v) ? 1 : 0);
            assertEquals(1, bandsHit, v + " lies in exactly one band");
        }
    }

    private static boolean hits(FieldRule rule, String value) {
        Contact c = new Contact(1, null, null, null, null, null, null, null, null, null, null, Instant.EPOCH, null, null,
                Map.of("Time on site", value));
        return rule.evidence(new com.leadbench.scoring.lead.LeadFacts(c, java.util.Optional.empty(), List.of())).isPresent();
    }

    /**
     * In the step fixture, i % 5 == 0 (pages per visit 1.67) holds i % 10 == 0 and 5: it wins 100 below 500 and 200
     * from 500, 300 of 400; every other value wins 100 of 400 (i % 10 == 1..4 from 500 only).
     */
    @Test
    void numbersAreNeverOfferedValueByValue() {
        Found found = step();
        assertTrue(found.candidates().stream().noneMatch(c -> c.kind() == Candidate.Kind.VALUE),
                "both fields are numeric: " + found.candidates());
        List<Candidate> pages = found.of("contact.Pages per visit");
        assertEquals(List.of("1.67", "2.5–14"), pages.stream().map(Candidate::value).toList(), pages.toString());
        assertEquals(List.of(300, 400), pages.stream().map(Candidate::wins).toList());
        FieldRule first = assertInstanceOf(FieldRule.class, pages.getFirst().rule());
        assertEquals(Math.nextDown(2.0), first.max(), "the roundest number between 1.67 and 2.5 is 2");
    }

    /** The first multiple of the largest power of ten that fits above the lower number. */
    @ParameterizedTest(name = "cut between {0} and {1} is {2}")
    @CsvSource({"499, 500, 500", "1.67, 1.75, 1.7", "14, 16, 15", "0, 1, 1", "0, 0.25, 0.1", "1200, 1450, 1300", "-7, -2, -6",
            "999, 1000.5, 1000"})
    void cutsLieAtTheRoundestNumberBetweenTwoBins(double below, double above, double cut) {
        assertEquals(cut, NumericBands.cut(below, above), 1e-12);
    }

    @Test
    void aMassAtOneNumberIsABinOfItsOwnAndTiesStayTogether() {
        // 100 leads: 40 hold 0, then 1..60 once each; none won (the bins alone are checked)
        double[] numbers = new double[100];
        for (int i = 0; i < 100; i++) {
            numbers[i] = i < 40 ? 0 : i - 39;
        }
        OutcomeBasis basis = new OutcomeBasis(Outcomes.none(100), new long[100], 1);
        List<Bins.Bin> bins = NumericBands.quantileBins(numbers, basis);
        assertEquals(new Bins.Bin(0, 0, 40, 0), bins.getFirst(), bins.toString());
        // the other 60 leads in deciles of the whole: ranks 50, 60, ..., 90 end bins at 10, 20, ..., 50
        assertEquals(List.of(new Bins.Bin(1, 10, 10, 0), new Bins.Bin(11, 20, 10, 0), new Bins.Bin(21, 30, 10, 0),
                new Bins.Bin(31, 40, 10, 0), new Bins.Bin(41, 50, 10, 0), new Bins.Bin(51, 60, 10, 0)), bins.subList(1, bins.size()));
    }

    @Test
    void binsUnderTheMinimumSupportJoinTheNeighbourThatConvertsMoreAlike() {
        // 10% | 90% (5 leads) | 80%: the small bin joins the 80% one
        List<Bins.Bin> merged = Bins.merge(List.of(new Bins.Bin(0, 9, 100, 10), new Bins.Bin(10, 10, 5, 4), new Bins.Bin(11, 20, 100, 80)), 30);
        assertEquals(List.of(new Bins.Bin(0, 9, 100, 10), new Bins.Bin(10, 20, 105, 84)), merged);
        // 30 of 100 vs 36 of 100 do not differ at 95% (z = 0.90): one band
        assertEquals(List.of(new Bins.Bin(0, 20, 200, 66)),
                Bins.merge(List.of(new Bins.Bin(0, 9, 100, 30), new Bins.Bin(10, 20, 100, 36)), 30));
        // 30 of 100 vs 50 of 100 do (z = 2.89): two bands
        assertEquals(2, Bins.merge(List.of(new Bins.Bin(0, 9, 100, 30), new Bins.Bin(10, 20, 100, 50)), 30).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1000, '1,000'", "1400.5, '1,400.5'", "1.67, 1.67", "0, 0", "-0.0, 0", "300000000, '300,000,000'"})
    void bandLabelsUseThousandsSeparators(double v, String shown) {
        assertEquals(shown, NumericBands.format(v));
    }

    // ------------------------------------------------------------------ unanswered

    /**
     * 200 contacts; "Occupation" unanswered for 0..79 (blank when i % 3 == 0, "Select" when 1, absent when 2),
     * "Engineer" for 80..139, "Manager" for 140..199. Won: i % 10 == 0 below 80 (8 wins), even i from 80 (60 wins).
     */
    @Test
    void anUnansweredFieldIsACandidateWithItsCounts() {
        Found found = find(200, i -> {
            Map<String, String> f = new HashMap<>();
            f.put("Occupation", i < 80 ? (i % 3 == 0 ? "" : i % 3 == 1 ? "Select" : null) : i < 140 ? "Engineer" : "Manager");
            return f;
        }, i -> i < 80 ? i % 10 == 0 : i % 2 == 0, 30);
        Candidate empty = found.only("contact.Occupation", Candidate.Kind.UNANSWERED);
        assertEquals("is empty", empty.value());
        assertEquals(80, empty.leads());
        assertEquals(8, empty.wins());
        assertEquals(0.1 / (68.0 / 200), empty.lift(), 1e-12);
        FieldRule rule = assertInstanceOf(FieldRule.class, empty.rule());
        assertEquals(FieldRule.Operator.EMPTY, rule.operator());
        assertEquals("Occupation is empty", rule.label());
        assertEquals(30, found.of("contact.Occupation").stream().filter(c -> c.value().equals("Engineer")).findFirst().orElseThrow().wins());
        assertTrue(found.candidates().stream().noneMatch(c -> c.value().equalsIgnoreCase("Select")), "a null marker is not a value");
        assertNull(empty.leak());
    }

    @Test
    void noUnansweredCandidateWhenTooFewLeadsAnswered() {
        // 20 answered of 200: below the minimum support of 30 on the answered side
        Found found = find(200, i -> Map.of("Occupation", i < 20 ? "Engineer" : ""), i -> i % 2 == 0, 30);
        assertTrue(found.of("contact.Occupation").isEmpty(), found.candidates().toString());
    }

    // ------------------------------------------------------------------ points per unit

    /** 300 contacts; "Visits" = i % 20 (15 leads each of 0..19), won when i % 3 == 0. */
    @Test
    void aCountFieldGetsPointsPerUnitCappedAtIts95thPercentile() {
        Found found = find(300, i -> Map.of("Visits", Integer.toString(i % 20)), i -> i % 3 == 0, 30);
        Candidate perUnit = found.only("contact.Visits", Candidate.Kind.PER_UNIT);
        assertEquals(285, perUnit.leads(), "contacts with more than 0 visits");
        assertEquals(95, perUnit.wins(), "100 multiples of 3, less the 5 multiples of 60 (0 visits)");
        PerUnitRule rule = assertInstanceOf(PerUnitRule.class, perUnit.rule());
        assertEquals(0, rule.points());
        assertEquals(18.0, rule.cap(), "the 285th of 300 sorted counts");
        assertEquals("contact.Visits", rule.field());
        assertEquals("Visits per unit", rule.label());
    }

    @Test
    void fractionsAndNegativeNumbersAreNoCount() {
        Found found = find(300, i -> Map.of("Score", Integer.toString(i % 20 - 5), "Ratio", (i % 20) + ".5"), i -> i % 3 == 0, 30);
        assertTrue(found.candidates().stream().noneMatch(c -> c.kind() == Candidate.Kind.PER_UNIT), found.candidates().toString());
    }

    // ------------------------------------------------------------------ recency

    /**
     * 300 contacts; "Last Activity Date" 3 days before NOW for 0..99 (won when even: 50), 20 days for 100..199 and
     * 200 days for 200..299 (won when i % 10 == 0: 10 each). The empty bands join their neighbours, 8–30 and 181–365
     * (10% each) merge: two bands, 0–7 (50 of 100) and 8+ (20 of 200).
     */
    @Test
    void aDateFieldGetsRecencyBands() {
        LocalDate today = Instant.ofEpochMilli(NOW).atZone(ZoneOffset.UTC).toLocalDate();
        Found found = find(300, i -> Map.of("Last Activity Date", today.minusDays(i < 100 ? 3 : i < 200 ? 20 : 200).toString()),
                i -> i < 100 ? i % 2 == 0 : i % 10 == 0, 30);
        List<Candidate> bands = found.of("contact.Last Activity Date");
        assertEquals(List.of("0–7 days ago", "8+ days ago"), bands.stream().map(Candidate::value).sorted().toList(), bands.toString());
        Candidate recent = bands.stream().filter(c -> c.value().equals("0–7 days ago")).findFirst().orElseThrow();
        assertEquals(Candidate.Kind.RECENCY, recent.kind());
        assertEquals(100, recent.leads());
        assertEquals(50, recent.wins());
        FieldAgeRule rule = assertInstanceOf(FieldAgeRule.class, recent.rule());
        assertEquals(0, rule.minDays());
        assertEquals(7, rule.maxDays());
        assertEquals("Last Activity Date 0–7 days ago", rule.label());
        Candidate older = bands.stream().filter(c -> c.value().equals("8+ days ago")).findFirst().orElseThrow();
        assertEquals(200, older.leads());
        assertEquals(20, older.wins());
        FieldAgeRule open = assertInstanceOf(FieldAgeRule.class, older.rule());
        assertEquals(8, open.minDays());
        assertNull(open.maxDays());
        assertTrue(found.candidates().stream().noneMatch(c -> c.kind() == Candidate.Kind.VALUE), "dates are not values");
    }

    // ------------------------------------------------------------------ id-like fields

    @Test
    void idLikeFieldsAreSkipped() {
        Found found = find(300, i -> Map.of("Lead Number", Integer.toString(660_000 + 7 * i), "Prospect ID", "7f3a-" + (i * 31 % 1000),
                "Source", i % 2 == 0 ? "Web" : "Fair"), i -> i % 4 == 0, 30);
        assertTrue(found.of("contact.Lead Number").isEmpty(), found.of("contact.Lead Number").toString());
        assertTrue(found.of("contact.Prospect ID").isEmpty(), found.of("contact.Prospect ID").toString());
        assertFalse(found.of("Source").isEmpty(), "a custom field named like a built-in one is still looked at, by its bare name");
    }

    // ------------------------------------------------------------------ leak guard

    /**
     * 400 contacts, won when i % 4 == 0 (100, base rate 0.25). "Flag" is the outcome itself; "Deal Size" is
     * filled for won leads only; "Profile" for the won leads but every fifth (i % 20 != 0: 80 of the 100); "Tags" is
     * what sales wrote; "Segment" (A, B, C by i % 3) is clean.
     */
    static Found leaky() {
        return find(400, i -> {
            Map<String, String> f = new HashMap<>();
            f.put("Profile", i % 4 == 0 && i % 20 != 0 ? (i % 8 == 0 ? "cat" : "wolf") : null);
            f.put("Flag", i % 4 == 0 ? "1" : "0");
            f.put("Deal Size", i % 4 == 0 ? "12,500" : null);
            f.put("Tags", List.of("Ringing", "Will revert", "Interested").get(i % 3));
            f.put("Segment", List.of("A", "B", "C").get(i % 3));
            return f;
        }, i -> i % 4 == 0, 30);
    }

    @Test
    void aFieldThatIsTheOutcomeIsFlaggedValueByValue() {
        Found found = leaky();
        Candidate one = found.of("contact.Flag").stream().filter(c -> c.value().equals("1")).findFirst().orElseThrow();
        assertEquals("looks recorded after the outcome: 100 of 100 leads won", one.leak());
        Candidate zero = found.of("contact.Flag").stream().filter(c -> c.value().equals("0")).findFirst().orElseThrow();
        assertEquals("looks recorded after the outcome: none of 300 leads won, where 75 wins were expected", zero.leak());
    }

    @Test
    void aFieldFilledOnlyForWonLeadsIsFlaggedWhole() {
        Found found = leaky();
        List<Candidate> deal = found.of("contact.Deal Size");
        assertFalse(deal.isEmpty(), found.candidates().toString());
        Candidate empty = found.only("contact.Deal Size", Candidate.Kind.UNANSWERED);
        assertEquals(300, empty.leads());
        for (Candidate c : deal) {
            assertEquals("looks recorded after the outcome: filled for 100 of 100 won leads but only 0 of 300 others", c.leak(), c.toString());
        }
    }

    @Test
    void aFieldFilledNearlyOnlyForWonLeadsIsFlaggedWholeEvenWhenSomeWonLeadsLackIt() {
        Found found = leaky();
        List<Candidate> profile = found.of("contact.Profile");
        // cat: i % 8 == 0 but not i % 40 == 0 (40 leads); wolf: i % 8 == 4 but not i % 40 == 20 (40); is empty: 320 (20 won)
        assertEquals(List.of("cat", "is empty", "wolf"), profile.stream().map(Candidate::value).sorted().toList(), profile.toString());
        assertEquals(20, found.only("contact.Profile", Candidate.Kind.UNANSWERED).wins());
        for (Candidate c : profile) {
            assertEquals("looks recorded after the outcome: filled almost only for won leads (80 of its 80 filled leads won)", c.leak(),
                    c.toString());
        }
    }

    @Test
    void anActivityOnlyWonLeadsHaveInTheirWindowIsFlagged() {
        // 200 contacts, won when i % 4 == 0; the 50 won ones viewed a page 5 days before NOW: /pricing (i % 8 == 0, 25
        // leads) or /contact (25)
        LeadColumns.Builder b = LeadColumns.builder();
        boolean[] won = new boolean[200];
        for (int i = 0; i < 200; i++) {
            b.contact(new Contact(i + 1, null, null, null, null, null, null, null, null, "Web", null, Instant.EPOCH, null, null, Map.of()),
                    null);
            won[i] = i % 4 == 0;
        }
        for (int i = 0; i < 200; i += 4) {
            b.activity(i + 1, com.leadbench.model.ActivityType.PAGE_VIEW, i % 8 == 0 ? "/pricing" : "/contact", null, null,
                    NOW - 5 * 86_400_000L, null);
        }
        long[] absent = new long[200];
        Arrays.fill(absent, Outcomes.ABSENT);
        List<Candidate> found = CandidateRules.find(b.build(), new Outcomes(won, won, absent, absent), NOW, 20);
        Candidate views = found.stream().filter(c -> c.source().equals("activity")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(50, views.leads());
        assertEquals("looks recorded after the outcome: 50 of 50 leads won", views.leak());
        List<Candidate> pages = found.stream().filter(c -> c.source().equals("asset")).toList();
        assertEquals(2, pages.size(), found.toString());
        for (Candidate page : pages) {
            assertEquals(25, page.leads(), "too few to be judged alone");
            assertEquals("its activity type (Page view) looks recorded after the outcome: 50 of 50 leads won", page.leak());
        }
        assertTrue(found.stream().noneMatch(c -> c.source().equals("contact.source")), "Web for every lead tells nothing: " + found);
    }

    @Test
    void aFieldNamedForWhatSalesWriteIsFlaggedWhole() {
        Found found = leaky();
        List<Candidate> tags = found.of("contact.Tags");
        assertEquals(3, tags.size(), tags.toString());
        tags.forEach(c -> assertEquals("its name says sales fill it in after the outcome (\"tags\")", c.leak()));
        List<Candidate> segment = found.of("contact.Segment");
        assertEquals(3, segment.size());
        segment.forEach(c -> assertNull(c.leak(), c.toString()));
    }

    @Test
    void aDateAfterTheMomentJudgedForMostWonLeadsIsFlagged() {
        LocalDate today = Instant.ofEpochMilli(NOW).atZone(ZoneOffset.UTC).toLocalDate();
        // won leads (i % 4 == 0) closed tomorrow but for 25 (i % 16 == 0) 3 days ago; the others' dates lie 10 or 100 days back
        Found found = find(400, i -> Map.of("Close Date", today.plusDays(i % 16 == 0 ? -3 : i % 4 == 0 ? 1 : i % 2 == 0 ? -10 : -100)
                .toString()), i -> i % 4 == 0, 30);
        List<Candidate> close = found.of("contact.Close Date");
        // the empty bands join their left neighbours (8–90, 91+), then the 25 leads of 0–7 days, too few alone, join
        // 8–90: 0–90 days (25 won of 125) and 91+ (0 of 200)
        assertEquals(List.of("0–90 days ago", "91+ days ago"), close.stream().map(Candidate::value).sorted().toList(), close.toString());
        close.forEach(c -> assertEquals("looks recorded after the outcome: dated after the moment the lead is judged at"
                + " (before sales took it up) for 75 of 100 won leads", c.leak(), c.toString()));
    }

    @ParameterizedTest(name = "\"{0}\" flagged: {1}")
    @CsvSource({"Tags, true", "Lead Quality, true", "Lead Status, true", "StageName, true", "IsWon, true", "lost_reason, true",
            "Disposition, true", "CONVERTED, true", "Last Notable Activity, false", "Restaurant type, false", "Statusbar, false",
            "Do Not Email, false", "Page Views Per Visit, false", "Won deals, true", "LastModifiedById, true", "Modifier, false"})
    void fieldNamesAreReadAsWholeWords(String name, boolean flagged) {
        assertEquals(flagged, LeakGuard.words(name).stream().anyMatch(LeakGuard.AFTER_WORDS::contains), LeakGuard.words(name).toString());
    }
}
