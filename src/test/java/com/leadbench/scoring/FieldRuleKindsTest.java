package com.leadbench.scoring;

import static com.leadbench.scoring.Leads.AS_OF;
import static com.leadbench.scoring.Leads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule kinds learned scorecards need: a field left unanswered, points per unit with a cap, and a date's recency. */
class FieldRuleKindsTest {

    private static final FieldRule OCCUPATION_EMPTY =
            new FieldRule("occ", "Occupation unanswered", "occupation", FieldRule.Operator.EMPTY, List.of(), null, null, -12, true);
    private static final PerUnitRule VISITS = new PerUnitRule("visits", "Website visits", "TotalVisits", 2, 20.0, true);
    private static final FieldAgeRule RECENT = new FieldAgeRule("recent", "Active in the last 30 days", "Last Activity Date", 0, 30, 9, true);

    @ParameterizedTest(name = "occupation \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {"null, true", "'', true", "'  ', true", "Select, true", "N/A, true", "null, true",
            "Unemployed, false", "Working Professional, false", "Selected, false"})
    void anEmptyRuleMatchesMissingBlankAndNullMarkedValues(String value, boolean fires) {
        Map<String, String> custom = value == null ? Map.of() : Map.of("occupation", value);
        assertEquals(fires, OCCUPATION_EMPTY.evidence(lead().custom(custom).facts()).isPresent());
    }

    @Test
    void anUnansweredValueMatchesNoOtherOperator() {
        FieldRule equalsSelect = new FieldRule("s", "s", "city", FieldRule.Operator.EQUALS, List.of("Select"), null, null, 5, true);
        assertFalse(equalsSelect.evidence(lead().custom(Map.of("city", "Select")).facts()).isPresent());
        assertTrue(equalsSelect.withLabel("x").evidence(lead().custom(Map.of("city", "Select")).facts()).isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {"14, 14.0", "1.67, 1.67", "'1,234.5', 1234.5", "'12,5', 12.5", "45%, 45.0", "-3, -3.0",
            "1e3, 1000.0", "NaN, null", "abc, null", "null, null", "'', null", "'1,23,4', null", "12 visits, null"})
    void numbersAreReadAsNumbers(String text, Double expected) {
        assertEquals(expected, FieldValues.number(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {"2026-03-01, 2026-03-01T00:00:00Z", "2026-03-01 10:22, 2026-03-01T10:22:00Z",
            "2026-03-01T10:22:05Z, 2026-03-01T10:22:05Z", "2026-03-01T12:22:05+02:00, 2026-03-01T10:22:05Z",
            "2026-02-30, null", "03/01/2026, null", "Select, null"})
    void datesAreReadInIsoForms(String text, String expected) {
        Long millis = FieldValues.epochMillis(text);
        assertEquals(expected, millis == null ? null : Instant.ofEpochMilli(millis).toString().replace(".000", ""));
    }

    @ParameterizedTest(name = "visits {0} -> {1} points")
    @CsvSource(nullValues = "null", value = {"0, 0", "3, 6", "9.5, 19", "10, 20", "250, 20", "-4, -8", "-30, -20", "null, 0", "lots, 0"})
    void pointsPerUnitAreCapped(String visits, double points) {
        LeadFacts facts = lead().custom(visits == null ? Map.of() : Map.of("TotalVisits", visits)).facts();
        Breakdown b = ScoringEngine.score(card(VISITS), facts, AS_OF);
        assertEquals(points, b.fit(), 1e-9);
        assertEquals(points, preview(card(VISITS), facts).fit(0), 1e-9);
    }

    @Test
    void aPerUnitContributionExplainsTheCountAndTheCap() {
        Breakdown b = ScoringEngine.score(card(VISITS), lead().custom(Map.of("TotalVisits", "250")).facts(), AS_OF);
        Contribution c = b.contributions().getFirst();
        assertEquals("TotalVisits = 250 (capped at 20)", c.evidence());
        assertEquals(500, c.rawPoints(), 1e-9);
        assertEquals(20, c.points(), 1e-9);
    }

    @ParameterizedTest(name = "{0} days before -> {1}")
    @CsvSource({"0, true", "30, true", "31, false", "-1, false", "400, false"})
    void aRecencyBandCountsWholeDaysBeforeTheMomentScored(int daysBefore, boolean fires) {
        String date = AS_OF.minus(Duration.ofDays(daysBefore)).toString();
        LeadFacts facts = lead().custom(Map.of("Last Activity Date", date)).facts();
        assertEquals(fires, RECENT.evidenceAt(facts, AS_OF.toEpochMilli()).isPresent());
        assertEquals(fires ? 9 : 0, ScoringEngine.score(card(RECENT), facts, AS_OF).fit(), 1e-9);
        assertEquals(fires ? 9 : 0, preview(card(RECENT), facts).fit(0), 1e-9);
    }

    @Test
    void aRecencyBandNamesTheDateAndItsAge() {
        LeadFacts facts = lead().custom(Map.of("Last Activity Date", "2026-11-10")).facts();
        assertEquals("Last Activity Date 2026-11-10 (10 days before)", RECENT.evidenceAt(facts, AS_OF.toEpochMilli()).orElseThrow());
    }

    /** The replay that writes stage history reads a recency band at each moment: the lead is an MQL while the date is recent. */
    @Test
    void theStageReplayEndsARecencyBandThirtyOneDaysAfterTheDate() {
        Scorecard card = card(RECENT.withPoints(60));
        Instant date = Instant.parse("2026-06-01T00:00:00Z");
        LeadFacts facts = lead().custom(Map.of("Last Activity Date", "2026-06-01")).facts();
        List<StageChange> changes = StageReplay.replay(card, facts, Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-09-01T00:00:00Z"));
        assertEquals(3, changes.size(), changes.toString()); // a Lead from the start, an MQL on the date, a Lead again
        assertEquals(LifecycleStage.LEAD, changes.get(0).to());
        assertEquals(date, changes.get(1).at());
        assertEquals(LifecycleStage.MQL, changes.get(1).to());
        assertEquals(date.plus(Duration.ofDays(31)), changes.get(2).at());
        assertEquals(LifecycleStage.LEAD, changes.get(2).to());
    }

    @Test
    void theNewKindsRoundTripThroughTheDocument() throws Exception {
        Scorecard card = new Scorecard("kinds", 90, List.of(), List.of(OCCUPATION_EMPTY, VISITS.withPoints(0.05), RECENT,
                new FieldAgeRule("old", "Older than a year", "Created", 366, null, -5, false)), thresholds(), FastTrack.OFF);
        String json = ScorecardJson.write(card);
        assertTrue(json.contains("\"op\" : \"empty\""), json);
        assertTrue(json.contains("\"kind\" : \"per_unit\""), json);
        assertTrue(json.contains("\"kind\" : \"field_age\""), json);
        assertEquals(card, ScorecardJson.read(json, "kinds.json"));
    }

    @Test
    void documentsWithoutWhatTheNewKindsNeedAreRefusedWithAPath() {
        String perUnit = """
                {"name":"x","windowDays":90,"exclusions":[],"fit":[{"id":"v","kind":"per_unit","field":"TotalVisits","points":2}],
                 "intent":[],"fitGate":0,"tiers":{"A":{"minScore":30},"B":{"minScore":20},"C":{"minScore":10}},"mqlTier":"B","sqlThreshold":90}
                """;
        String message = assertRefused(perUnit);
        assertTrue(message.contains("$.fit[0].cap"), message);
        String age = perUnit.replace("\"kind\":\"per_unit\",\"field\":\"TotalVisits\"", "\"kind\":\"field_age\",\"field\":\"Created\",\"minDays\":40,\"maxDays\":3");
        message = assertRefused(age);
        assertTrue(message.contains("$.fit[0].minDays"), message);
    }

    private static String assertRefused(String json) {
        try {
            ScorecardJson.read(json, "x.json");
        } catch (com.leadbench.format.ScorecardFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("read " + json);
    }

    private static Scorecard card(Rule rule) {
        return new Scorecard("one rule", 90, List.of(), List.of(rule), thresholds(), FastTrack.OFF);
    }

    private static Thresholds thresholds() {
        return new Thresholds(-1000, new TierSpec("Tier A", 90, ""), new TierSpec("Tier B", 50, ""), new TierSpec("Tier C", 20, ""),
                Tier.B, 1000);
    }

    private static PreviewScores preview(Scorecard card, LeadFacts facts) {
        LeadColumns.Builder builder = LeadColumns.builder().contact(facts.contact(), facts.account().orElse(null));
        facts.activities().forEach(builder::activity);
        LeadColumns columns = builder.build();
        return PreviewEngine.score(FeatureMatrix.build(columns, card, AS_OF.toEpochMilli()));
    }
}
