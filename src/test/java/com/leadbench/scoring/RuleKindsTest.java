package com.leadbench.scoring;

import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.EMAIL_OPEN;
import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.scoring.Leads.AS_OF;
import static com.leadbench.scoring.Leads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CompetitorExclusion;
import com.leadbench.scoring.rules.CountryExclusion;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.RegionRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table per rule kind: the inputs and whether (and how) the rule fires. */
class RuleKindsTest {

    @ParameterizedTest(name = "industry {0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "Chemicals, true", "chemicals, true", "Retail, false", "null, false"})
    void industryRuleMatchesIgnoringCase(String industry, boolean fires) {
        IndustryRule rule = new IndustryRule("i", "Target", List.of("Chemicals", "Mining"), 10, true);
        assertEquals(fires, rule.evidence(lead().industry(industry).facts()).isPresent());
    }

    @ParameterizedTest(name = "employees {0} in [{1}, {2}] -> {3}")
    @CsvSource(nullValues = "null", value = {
            "200, 200, 999, true", "999, 200, 999, true", "1000, 200, 999, false", "199, 200, 999, false",
            "5000, 1000, null, true", "10, null, 49, true", "null, 1, null, false"})
    void companySizeBands(Integer employees, Double min, Double max, boolean fires) {
        CompanySizeRule rule = new CompanySizeRule("s", "Size", CompanySizeRule.Metric.EMPLOYEES, min, max, 10, true);
        assertEquals(fires, rule.evidence(lead().employees(employees).facts()).isPresent());
    }

    @ParameterizedTest(name = "country {0}, account region {1} -> {2} by country, {3} by region")
    @CsvSource(nullValues = "null", value = {"US, North America, true, true", "us, North America, true, true",
            "DE, North America, false, true", "null, North America, true, true", "US, EMEA, true, false", "DE, null, false, false"})
    void regionRuleUsesTheContactsCountryThenTheAccountsRegion(String country, String region, boolean fires, boolean firesByRegion) {
        // the account is in the US; a contact without a country falls back to it
        RegionRule rule = new RegionRule("r", "Home", List.of("US"), List.of(), 5, true);
        RegionRule byRegion = new RegionRule("r", "Home", List.of(), List.of("north america"), 5, true);
        assertEquals(fires, rule.evidence(lead().country(country).region(region).facts()).isPresent());
        assertEquals(firesByRegion, byRegion.evidence(lead().country(country).region(region).facts()).isPresent());
    }

    @ParameterizedTest(name = "title \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {
            "Senior Reliability Engineer, true", "RELIABILITY lead, true", "Unreliability analyst, false",
            "Maintenance Manager, false", "null, false"})
    void personaKeywordsMatchAtWordStarts(String title, boolean fires) {
        PersonaRule rule = new PersonaRule("p", "Reliability", "Reliability Engineer", new Keywords(List.of("reliability")), 20, true);
        assertEquals(fires, rule.evidence(lead().title(title).facts()).isPresent());
    }

    @ParameterizedTest(name = "{0} {1} {2} on {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "lead_type, equals, online_big, online_big, true",
            "lead_type, equals, online_big, Online_Big, true",
            "lead_type, equals, online_big, offline, false",
            "lead_type, in, online_big|industry, industry, true",
            "lead_type, contains, big, online big, true",
            "declared_revenue, range, 1000|5000, 2500, true",
            "declared_revenue, range, 1000|5000, 7000, false",
            "declared_revenue, range, 1000|5000, n/a, false",
            "contact.source, equals, Organic search, ignored, true",
            "account.industry, in, Food & Beverage Processing|Mining, ignored, true"})
    void fieldRuleOperators(String field, String op, String operand, String value, boolean fires) {
        FieldRule.Operator operator = FieldRule.Operator.valueOf(op.toUpperCase());
        List<String> values = operator == FieldRule.Operator.RANGE ? List.of() : List.of(operand.split("\\|"));
        Double min = operator == FieldRule.Operator.RANGE ? Double.valueOf(operand.split("\\|")[0]) : null;
        Double max = operator == FieldRule.Operator.RANGE ? Double.valueOf(operand.split("\\|")[1]) : null;
        FieldRule rule = new FieldRule("f", "Field", field, operator, values, min, max, 5, true);
        assertEquals(fires, rule.evidence(lead().custom(Map.of(field, value)).facts()).isPresent());
    }

    /** Only the shapes a document can hold: equals one value, in and contains a list, range a min and/or max. */
    @Test
    void aFieldRuleHasTheShapeItsOperatorNeeds() {
        assertThrows(IllegalArgumentException.class,
                () -> new FieldRule("f", "f", "x", FieldRule.Operator.EQUALS, List.of("a", "b"), null, null, 1, true));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldRule("f", "f", "x", FieldRule.Operator.RANGE, List.of("a"), 1.0, null, 1, true));
        assertThrows(IllegalArgumentException.class,
                () -> new FieldRule("f", "f", "x", FieldRule.Operator.IN, List.of("a"), null, 5.0, 1, true));
    }

    @Test
    void onlyAHalfLifeDecayHasAHalfLife() {
        assertEquals(Decay.linear(), new Decay(Decay.Kind.LINEAR, 30));
        assertEquals(Decay.NONE, new Decay(Decay.Kind.NONE, 7));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "PAGE_VIEW, /pricing, pricing_page, true",
            "PAGE_VIEW, /pricing/enterprise, pricing_page, true",
            "PAGE_VIEW, /blog/pricing-tips, blog_post, false",
            "DOWNLOAD, /pricing, pricing_page, false",
            "PAGE_VIEW, null, null, false"})
    void signalRuleNeedsTypeAndPattern(ActivityType type, String asset, String kind, boolean fires) {
        SignalRule rule = new SignalRule("s", "Pricing", Set.of(PAGE_VIEW), Set.of(), PagePattern.compile("^/pricing"), Set.of(),
                15, 15.0, null, Decay.NONE, Repeat.EACH, true);
        Activity a = new Activity(1, 1, type, asset, kind, null, AS_OF, null, null);
        assertEquals(fires, rule.matches(a));
    }

    @ParameterizedTest(name = "{0} opens, cap {1}, {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "1, 5, EACH, 1", "3, 5, EACH, 3", "40, 5, EACH, 5", "40, null, EACH, 40", "40, 5, ONCE, 1", "0, 5, EACH, 0"})
    void repeatsAndCaps(int opens, Double cap, Repeat repeat, double expected) {
        SignalRule rule = new SignalRule("opens", "Opens", Set.of(EMAIL_OPEN), Set.of(), null, Set.of(), 1, cap, null,
                Decay.NONE, repeat, true);
        Scorecard card = scorecard(rule);
        Breakdown b = ScoringEngine.score(card, lead().times(opens, EMAIL_OPEN, "Newsletter", "newsletter", 3).facts(), AS_OF);
        assertEquals(expected, b.intent(), 1e-9);
    }

    @ParameterizedTest(name = "{0} days old, window {1}, {2} -> weight {3}")
    @CsvSource({
            "0, 90, NONE, 1.0", "45, 90, NONE, 1.0", "90, 90, NONE, 1.0", "91, 90, NONE, 0.0",
            "0, 90, LINEAR, 1.0", "45, 90, LINEAR, 0.5", "90, 90, LINEAR, 0.0",
            "30, 90, HALF_LIFE, 0.5", "60, 90, HALF_LIFE, 0.25", "120, 90, HALF_LIFE, 0.0", "-1, 90, NONE, 0.0"})
    void decayInsideTheWindow(int daysOld, int window, Decay.Kind kind, double expected) {
        Decay decay = new Decay(kind, 30);
        assertEquals(expected, decay.weight(Duration.ofDays(daysOld).toMillis(), window), 1e-12);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "ada@gmail.com, personal", "ada@GMAIL.com, personal", "kim@cs.purdue.edu, school", "kim@ox.ac.uk, school",
            "spy@vantage-industrial.com, competitor", "ada@@acme.com, invalid", "ada acme.com, invalid", "null, null", "'  ', null",
            "x@mailinator.com, invalid", "ada@acme-foods.com, null"})
    void exclusionRules(String email, String expected) {
        List<ExclusionRule> rules = List.of(
                new DomainExclusion("personal", "personal", List.of("gmail.com"), true),
                new DomainExclusion("school", "school", List.of(".edu", ".ac.uk"), true),
                new CompetitorExclusion("competitor", "competitor", List.of("vantage-industrial.com"), true),
                new EmailValidityExclusion("invalid", "invalid", List.of("mailinator.com"), true));
        String fired = null;
        for (ExclusionRule rule : rules) {
            if (rule.reason(lead().email(email).facts()).isPresent()) {
                fired = rule.id();
                break;
            }
        }
        assertEquals(expected, fired);
    }

    @ParameterizedTest(name = "country {0}, IP {1} -> {2}")
    @CsvSource(nullValues = "null", value = {"BR, US, true", "US, BR, false", "null, BR, true", "null, US, false", "null, null, false"})
    void countryExclusionPrefersTheStatedCountry(String country, String ip, boolean excluded) {
        CountryExclusion rule = new CountryExclusion("c", "Not served", List.of("BR"), true);
        assertEquals(excluded, rule.reason(lead().country(country).ipCountry(ip).facts()).isPresent());
    }

    @ParameterizedTest(name = "fit {0}, total {1}, excluded {2}, request {3} -> {4} / {5}")
    @CsvSource({
            "30, 120, false, false, A, MQL", "30, 130, false, false, A, SQL", "30, 80, false, false, B, MQL",
            "30, 60, false, false, C, LEAD", "30, 10, false, false, NOT_QUALIFIED, LEAD", "10, 200, false, false, NOT_QUALIFIED, LEAD",
            "30, 60, false, true, C, SQL", "10, 60, false, true, NOT_QUALIFIED, LEAD", "30, 200, true, true, EXCLUDED, CONTACT"})
    void tierPolicy(double fit, double total, boolean excluded, boolean request, Tier tier, LifecycleStage stage) {
        Thresholds t = new Thresholds(25, new TierSpec("A", 105, ""), new TierSpec("B", 75, ""), new TierSpec("C", 50, ""), Tier.B, 125);
        Tier actual = TierPolicy.tier(t, excluded, fit, total);
        assertEquals(tier, actual);
        assertEquals(stage, TierPolicy.stage(t, actual, excluded, fit, total, request));
    }

    @ParameterizedTest(name = "download {0} days ago, window {1} -> {2}")
    @CsvSource(nullValues = "null", value = {"10, null, 8", "100, null, 0", "100, 120, 8", "10, 5, 0"})
    void aRuleMayHaveItsOwnWindow(int daysAgo, Integer window, double expected) {
        SignalRule rule = new SignalRule("spec", "Spec", Set.of(DOWNLOAD), Set.of("spec_sheet"), null, Set.of(), 8, 24.0, window,
                Decay.NONE, Repeat.EACH, true);
        Breakdown b = ScoringEngine.score(scorecard(rule), lead().did(DOWNLOAD, "PX", "spec_sheet", daysAgo).facts(), AS_OF);
        assertEquals(expected, b.intent(), 1e-9);
    }

    static Scorecard scorecard(Rule... rules) {
        return new Scorecard("test", 90, List.of(), List.of(rules),
                new Thresholds(0, new TierSpec("A", 100, ""), new TierSpec("B", 50, ""), new TierSpec("C", 20, ""), Tier.B, 150),
                new FastTrack(Set.of(), null, false));
    }
}
