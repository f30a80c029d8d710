package com.leadbench.scoring;

import static com.leadbench.model.ActivityType.BOUNCE;
import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.EMAIL_OPEN;
import static com.leadbench.model.ActivityType.FORM_SUBMIT;
import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.scoring.Leads.AS_OF;
import static com.leadbench.scoring.Leads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Account;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped preset on hand-built leads, one per case the domain names. */
class DefaultPresetGoldenTest {

    private static final Scorecard PRESET = ScorecardJson.defaultPreset();

    private static Breakdown score(Leads lead) {
        return ScoringEngine.score(PRESET, lead.facts(), AS_OF);
    }

    private static Contribution contribution(Breakdown b, String ruleId) {
        return b.contributions().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no contribution from " + ruleId + " in " + b.contributions()));
    }

    @Test
    void gmailContactIsExcluded() {
        Breakdown b = score(lead().email("ada.moreno@gmail.com").noAccount());
        assertEquals(Tier.EXCLUDED, b.tier());
        assertEquals(LifecycleStage.CONTACT, b.stage());
        assertEquals("Personal email domain (gmail.com)", b.exclusion().orElseThrow());
    }

    @Test
    void eduAddressIsExcluded() {
        Breakdown b = score(lead().email("ada@purdue.edu").noAccount().title("Student"));
        assertEquals(Tier.EXCLUDED, b.tier());
        assertEquals("Student or school address (purdue.edu)", b.exclusion().orElseThrow());
    }

    @Test
    void competitorIsExcluded() {
        Breakdown b = score(lead().email("spy@vantage-industrial.com"));
        assertEquals(Tier.EXCLUDED, b.tier());
        assertTrue(b.exclusion().orElseThrow().startsWith("Competitor"));
    }

    @Test
    void contactOutsideTheServedCountriesIsExcluded() {
        Breakdown b = score(lead().country("BR"));
        assertEquals(Tier.EXCLUDED, b.tier());
        assertEquals("Country not served (country BR)", b.exclusion().orElseThrow());
        Breakdown byIp = score(lead().country(null).ipCountry("IN"));
        assertEquals("Country not served (IP country IN)", byIp.exclusion().orElseThrow());
    }

    @Test
    void reliabilityEngineerWithThreeRecentSpecSheetsIsAnMqlInTierB() {
        Breakdown b = score(lead().times(3, DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 10));
        // fit: target industry 15 + 1,000+ employees 15 + home market 5 + reliability persona 20
        assertEquals(55, b.fit());
        assertEquals(24, contribution(b, "spec-sheets").points());
        assertEquals(24, b.intent());
        assertEquals(79, b.total());
        assertEquals(Tier.B, b.tier());
        assertEquals(LifecycleStage.MQL, b.stage());
        assertTrue(b.reason().startsWith("MQL: Tier B"), b.reason());
        assertTrue(contribution(b, "spec-sheets").evidence().startsWith("3× Download: PX-200 spec sheet, latest on 2026-11-10"),
                contribution(b, "spec-sheets").evidence());
    }

    @Test
    void theSameDownloads120DaysOldCountNothing() {
        Breakdown b = score(lead().times(3, DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 120));
        assertEquals(0, b.intent());
        assertTrue(b.contributions().stream().noneMatch(c -> c.ruleId().equals("spec-sheets")));
        assertEquals(LifecycleStage.LEAD, b.stage());
    }

    @Test
    void demoRequestFromAFittingLeadIsAnSqlAtOnce() {
        Breakdown b = score(lead().did(DEMO_REQUEST, "/products/equipment/hx-400-hydraulic-press", "product_page", 2));
        assertEquals(LifecycleStage.SQL, b.stage());
        assertTrue(b.fastTrack());
        assertTrue(b.reason().startsWith("SQL at once (fast-track): demo request on 2026-11-18"), b.reason());
    }

    @Test
    void demoRequestFromAStudentStaysExcluded() {
        Breakdown b = score(lead().email("kim@mit.edu").noAccount().title("Student")
                .did(DEMO_REQUEST, "/products/equipment/hx-400-hydraulic-press", "product_page", 2));
        assertEquals(Tier.EXCLUDED, b.tier());
        assertEquals(LifecycleStage.CONTACT, b.stage());
        assertFalse(b.fastTrack());
    }

    @Test
    void fortyEmailOpensHitTheCap() {
        Breakdown b = score(lead().times(40, EMAIL_OPEN, "Newsletter: Plant Floor Monthly", "newsletter", 5));
        Contribution opens = contribution(b, "email-opens");
        assertEquals(40, opens.rawPoints());
        assertEquals(5, opens.points());
        assertEquals(LifecycleStage.LEAD, b.stage(), "forty opens do not make an MQL");
    }

    @Test
    void urgencyWordsInFormTextSetTheUrgentFlag() {
        Breakdown b = score(lead().did(FORM_SUBMIT, "/services/emergency-repair", "product_page", 3,
                "Main compressor down, unplanned downtime on line 2"));
        assertTrue(b.urgent());
        assertEquals(15, contribution(b, "urgency").points());
        Breakdown calm = score(lead().did(FORM_SUBMIT, "/services/emergency-repair", "product_page", 3, "Please send a catalogue"));
        assertFalse(calm.urgent());
    }

    @Test
    void careersPageVisitorLosesPoints() {
        Breakdown b = score(lead().times(2, PAGE_VIEW, "/careers", "careers_page", 4));
        assertEquals(-10, contribution(b, "careers-page").points());
        assertEquals(-10, b.intent());
    }

    @Test
    void negativeSignalsCountOnceAndAreCapped() {
        Breakdown b = score(lead().times(3, BOUNCE, "Newsletter", "newsletter", 4));
        assertEquals(-10, contribution(b, "bounced").points());
    }

    @Test
    void nonBuyerAtATargetCompanyMissesTheFitGate() {
        Breakdown b = score(lead().title("Marketing Coordinator").times(3, DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 10)
                .did(DEMO_REQUEST, "/products/components/px-200-pump-seal", "product_page", 1));
        assertEquals(10, b.fit(), "15 + 15 + 5 - 25");
        assertEquals(Tier.NOT_QUALIFIED, b.tier());
        assertEquals(LifecycleStage.LEAD, b.stage());
        assertTrue(b.reason().contains("below the fit gate of 25"), b.reason());
    }

    @Test
    void existingCustomerIsExplainedButNotScored() {
        Account customer = new Account(1, "acme-foods.com", "Acme Foods", "Food & Beverage Processing", 1200, 3.0e8, "US",
                "North America", true, false, "Ingrid Larsen", Map.of());
        Breakdown b = score(lead().account(customer));
        assertEquals(0, contribution(b, "existing-customer").points());
        assertTrue(contribution(b, "existing-customer").evidence().contains("Ingrid Larsen"));
    }

    @Test
    void totalsAreDerivedFromTheContributions() {
        Breakdown b = score(lead().times(3, DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 10).did(PAGE_VIEW, "/pricing", "pricing_page", 1));
        double sum = b.contributions().stream().mapToDouble(Contribution::points).sum();
        assertEquals(sum, b.total(), 1e-9);
        assertEquals(3, b.top(3).size());
        assertEquals("Spec sheet downloads", b.top(1).getFirst().label());
    }
}
