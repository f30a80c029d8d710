package com.leadbench.handoff;

import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.EMAIL_OPEN;
import static com.leadbench.model.ActivityType.FORM_SUBMIT;
import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.model.ActivityType.SELECTION_TOOL;
import static com.leadbench.model.ActivityType.TRADE_SHOW_VISIT;
import static com.leadbench.scoring.rules.RulePart.FIT;
import static com.leadbench.scoring.rules.RulePart.INTENT;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-built packet of the golden tests, and a fluent builder over {@link HandoffLead} for the
 * other tests. Three leads: an urgent SQL in tier A with a demo request whose form text holds
 * quotes, commas, a line break and "Müller"; an MQL set to tier B by hand with an edited note and
 * an overdue deadline; and a lead with every nullable field null, whose company, job title and note
 * start like spreadsheet formulas.
 */
final class SamplePacket {

    static final String PACKET_ID = "HP-2026-11-23-01";
    static final Instant CREATED_AT = Instant.parse("2026-11-23T08:30:00Z");
    static final String SELECTION = "tier A, B or C, qualified 2026-11-16 to 2026-11-22";
    /** The shipped scorecard's deadlines: A 1, B 2, C 5 business days, SQL 1, Thanksgiving off, Chicago time. */
    static final Deadlines DEADLINES = new Deadlines(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 5), 1,
            Set.of(LocalDate.parse("2026-11-26")), ZoneId.of("America/Chicago"));
    static final String URGENT_FORM_TEXT = "Line 3 is down since Monday, \"emergency\" shutdown planned for Friday.\n"
            + "Please ask for Jürgen Müller at the gate — DN 80, 16 bar, Größe 2.";
    static final String SCRIPT_FORM_TEXT = "<script>alert('x')</script> & \"more\"";

    private SamplePacket() {
    }

    static HandoffPacket packet(CrmFormat format) {
        return packet(format, List.of(urgentSql().build(), overriddenMql().build(), bare().build()));
    }

    static HandoffPacket packet(CrmFormat format, List<HandoffLead> leads) {
        return new HandoffPacket(PACKET_ID, CREATED_AT, format, SELECTION, leads);
    }

    /** An SQL in tier A: demo request with an urgent form, a decayed spec-sheet rule, a phone number starting with "+". */
    static Builder urgentSql() {
        Instant demo = Instant.parse("2026-11-20T14:05:00Z");
        Instant specSheet = Instant.parse("2026-11-18T09:12:00Z");
        Builder b = new Builder(1042);
        b.externalId = "HS-88120";
        b.firstName = "Jürgen";
        b.lastName = "Müller";
        b.email = "j.mueller@acme-foods.com";
        b.phone = "+1 312 555 0147";
        b.jobTitle = "Reliability Engineer";
        b.persona = "Reliability Engineer";
        b.company = "Acme Foods, Inc.";
        b.domain = "acme-foods.com";
        b.industry = "Food & Beverage Processing";
        b.employees = 1200;
        b.annualRevenue = 3.0e8;
        b.country = "US";
        b.region = "North America";
        b.source = "Website";
        b.campaign = "PX-200 launch 2026";
        b.stage = LifecycleStage.SQL;
        b.tier = Tier.A;
        b.scoredTier = Tier.A;
        b.fit = 55;
        b.intent = 62.5;
        b.total = 117.5;
        b.scorecard = "Industrial default v3";
        b.route = new Route("Equipment sales — North America", "equipment-north-america",
                "Rule \"Equipment, North America\": Tier A, equipment (48 intent points), North America");
        b.deadline = DEADLINES.deadline(demo, Tier.A, LifecycleStage.SQL);
        b.urgent = true;
        b.productLine = "equipment";
        b.nextStep = "Service desk: call back today — the form speaks of an outage or shutdown (“"
                + URGENT_FORM_TEXT + "”).";
        b.note = """
                Jürgen Müller at Acme Foods, Inc. — SQL, Tier A, score 117.5 (fit 55, intent 62.5)
                Route: Equipment sales — North America (Rule "Equipment, North America")
                URGENT: urgency words in a recent form

                WHY
                - +40  Demo request: PX-200 demo, on 2026-11-20 (2026-11-20)
                - +22.5  Spec sheet downloads: 3× Download: PX-200 spec sheet, latest on 2026-11-18 (2026-11-18)

                NEXT STEP
                - Service desk: call back today.""";
        b.contributions = List.of(
                contribution("target-industry", "Target industry", FIT, "Industry: Food & Beverage Processing", 15, 15, null),
                contribution("size-1000", "1,000+ employees", FIT, "1,200 employees", 15, 15, null),
                contribution("persona-reliability", "Persona: Reliability Engineer", FIT, "Job title \"Reliability Engineer\"", 20, 20, null),
                contribution("home-market", "Home market", FIT, "Country US", 5, 5, null),
                contribution("demo-request", "Demo request", INTENT, "Demo request: PX-200 demo, on 2026-11-20", 40, 40, demo),
                contribution("spec-sheets", "Spec sheet downloads", INTENT, "3× Download: PX-200 spec sheet, latest on 2026-11-18",
                        24, 22.5, specSheet));
        b.timeline = List.of(
                activity(1, DEMO_REQUEST, "PX-200 demo", "demo_form", "equipment", demo, "PX-200 launch 2026", URGENT_FORM_TEXT),
                activity(2, DOWNLOAD, "PX-200 spec sheet", "spec_sheet", "equipment", specSheet, "PX-200 launch 2026", null),
                activity(3, PAGE_VIEW, "https://www.example.com/products/px-200", "product_page", "equipment",
                        Instant.parse("2026-11-12T16:40:00Z"), null, null),
                activity(4, FORM_SUBMIT, "Contact us", "contact_page", null, Instant.parse("2026-10-02T08:00:00Z"), null,
                        SCRIPT_FORM_TEXT));
        b.packetId = PACKET_ID;
        b.handedOffAt = CREATED_AT;
        b.account = List.of("Acme Foods: account Tier A, 146 points, a marketing-qualified account since 2026-11-12 · 4 contacts on record",
                "Also engaged: Dana Reyes — Procurement Manager (Strategic Buyer), intent 38; Li Wei — Plant Manager (Plant Engineer), intent 24",
                "No Maintenance Manager engaged yet");
        return b;
    }

    /** An MQL the manager moved from tier C to B, with an edited note, a negative fit rule and a passed deadline. */
    static Builder overriddenMql() {
        Instant guide = Instant.parse("2026-11-16T11:20:00Z");
        Instant show = Instant.parse("2026-10-14T13:00:00Z");
        Builder b = new Builder(2077);
        b.externalId = "00Q5g00000AbCdE";
        b.firstName = "Priya";
        b.lastName = "Raman";
        b.email = "priya.raman@northwind-pumps.co.uk";
        b.phone = "020 7946 0018";
        b.jobTitle = "Maintenance Manager";
        b.persona = "Maintenance Manager";
        b.company = "Northwind Pumps Ltd";
        b.domain = "northwind-pumps.co.uk";
        b.industry = "Water & Wastewater";
        b.employees = 340;
        b.annualRevenue = 48_250_000.75;
        b.country = "GB";
        b.region = "Europe";
        b.source = "Trade show";
        b.campaign = "Hannover Messe 2026";
        b.stage = LifecycleStage.MQL;
        b.tier = Tier.B;
        b.scoredTier = Tier.C;
        b.overrideReason = "Key account in expansion; agreed with sales on 2026-11-16";
        b.fit = 30;
        b.intent = 28;
        b.total = 58;
        b.scorecard = "Industrial default v3";
        b.route = new Route("Equipment sales — International", "equipment-international",
                "Rule \"Equipment, outside North America\": Tier B, equipment (16 intent points), Europe");
        b.deadline = DEADLINES.deadline(Instant.parse("2026-11-17T10:00:00Z"), Tier.B, LifecycleStage.MQL);
        b.overdue = true;
        b.productLine = "equipment";
        b.nextStep = "Technical next steps: an application engineer follows up on “Pump seal maintenance guide”, "
                + "checks the application and offers drawings, specifications and sizing help.";
        b.note = """
                Priya met us at Hannover Messe (booth B12) and asked for seal kits for 14 pumps.
                She decides with procurement; call before Friday.

                Tier set by hand: key account in expansion.""";
        b.noteEdited = true;
        b.contributions = List.of(
                contribution("target-industry", "Target industry", FIT, "Industry: Water & Wastewater", 10, 10, null),
                contribution("size-250", "250+ employees", FIT, "340 employees", 10, 10, null),
                contribution("persona-maintenance", "Persona: Maintenance Manager", FIT, "Job title \"Maintenance Manager\"", 15, 15, null),
                contribution("outside-home-market", "Outside the home market", FIT, "Country GB", -5, -5, null),
                contribution("technical-guides", "Technical guide downloads", INTENT, "Download: Pump seal maintenance guide", 16, 16, guide),
                contribution("trade-show", "Trade-show visit", INTENT, "Trade-show visit: Hannover Messe booth B12", 12, 12, show));
        b.timeline = List.of(
                activity(11, DOWNLOAD, "Pump seal maintenance guide", "technical_guide", "equipment", guide, "Hannover Messe 2026", null),
                activity(12, TRADE_SHOW_VISIT, "Hannover Messe booth B12", null, "equipment", show, "Hannover Messe 2026", null),
                activity(13, EMAIL_OPEN, "October newsletter", "newsletter", null, Instant.parse("2026-10-01T07:45:00Z"), "Newsletter", null));
        b.packetId = PACKET_ID;
        b.handedOffAt = CREATED_AT;
        return b;
    }

    /** Every nullable field null; company, job title and note start like formulas; a negative fit. */
    static Builder bare() {
        Instant tool = Instant.parse("2026-11-18T15:30:00Z");
        Builder b = new Builder(3001);
        b.jobTitle = "@SUM(A1:A9)";
        b.company = "=HYPERLINK(\"http://evil.example/x\",\"Click for details\")";
        b.stage = LifecycleStage.MQL;
        b.tier = Tier.C;
        b.scoredTier = Tier.C;
        b.fit = -5;
        b.intent = 30;
        b.total = 25;
        b.route = new Route("Data-fix queue", Route.DATA_FIX, "Incomplete record: no contact.email, no contact.country");
        b.deadline = DEADLINES.deadline(tool, Tier.C, LifecycleStage.MQL);
        b.nextStep = "Qualify by phone: confirm the project, the timing and who decides.";
        b.note = "-5 fit: no company data.\nFix the record before calling.";
        b.contributions = List.of(
                contribution("no-company-data", "Unknown company size", FIT, "No employee count", -5, -5, null),
                contribution("selection-tool", "Selection tool use", INTENT, "Selection tool used on 2026-11-18", 35, 35, tool),
                contribution("unsubscribed", "Unsubscribed", INTENT, "Unsubscribed", -5, -5, null));
        b.timeline = List.of(activity(21, SELECTION_TOOL, null, null, null, tool, null, null));
        return b;
    }

    static Contribution contribution(String rule, String label, RulePart part, String evidence, double raw, double points, Instant at) {
        return new Contribution(rule, label, part, evidence, raw, points, at);
    }

    static Activity activity(long id, ActivityType type, String asset, String kind, String line, Instant at, String campaign,
                             String formText) {
        return new Activity(id, 0, type, asset, kind, line, at, campaign, formText);
    }

    /** A {@link HandoffLead} with every field settable; the presets above fill it. */
    static final class Builder {
        long contactId;
        String externalId;
        String firstName;
        String lastName;
        String email;
        String phone;
        String jobTitle;
        String persona;
        String company;
        String domain;
        String industry;
        Integer employees;
        Double annualRevenue;
        String country;
        String region;
        String source;
        String campaign;
        LifecycleStage stage;
        Tier tier;
        Tier scoredTier;
        String overrideReason;
        double fit;
        double intent;
        double total;
        String scorecard;
        Route route;
        Deadlines.Deadline deadline;
        boolean overdue;
        boolean urgent;
        String productLine;
        String nextStep;
        String note;
        boolean noteEdited;
        List<Contribution> contributions = List.of();
        List<Activity> timeline = List.of();
        String packetId;
        Instant handedOffAt;
        List<String> account = List.of();

        Builder(long contactId) {
            this.contactId = contactId;
        }

        Builder company(String value) {
            company = value;
            return this;
        }

        Builder jobTitle(String value) {
            jobTitle = value;
            return this;
        }

        Builder lastName(String value) {
            lastName = value;
            return this;
        }

        Builder email(String value) {
            email = value;
            return this;
        }

        Builder note(String value) {
            note = value;
            return this;
        }

        Builder stage(LifecycleStage value) {
            stage = value;
            return this;
        }

        Builder tier(Tier value) {
            tier = value;
            scoredTier = value;
            return this;
        }

        Builder fit(double value) {
            fit = value;
            return this;
        }

        Builder formText(String value) {
            List<Activity> changed = new ArrayList<>(timeline);
            Activity first = changed.getFirst();
            changed.set(0, new Activity(first.id(), first.contactId(), first.type(), first.asset(), first.assetKind(),
                    first.productLine(), first.occurredAt(), first.campaign(), value));
            timeline = changed;
            return this;
        }

        /** {@code count} page views, one a day back from 2026-11-20, newest first. */
        Builder pageViews(int count) {
            List<Activity> views = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                views.add(activity(100 + i, PAGE_VIEW, "Page " + (i + 1), "product_page", "equipment",
                        Instant.parse("2026-11-20T12:00:00Z").minusSeconds(86_400L * i), null, null));
            }
            timeline = views;
            return this;
        }

        HandoffLead build() {
            return new HandoffLead(contactId, externalId, firstName, lastName, email, phone, jobTitle, persona, company, domain,
                    industry, employees, annualRevenue, country, region, source, campaign, stage, tier, scoredTier,
                    overrideReason, fit, intent, total, scorecard, route, deadline, overdue, urgent, productLine, nextStep, note,
                    noteEdited, contributions, timeline, packetId, handedOffAt, account);
        }
    }
}
