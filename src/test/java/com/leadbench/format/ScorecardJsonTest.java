package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardJsonTest {

    private static final String PRESET = ScorecardJson.write(ScorecardJson.defaultPreset());

    @Test
    void thePresetReadsAndWritesBackToTheSameScorecard() throws Exception {
        Scorecard preset = ScorecardJson.defaultPreset();
        Scorecard again = ScorecardJson.read(ScorecardJson.write(preset), "round trip");
        assertEquals(preset, again);
        assertEquals(ScorecardJson.write(preset), ScorecardJson.write(again));
        assertEquals(90, preset.windowDays());
        assertEquals(5, preset.exclusions().size());
        assertEquals(4, preset.routing().rules().size());
        assertEquals(java.time.ZoneId.of("America/Chicago"), preset.deadlines().zone());
        assertTrue(preset.deadlines().holidays().contains(java.time.LocalDate.parse("2026-11-26")));
    }

    @Test
    void aScorecardWithoutRoutingOrDeadlinesSendsEverythingToOneQueueWithDefaultDeadlines() throws Exception {
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(PRESET);
        doc.remove("routing");
        doc.remove("deadlines");
        Scorecard older = ScorecardJson.read(doc.toString(), "older.json");
        assertEquals(com.leadbench.scoring.routing.Routing.SINGLE_QUEUE, older.routing());
        assertEquals(com.leadbench.scoring.routing.Deadlines.DEFAULT, older.deadlines());
    }

    /** Issue #11: a draft without fast-track was written back with an empty block that no command could load. */
    @Test
    void aScorecardWithoutFastTrackIsWrittenWithoutItAndReadsBack() throws Exception {
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(PRESET);
        doc.remove("fastTrack");
        Scorecard card = ScorecardJson.read(doc.toString(), "no-fast-track.json");
        assertEquals(com.leadbench.scoring.FastTrack.OFF, card.fastTrack());
        String written = ScorecardJson.write(card);
        assertTrue(!written.contains("fastTrack"), written);
        assertEquals(card, ScorecardJson.read(written, "written.json"));
    }

    @Test
    void anEmptyFastTrackBlockIsReadWhenItIsSwitchedOff() throws Exception {
        String legacy = PRESET.replaceFirst("\"fastTrack\" : \\{[^}]*}", "\"fastTrack\" : { \"types\" : [ ], \"enabled\" : false }");
        assertTrue(!legacy.equals(PRESET));
        assertEquals(com.leadbench.scoring.FastTrack.OFF, ScorecardJson.read(legacy, "legacy.json").fastTrack());
        String on = PRESET.replaceFirst("\"fastTrack\" : \\{[^}]*}", "\"fastTrack\" : { \"types\" : [ ] }");
        ScorecardFormatException e = assertThrows(ScorecardFormatException.class, () -> ScorecardJson.read(on, "on.json"));
        assertEquals(List.of("$.fastTrack.types"), e.problems().stream().map(ScorecardProblem::path).toList());
    }

    /** Replaces the first occurrence of {@code from} in the preset document. */
    private static List<ScorecardProblem> problems(String from, String to) {
        String json = PRESET.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        assertTrue(!json.equals(PRESET), "the edit applies: " + from);
        ScorecardFormatException e = assertThrows(ScorecardFormatException.class, () -> ScorecardJson.read(json, "edited.json"));
        assertTrue(e.getMessage().startsWith("edited.json: "), e.getMessage());
        return e.problems();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"windowDays\" : 90|\"windowDays\" : 90, \"colour\" : \"red\"|$.colour|unknown field",
            "\"cap\" : 20.0|\"cap\" : -20.0|$.intent[0].cap|a cap cannot be negative",
            "\"pagePattern\" : \"^/pricing\"|\"pagePattern\" : \"^/pricing(\"|$.intent[2].pagePattern|does not compile",
            "\"pagePattern\" : \"^/pricing\"|\"pagePattern\" : \"^/pricing(?=/enterprise)\"|$.intent[2].pagePattern|look-ahead and look-behind",
            "\"pagePattern\" : \"^/pricing\"|\"pagePattern\" : \"(/pricing)\\\\1\"|$.intent[2].pagePattern|back-references",
            "\"pagePattern\" : \"^/pricing\"|\"pagePattern\" : \"((/a{10}){10}){11}\"|$.intent[2].pagePattern|repeats too much",
            "\"id\" : \"blog-posts\"|\"id\" : \"product-pages\"|$.intent[1].id|is used twice",
            "\"minScore\" : 105.0|\"minScore\" : 60.0|$.tiers.A.minScore|must be above Tier B",
            "\"points\" : 15.0|\"points\" : \"fifteen\"|$.fit[0].points|must be a number",
            "\"kind\" : \"persona\"|\"kind\" : \"horoscope\"|$.fit[6].kind|unknown rule kind",
            "\"keywords\" : [ \"reliability\" ]|\"keywords\" : [ \" \", \"\" ]|$.fit[6].keywords|must not be empty",
            "\"windowDays\" : 90|\"windowDays\" : 4294967297|$.windowDays|is too large a number",
            "\"points\" : 15.0|\"points\" : 1e400|$.fit[0].points|too large",
            "\"kind\" : \"urgency\"|\"kind\" : \"industry\"|$.intent[20].kind|belongs in the fit list",
            "\"types\" : [ \"PAGE_VIEW\" ]|\"types\" : [ \"PAGE_VISIT\" ]|$.intent[0].types[0]|unknown activity type",
            "\"mqlTier\" : \"B\"|\"mqlTier\" : \"D\"|$.mqlTier|must be",
            "\"sqlThreshold\" : 125.0|\"sqlThreshold\" : 10.0|$.sqlThreshold|every MQL would be an SQL",
            "\"windowDays\" : 90|\"windowDays\" : 0|$.windowDays|at least 1 day",
            "\"tiers\" : [ \"A\", \"B\" ]|\"tiers\" : [ \"A\", \"X\" ]|$.routing.rules[0].tiers[1]|must be \"A\", \"B\" or \"C\"",
            "\"queue\" : \"Components inside sales\"|\"queue\" : \" \"|$.routing.rules[2].queue|must not be empty",
            "\"id\" : \"services\"|\"id\" : \"components\"|$.routing.rules[3].id|is used twice",
            "\"defaultQueue\" : \"Inside sales\"|\"defaultQueue\" : \"Inside sales\", \"fallback\" : 1|$.routing.fallback|unknown field",
            "\"defaultQueue\" : \"Inside sales\"|\"defaultQueue\" : \"Inside sales\", \"weeklyCapacity\" : { \"Inside sales\" : -5 }|$.routing.weeklyCapacity.Inside sales|must be 0 or more leads a week",
            "\"defaultQueue\" : \"Inside sales\"|\"defaultQueue\" : \"Inside sales\", \"weeklyCapacity\" : { \"Inside sales\" : 2.5 }|$.routing.weeklyCapacity.Inside sales|must be a whole number",
            "\"defaultQueue\" : \"Inside sales\"|\"defaultQueue\" : \"Inside sales\", \"weeklyCapacity\" : 25|$.routing.weeklyCapacity|must be an object",
            "\"mqaTier\" : \"A\"|\"mqaTier\" : \"D\"|$.accounts.mqaTier|must be \"A\", \"B\" or \"C\"",
            "\"contactCap\" : 30.0|\"contactCap\" : 0|$.accounts.contactCap|must be above 0 points",
            "\"pointsPerRole\" : 20.0|\"pointsPerRole\" : 20.0, \"roles\" : [ \"Procurement\" ]|$.accounts.roles[0]|no persona rule names the role",
            "\"B\" : 80.0|\"B\" : 170.0|$.accounts.tiers.A|must be above account Tier B",
            "\"mqaTier\" : \"A\"|\"mqaTier\" : \"A\", \"cap\" : 1|$.accounts.cap|unknown field",
            "\"2026-12-25\"|\"2026-12-32\"|$.deadlines.holidays[6]|is not a date",
            "\"zone\" : \"America/Chicago\"|\"zone\" : \"Mars/Olympus\"|$.deadlines.zone|is not a time zone",
            "\"sqlBusinessDays\" : 1|\"sqlBusinessDays\" : -1|$.deadlines.sqlBusinessDays|between 0 and 60",
            "\"C\" : 5|\"C\" : 99|$.deadlines.businessDays.C|between 0 and 60"})
    void everyProblemNamesItsJsonPath(String from, String to, String path, String message) {
        List<ScorecardProblem> problems = problems(from, to);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(message)),
                "expected " + path + ": " + message + " in " + problems);
    }

    @Test
    void aPatternLongerThanFiveHundredCharactersIsRefusedWithItsPath() {
        List<ScorecardProblem> problems = problems("\"pagePattern\" : \"^/pricing\"", "\"pagePattern\" : \"^/" + "x".repeat(499) + "\"");
        assertEquals(List.of(new ScorecardProblem("$.intent[2].pagePattern", "is 501 characters long; a pattern may have at most 500")),
                problems);
    }

    @Test
    void invalidJsonSaysWhere() {
        ScorecardFormatException e = assertThrows(ScorecardFormatException.class,
                () -> ScorecardJson.read("{\n  \"name\": \"x\",\n  \"fit\": [ }", "broken.json"));
        assertTrue(e.getMessage().contains("not valid JSON at line 3"), e.getMessage());
    }

    @Test
    void severalProblemsAreAllReported() {
        String json = PRESET.replaceFirst("\"points\" : 15.0", "\"points\" : \"x\"")
                .replace("\"windowDays\" : 90", "\"windowDays\" : 90, \"x\" : 1");
        ScorecardFormatException e = assertThrows(ScorecardFormatException.class, () -> ScorecardJson.read(json, "two.json"));
        assertEquals(List.of("$.fit[0].points", "$.x"), e.problems().stream().map(ScorecardProblem::path).sorted().toList());
    }
}
