package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.Router;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated handoff note: who, why, what they looked at, what their forms asked for, the next step and the deadline. */
class NoteWriterTest {

    private static final Scorecard PRESET = ScorecardJson.defaultPreset();
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z"); // Wednesday noon in Chicago
    private static final Account ACME = new Account(7, "acme-chem.example", "Acme Chemicals", "Chemicals", 1200, 3.5e8, "US",
            "North America", false, false, null, Map.of());
    private static final Contact ADA = new Contact(3, null, "ada@acme-chem.example", "Ada", "Lovelace", "Reliability Engineer",
            "+1 555 0100", "US", "US", "Organic search", null, Instant.parse("2026-01-05T10:00:00Z"), null, 7L, Map.of());

    private static Activity act(long id, ActivityType type, String asset, String kind, String line, String at, String form) {
        return new Activity(id, 3, type, asset, kind, line, Instant.parse(at), null, form);
    }

    private static HandoffNote note(List<Activity> activities) {
        LeadFacts lead = new LeadFacts(ADA, Optional.of(ACME), activities);
        Breakdown b = ScoringEngine.score(PRESET, lead, NOW);
        LifecycleStage stage = b.stage().isQualified() ? b.stage() : LifecycleStage.MQL;
        var deadline = PRESET.deadlines().deadline(NOW.minusSeconds(3600), b.tier(), stage);
        return NoteWriter.write(PRESET, lead, b, Router.route(PRESET, lead, b.tier(), NOW), Optional.of(deadline), NOW);
    }

    private static List<Activity> browsing() {
        List<Activity> list = new ArrayList<>();
        list.add(act(1, ActivityType.PAGE_VIEW, "/products/components/px-200", "product_page", "components", "2026-11-02T10:00:00Z", null));
        list.add(act(2, ActivityType.PAGE_VIEW, "/pricing", "pricing_page", null, "2026-11-03T10:00:00Z", null));
        list.add(act(3, ActivityType.DOWNLOAD, "PX-200 spec sheet", "spec_sheet", "components", "2026-11-04T10:00:00Z", null));
        return list;
    }

    @Test
    void urgentWordsSendTheLeadToTheServiceDesk() {
        List<Activity> list = browsing();
        list.add(act(4, ActivityType.FORM_SUBMIT, "/products/services/repair", "product_page", "services", "2026-11-20T09:00:00Z",
                "Emergency: main compressor down, unplanned downtime on line 2, need a technician this week."));
        HandoffNote n = note(list);
        assertTrue(n.nextStep().startsWith("Service desk: call back today"), n.nextStep());
        assertTrue(n.nextStep().contains("main compressor down"), "quotes the form: " + n.nextStep());
        assertTrue(n.text().contains("URGENT"), n.text());
    }

    @Test
    void aDemoRequestAsksForSchedulingAndTechnicalDiscovery() {
        List<Activity> list = browsing();
        list.add(act(5, ActivityType.DEMO_REQUEST, "/products/equipment/hx-400", "product_page", "equipment", "2026-11-21T09:00:00Z", null));
        HandoffNote n = note(list);
        assertEquals("Schedule the demo and a technical discovery call before it.", n.nextStep());
        assertTrue(n.viewed().getFirst().startsWith("Demo request: /products/equipment/hx-400 (2026-11-21)"), n.viewed().toString());
    }

    @Test
    void aTechnicalGuideLeadsToTechnicalNextSteps() {
        List<Activity> list = browsing();
        list.add(act(6, ActivityType.DOWNLOAD, "Seal selection guide", "technical_guide", "components", "2026-11-10T09:00:00Z", null));
        HandoffNote n = note(list);
        assertTrue(n.nextStep().startsWith("Technical next steps: an application engineer follows up on “Seal selection guide”"), n.nextStep());
        assertTrue(n.documentation().containsAll(List.of("technical guides", "spec sheets")), n.documentation().toString());
    }

    @Test
    void formsGiveComplianceNeedsDocumentationAndTheApplication() {
        List<Activity> list = browsing();
        String text = "Looking for ATEX certified actuators for a chemical plant; need the declaration of conformity.";
        list.add(act(7, ActivityType.QUALIFICATION_FORM, "Qualification form", "qualification_form", "components", "2026-11-18T09:00:00Z", text));
        HandoffNote n = note(list);
        assertEquals(List.of("ATEX", "certified"), n.compliance());
        assertTrue(n.documentation().contains("declaration of conformity"), n.documentation().toString());
        assertEquals(List.of("“" + text + "” (qualification form completed, 2026-11-18)"), n.application());
        assertTrue(n.nextStep().endsWith("Bring the ATEX, certified documents to the first call."), n.nextStep());
        assertTrue(n.text().contains("Compliance / certification: ATEX, certified"), n.text());
    }

    @Test
    void whoWhyAndDeadlineAreInTheText() {
        HandoffNote n = note(browsing());
        assertTrue(n.who().getFirst().startsWith("Ada Lovelace — Reliability Engineer (persona: "), n.who().toString());
        assertEquals("Acme Chemicals · Chemicals · 1200 employees · $350M revenue · North America, US", n.who().get(1));
        assertFalse(n.why().isEmpty());
        for (var c : n.why()) {
            assertTrue(n.text().contains(NoteWriter.contributionLine(c)), "why line in the text: " + c);
        }
        assertTrue(n.text().contains("+8  Spec sheet downloads: Download: PX-200 spec sheet on 2026-11-04\n"), n.text());
        // qualified Wednesday 11:00 in Chicago before Thanksgiving: 1 or 2 business days end on Friday or Monday
        assertTrue(n.deadline().startsWith("Contact by Fri 2026-11-27") || n.deadline().startsWith("Contact by Mon 2026-11-30"), n.deadline());
        assertTrue(n.text().endsWith(n.deadline()), "the deadline closes the note");
        assertTrue(n.text().contains("+20  Persona: Reliability Engineer: Job title \"Reliability Engineer\" → Reliability Engineer\n"),
                "a contribution without a date gets none");
    }

    @Test
    void theSameInputsGiveTheSameNote() {
        assertEquals(note(browsing()), note(browsing()));
    }
}
