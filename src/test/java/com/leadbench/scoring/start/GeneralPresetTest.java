package com.leadbench.scoring.start;

import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.FORM_SUBMIT;
import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.model.ActivityType.UNSUBSCRIBE;
import static com.leadbench.model.ActivityType.WEBINAR_ATTENDANCE;
import static com.leadbench.scoring.start.HandBuilt.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.DemoColumns;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The general B2B preset uses only the signals the data has, and lets leads reach the tiers on what is there. */
class GeneralPresetTest {

    private static Scorecard preset(LeadColumns leads) {
        return GeneralPreset.build(DataProfile.of(leads, AS_OF.toEpochMilli()));
    }

    private static PreviewScores score(LeadColumns leads, Scorecard card) {
        return PreviewEngine.score(FeatureMatrix.build(leads, card, AS_OF.toEpochMilli()));
    }

    private static Set<Tier> tiers(PreviewScores scores) {
        Set<Tier> seen = EnumSet.noneOf(Tier.class);
        for (int i = 0; i < scores.size(); i++) {
            seen.add(scores.tier(i));
        }
        return seen;
    }

    /** Leads keyed by a CRM id only, as the Olist funnel is: no email, no title, no company; some active lately. */
    private static LeadColumns withoutEmails() {
        HandBuilt b = HandBuilt.leads();
        for (int i = 0; i < 20; i++) {
            long id = b.contact(null, null, null);
            b.did(id, PAGE_VIEW, "/landing/" + i, "landing_page", 3);
            if (i % 4 == 0) {
                b.did(id, DOWNLOAD, "Guide", "technical_guide", 5).did(id, WEBINAR_ATTENDANCE, "Webinar", null, 6)
                        .did(id, FORM_SUBMIT, "/form", null, 7).did(id, DOWNLOAD, "Sheet", "spec_sheet", 8);
            }
            if (i == 1) {
                b.did(id, DEMO_REQUEST, "/demo", null, 2);
            }
        }
        return b.build();
    }

    @Test
    void leadsWithoutEmailAreNotExcludedAndTheActiveOnesReachATier() {
        LeadColumns leads = withoutEmails();
        Scorecard card = preset(leads);
        assertTrue(card.exclusions().isEmpty(), "no email, so no email rule: " + card.exclusions());
        PreviewScores scores = score(leads, card);
        int excluded = 0;
        int inATier = 0;
        for (int i = 0; i < scores.size(); i++) {
            excluded += scores.tier(i) == Tier.EXCLUDED ? 1 : 0;
            inATier += scores.tier(i).isTier() ? 1 : 0;
        }
        assertEquals(0, excluded);
        assertEquals(6, inATier, "the five that downloaded, attended and sent a form, and the one that asked for a demo");
        assertEquals(LifecycleStage.SQL, scores.stage(leads.indexOf(2)), "a demo request fast-tracks: the fit gate does not stop it");
        assertEquals(Tier.NOT_QUALIFIED, scores.tier(leads.indexOf(2 + 1)), "one page view is not intent enough");
        assertEquals(List.of(), ScorecardHealth.check(card, leads, scores));
    }

    @Test
    void evenTheIndustrialWayOfJudgingEmailNoLongerExcludesLeadsWithoutOne() {
        LeadColumns leads = withoutEmails();
        Scorecard industrial = ScorecardJson.defaultPreset();
        PreviewScores scores = score(leads, industrial);
        for (int i = 0; i < scores.size(); i++) {
            assertTrue(scores.tier(i) != Tier.EXCLUDED, "lead " + i + " is excluded");
        }
    }

    @Test
    void withoutActivitiesTheFitFieldsSpreadTheLeadsOverTheTiers() {
        HandBuilt b = HandBuilt.leads();
        b.contact("a@big.com", "VP Operations", 5000);
        b.contact("b@big.com", "Maintenance Manager", 3000);
        b.contact("c@mid.com", "Plant engineer", 400);
        b.contact("d@small.com", "Engineer", 80);
        b.contact("e@tiny.com", null, 5);
        b.contact("f@uni.com", "Student", 20000);
        b.contact("g@unknown.com", null, null);
        LeadColumns leads = b.build();
        Scorecard card = preset(leads);
        assertTrue(card.rules(RulePart.INTENT).isEmpty(), "no activity, no intent rule");
        assertEquals(0, card.thresholds().fitGate());
        PreviewScores scores = score(leads, card);
        assertEquals(Tier.A, scores.tier(0), "large company, decision maker");
        assertEquals(Tier.B, scores.tier(1), "large company, manager");
        assertEquals(Tier.B, scores.tier(2), "400 employees and an engineer");
        assertEquals(Tier.C, scores.tier(3), "50–199 employees and an engineer");
        assertEquals(Tier.NOT_QUALIFIED, scores.tier(4), "five employees, no title");
        assertEquals(Tier.NOT_QUALIFIED, scores.tier(5), "a student is a non-buying role: below the fit gate");
        assertEquals(Tier.NOT_QUALIFIED, scores.tier(6), "nothing known, nothing scored; not excluded either");
        assertEquals(LifecycleStage.MQL, scores.stage(0), "fit alone makes MQLs");
        for (int i = 0; i < scores.size(); i++) {
            assertTrue(scores.stage(i) != LifecycleStage.SQL, "no SQL without intent: " + i);
        }
        assertEquals(List.of(), ScorecardHealth.check(card, leads, scores));
    }

    @Test
    void onlyTheSignalsThatOccurGetRules() {
        HandBuilt b = HandBuilt.leads();
        long id = b.contact("a@acme.com", null, null);
        b.did(id, DOWNLOAD, "Guide", "technical_guide", 3).did(id, UNSUBSCRIBE, "Newsletter", null, 2);
        Scorecard card = preset(b.build());
        assertEquals(List.of("downloads", "unsubscribed"), card.rules().stream().map(Rule::id).toList());
        assertFalse(card.fastTrack().enabled(), "no request occurs: nothing to fast-track");
        assertEquals(List.of("personal-domain", "student", "invalid-email"), card.exclusions().stream().map(ExclusionRule::id).toList());
        assertTrue(card.exclusions().stream().noneMatch(e -> e.kind().equals("country") || e.kind().equals("competitor")),
                "no market to assume, no competitor marked");
        assertEquals(List.of("contact.email"), card.routing().requiredFields(), "titles and countries are not in the data: not required");
    }

    @Test
    void personalAddressesAreExcludedOnlyWhereTheyAreTheException() {
        HandBuilt business = HandBuilt.leads();
        business.contact("a@acme.com", null, null);
        business.contact("b@acme.com", null, null);
        business.contact("c@gmail.com", null, null);
        HandBuilt consumers = HandBuilt.leads();
        consumers.contact("a@gmail.com", null, null);
        consumers.contact("b@yahoo.com", null, null);
        consumers.contact("c@acme.com", null, null);
        assertTrue(personalRule(preset(business.build())).enabled());
        assertFalse(personalRule(preset(consumers.build())).enabled(), "most addresses are personal: the rule is there, switched off");
    }

    private static ExclusionRule personalRule(Scorecard card) {
        return card.exclusions().stream().filter(e -> e.id().equals("personal-domain")).findFirst().orElseThrow();
    }

    @Test
    void fastTrackNamesTheRequestsThatOccur() {
        HandBuilt b = HandBuilt.leads();
        long id = b.contact(null, null, null);
        b.did(id, DEMO_REQUEST, "/demo", null, 1).did(id, ActivityType.TECHNICAL_REVIEW_REQUEST, "/review", null, 1);
        Scorecard card = preset(b.build());
        assertEquals(Set.of(DEMO_REQUEST), card.fastTrack().types(), "a technical review is scored, not fast-tracked");
        assertTrue(card.fastTrack().enabled());
    }

    @Test
    void anOldExportStillHasItsLatestActivityInsideTheWindow() {
        HandBuilt b = HandBuilt.leads();
        long id = b.contact(null, null, null);
        b.did(id, DOWNLOAD, "Guide", "technical_guide", 800).did(id, DOWNLOAD, "Sheet", "spec_sheet", 1200);
        LeadColumns leads = b.build();
        Scorecard card = preset(leads);
        assertTrue(card.windowDays() >= 800 + GeneralPreset.WINDOW_DAYS && card.windowDays() < 1200, "window " + card.windowDays());
        assertEquals(5, score(leads, card).intent(0), 1e-9, "the download 800 days ago counts, the one 1,200 days ago does not");

        HandBuilt recent = HandBuilt.leads();
        recent.did(recent.contact(null, null, null), DOWNLOAD, "Guide", "technical_guide", 10);
        assertEquals(GeneralPreset.WINDOW_DAYS, preset(recent.build()).windowDays());
    }

    @Test
    void thePresetIsAValidDocumentAndThePreviewAgreesWithTheReferenceEngine() throws Exception {
        LeadColumns leads = DemoColumns.generate(400, 5, java.time.LocalDate.of(2026, 11, 20));
        Scorecard card = preset(leads);
        assertEquals(List.of(), card.problems());
        assertEquals(card, ScorecardJson.read(ScorecardJson.write(card), "general preset"));
        assertTrue(card.rules(RulePart.INTENT).size() >= 10, "the demo has many kinds of activity: " + card.rules());
        PreviewScores scores = score(leads, card);
        for (int i = 0; i < leads.size(); i++) {
            Breakdown reference = ScoringEngine.score(card, leads.facts(i), AS_OF);
            assertEquals(reference.tier(), scores.tier(i), "contact " + i);
            assertEquals(reference.stage(), scores.stage(i), "contact " + i);
        }
        assertTrue(tiers(scores).containsAll(Set.of(Tier.A, Tier.B, Tier.C, Tier.NOT_QUALIFIED)), "the demo spreads: " + tiers(scores));
    }
}
