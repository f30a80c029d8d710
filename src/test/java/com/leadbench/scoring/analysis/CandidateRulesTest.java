package com.leadbench.scoring.analysis;

import static com.leadbench.model.ActivityType.DOWNLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Candidate rules on 610 planted contacts (nobody followed up, so everybody is looked at as of NOW):
 * <pre>
 * contacts   source      won
 * 0..59      Trade show  0..29 (30 of 60)
 * 60..69     Fax         none (10 contacts: below the minimum support of 30)
 * 70..609    Web (even), Email (odd); won when (i - 70) is a multiple of 20: 70, 90, ..., 590 (27, all Web)
 * </pre>
 * Base win rate 57 / 610. Contact 5 writes its source "  trade SHOW ". Downloads, days before NOW: "CAD X" (cad_file) by 0..39 10 days ago and by 40..44
 * 200 days ago (outside the 90-day window); "CAD Y" (cad_file) by 300..339 5 days ago (wins 310, 330);
 * "Spec A" (spec_sheet) by 100..199 20 days ago (wins 110, 130, 150, 170, 190). Contacts 0..99 work at
 * an account of 1,200 employees in Mining, the rest have no account.
 */
class CandidateRulesTest {

    static final long DAY = 86_400_000L;
    static final long NOW = Instant.parse("2026-11-20T12:00:00Z").toEpochMilli();
    static final int N = 610;

    static LeadColumns leads;
    static Outcomes outcomes;
    static List<Candidate> candidates;

    @BeforeAll
    static void plant() {
        Account mine = new Account(1, "deep-mining.com", "Deep Mining", "Mining", 1200, 3e8, "US", "North America", false, false, null,
                Map.of("tier", "gold"));
        LeadColumns.Builder b = LeadColumns.builder();
        boolean[] won = new boolean[N];
        for (int i = 0; i < N; i++) {
            String source = i < 60 ? "Trade show" : i < 70 ? "Fax" : i % 2 == 0 ? "Web" : "Email";
            won[i] = i < 30 || i >= 70 && (i - 70) % 20 == 0;
            b.contact(new Contact(i, "X-" + i, "lead" + i + "@acme.com", "Lead", "L" + i, null, null, null, null,
                    i == 5 ? "  trade SHOW " : source, null, Instant.parse("2026-01-01T00:00:00Z"), null, i < 100 ? 1L : null, Map.of()),
                    i < 100 ? mine : null);
        }
        for (int i = 0; i < 45; i++) {
            b.activity(i, DOWNLOAD, "CAD X", "cad_file", "components", NOW - (i < 40 ? 10 : 200) * DAY, null);
        }
        for (int i = 300; i < 340; i++) {
            b.activity(i, DOWNLOAD, "CAD Y", "cad_file", "components", NOW - 5 * DAY, null);
        }
        for (int i = 100; i < 200; i++) {
            b.activity(i, DOWNLOAD, "Spec A", "spec_sheet", "components", NOW - 20 * DAY, null);
        }
        leads = b.build();
        long[] absent = new long[N];
        java.util.Arrays.fill(absent, Outcomes.ABSENT);
        outcomes = new Outcomes(won, won, absent, absent);
        candidates = CandidateRules.find(leads, outcomes, NOW, 30);
    }

    static Optional<Candidate> candidate(String source, String value) {
        return candidates.stream().filter(c -> c.source().equals(source) && c.value().equals(value)).findFirst();
    }

    @Test
    void findsThePlantedHighLiftValueWithItsCountsAndInterval() {
        Candidate c = candidate("contact.source", "Trade show").orElseThrow(() -> new AssertionError(candidates.toString()));
        assertEquals(60, c.leads(), "values are grouped ignoring case and surrounding spaces");
        assertEquals(30, c.wins());
        assertEquals(0.5, c.winRate(), 1e-12);
        assertEquals(0.5 / (57.0 / 610), c.lift(), 1e-9); // 5.351
        // Wilson, z = 1.96, n = 60, p = 0.5: centre (0.5 + z²/120) / (1 + z²/60) = 0.5,
        // half-width z / (1 + z²/60) * sqrt(0.25/60 + z²/14400) = 0.12265
        assertEquals(0.37735, c.ciLow(), 1e-5);
        assertEquals(0.62265, c.ciHigh(), 1e-5);
        for (int k = 1; k < candidates.size(); k++) {
            assertTrue(candidates.get(k - 1).lift() >= candidates.get(k).lift(), "highest lift first: " + candidates);
        }

        FieldRule rule = assertInstanceOf(FieldRule.class, c.rule());
        assertEquals("contact.source", rule.field());
        assertEquals(FieldRule.Operator.EQUALS, rule.operator());
        assertEquals(0, rule.points());
        assertTrue(rule.id().startsWith("candidate-"), rule.id());
    }

    @Test
    void otherValuesAndSupport() {
        Candidate web = candidate("contact.source", "Web").orElseThrow();
        assertEquals(270, web.leads());
        assertEquals(27, web.wins());
        assertEquals(0.1 / (57.0 / 610), web.lift(), 1e-9);
        Candidate email = candidate("contact.source", "Email").orElseThrow();
        assertEquals(0, email.wins());
        assertEquals(0.0, email.ciLow());
        assertTrue(email.ciHigh() > 0 && email.ciHigh() < 0.02, "Wilson gives no-win values a small upper bound: " + email.ciHigh());
        assertFalse(candidate("contact.source", "Fax").isPresent(), "10 contacts are below the minimum support");
        assertTrue(candidates.stream().allMatch(c -> c.leads() >= 30));
        assertTrue(CandidateRules.find(leads, outcomes, NOW, 5).stream().anyMatch(c -> c.value().equals("Fax")));
    }

    @Test
    void accountFieldsBandsAndCustomFields() {
        assertEquals(100, candidate("account.industry", "Mining").orElseThrow().leads());
        assertEquals(100, candidate("account.region", "North America").orElseThrow().leads());
        assertEquals(100, candidate("account.customer", "false").orElseThrow().leads());
        assertEquals(100, candidate("account.tier", "gold").orElseThrow().leads());
        Candidate band = candidate("account.employees", "1,000–4,999 employees").orElseThrow(() -> new AssertionError(candidates.toString()));
        assertEquals(100, band.leads());
        assertEquals(32, band.wins(), "0..29, 70 and 90");
        CompanySizeRule rule = assertInstanceOf(CompanySizeRule.class, band.rule());
        assertEquals(1000.0, rule.min());
        assertEquals(4999.0, rule.max());
    }

    @Test
    void builtInFieldsOfferTheirBeingUnanswered() {
        // 510 contacts have no account; of them won: 110, 130, ..., 590 (25)
        Candidate industry = candidate("account.industry", "is empty").orElseThrow(() -> new AssertionError(candidates.toString()));
        assertEquals(Candidate.Kind.UNANSWERED, industry.kind());
        assertEquals(510, industry.leads());
        assertEquals(25, industry.wins());
        assertEquals(510, candidate("account.employees", "is empty").orElseThrow().leads());
        assertEquals(510, candidate("account.tier", "is empty").orElseThrow().leads());
        assertFalse(candidate("contact.country", "is empty").isPresent(), "nobody answered: no answered side to compare with");
        assertFalse(candidate("account.customer", "is empty").isPresent(), "a yes/no flag offers its values only");
    }

    @Test
    void aValueNeverWonWhereManyWinsWereExpectedLooksRecordedAfterTheOutcome() {
        // Email: 270 contacts, none won, where 270 * 57 / 610 = 25 were expected
        assertEquals("looks recorded after the outcome: none of 270 leads won, where 25 wins were expected",
                candidate("contact.source", "Email").orElseThrow().leak());
        assertEquals(null, candidate("contact.source", "Web").orElseThrow().leak(), "27 of 270 is unremarkable");
        List<Candidate> activities = candidates.stream().filter(c -> c.kind() == Candidate.Kind.ACTIVITY).toList();
        assertEquals(5, activities.size(), "Download, its two asset kinds, CAD X and CAD Y: " + activities);
        assertTrue(activities.stream().allMatch(c -> c.leak() == null), "none is nearly always or never won");
    }

    @Test
    void activityKindsAndAssetsCountInsideTheWindow() {
        Candidate cadX = candidate("asset", "Download: CAD X").orElseThrow(() -> new AssertionError(candidates.toString()));
        assertEquals(40, cadX.leads(), "the five downloads 200 days ago are outside the window");
        assertEquals(30, cadX.wins());
        assertEquals(0.75, cadX.winRate(), 1e-12);
        assertEquals(cadX, candidates.get(0), "lift 0.75 / (57/610) = 8.03 is the highest");
        Candidate cad = candidate("activity", "Download: cad_file").orElseThrow();
        assertEquals(80, cad.leads());
        assertEquals(32, cad.wins());
        Candidate any = candidate("activity", "Download").orElseThrow();
        assertEquals(180, any.leads());
        assertEquals(37, any.wins());
        assertEquals(100, candidate("activity", "Download: spec_sheet").orElseThrow().leads());
        assertFalse(candidate("asset", "Download: Spec A").isPresent(), "the only spec sheet: the same leads as its kind");

        SignalRule rule = assertInstanceOf(SignalRule.class, cadX.rule());
        assertEquals(0, rule.points());
        assertTrue(rule.pagePattern().find("CAD X"));
        assertTrue(rule.pagePattern().find("cad x"));
        assertFalse(rule.pagePattern().find("CAD X2"));
        assertFalse(rule.pagePattern().find("Old CAD X"));
    }

    @Test
    void everyCandidateRuleFiresForExactlyItsLeads() {
        Set<String> ids = new HashSet<>();
        List<Rule> rules = candidates.stream().map(Candidate::rule).toList();
        rules.forEach(r -> assertTrue(ids.add(r.id()), "ids are unique: " + r.id()));
        Scorecard card = new Scorecard("candidates", CandidateRules.DEFAULT_WINDOW_DAYS, List.of(), rules,
                new Thresholds(0, new TierSpec("A", 3, ""), new TierSpec("B", 2, ""), new TierSpec("C", 1, ""), Tier.B, 3),
                new FastTrack(Set.of(), null, false));
        assertEquals(List.of(), card.problems());
        FeatureMatrix matrix = FeatureMatrix.build(leads, card, Backtest.learningTimes(leads, outcomes, NOW));
        for (int r = 0; r < rules.size(); r++) {
            String id = card.rules().get(r).id(); // the card holds fit rules before intent rules
            int fired = 0;
            int wins = 0;
            for (int i = 0; i < N; i++) {
                if (matrix.column(r)[i] > 0) {
                    fired++;
                    wins += outcomes.won()[i] ? 1 : 0;
                }
            }
            Candidate c = candidates.stream().filter(k -> k.rule().id().equals(id)).findFirst().orElseThrow();
            assertEquals(c.leads(), fired, c.toString());
            assertEquals(c.wins(), wins, c.toString());
        }
    }

    @Test
    void candidateRulesSurviveTheScorecardDocument() throws Exception {
        Scorecard preset = ScorecardJson.defaultPreset();
        List<Rule> rules = new ArrayList<>(preset.rules());
        candidates.forEach(c -> rules.add(c.rule()));
        Scorecard draft = preset.withRules(rules);
        assertEquals(List.of(), draft.problems());
        Map<String, Rule> read = new HashMap<>();
        ScorecardJson.read(ScorecardJson.write(draft), "draft").rules().forEach(r -> read.put(r.id(), r));
        for (Rule rule : draft.rules()) {
            assertEquals(rule, read.get(rule.id()));
        }
    }

    @ParameterizedTest(name = "{0} of {1} -> [{2}, {3}]")
    @CsvSource({"30, 60, 0.377350, 0.622650", "30, 40, 0.598060, 0.858129", "27, 270, 0.069639, 0.141584", "0, 50, 0.0, 0.071348",
            "50, 50, 0.928652, 1.0"})
    void wilsonInterval(int wins, int n, double low, double high) {
        double[] ci = Wilson.interval(wins, n);
        assertEquals(low, ci[0], 1e-6);
        assertEquals(high, ci[1], 1e-6);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"'contact.source Trade show', contact-source-trade-show", "'asset Download: /products/PX-200', asset-download-products-px-200",
            "'!!!', value"})
    void slugs(String text, String slug) {
        assertEquals(slug, OutcomeBasis.slug(text));
    }
}
