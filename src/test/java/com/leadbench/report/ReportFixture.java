package com.leadbench.report;

import com.leadbench.model.Account;
import com.leadbench.model.AccountQualification;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A process-report fixture small enough to compute by hand (the expected figures are worked out
 * in ProcessReportsTest). Scorecard: Chemicals +30 (fit), each download +20 (intent, 90 days);
 * tiers A 70, B 50, C 30, no fit gate; MQL from B; deadlines A 1, B 2, C 5, SQL 1 business days, UTC.
 */
final class ReportFixture {

    static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    static final Scorecard CARD = new Scorecard("fixture", 90, List.of(),
            List.of(new IndustryRule("industry", "Target industry", List.of("Chemicals"), 30, true),
                    new SignalRule("downloads", "Downloads", Set.of(ActivityType.DOWNLOAD), Set.of(), null, Set.of(), 20, null, null,
                            Decay.NONE, Repeat.EACH, true)),
            new Thresholds(0, new TierSpec("Tier A", 70, "call"), new TierSpec("Tier B", 50, "nurture"), new TierSpec("Tier C", 30, "mail"),
                    Tier.B, 90),
            new FastTrack(Set.of(), null, false), Routing.SINGLE_QUEUE,
            new Deadlines(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 5), 1, Set.of(), ZoneId.of("UTC")));

    static final Account CHEMICALS = new Account(1, "acme.example", "Acme Chemicals", "Chemicals", 500, null, "US", "North America",
            false, false, null, Map.of());
    static final Account RETAIL = new Account(2, "shop.example", "Shop Retail", "Retail", 50, null, "US", "North America",
            false, false, null, Map.of());

    private final List<LeadFacts> leads = new ArrayList<>();
    private final Map<Long, List<StageTransition>> transitions = new HashMap<>();
    private final Map<Long, List<SalesFollowUp>> followUps = new HashMap<>();
    private long nextId = 1;

    static ReportData data() {
        ReportFixture f = new ReportFixture();
        // L1: Acme, tier B at qualification (30 + 20), SQL two days later; contacted after 6 h; accepted, won
        f.lead(1, Optional.of(CHEMICALS), "Webinar", List.of(download(1, "PX spec", "Seal launch", "components", "2026-03-02T10:00:00Z")));
        f.move(1, LifecycleStage.CONTACT, LifecycleStage.LEAD, "2026-01-10T00:00:00Z", 1);
        f.move(1, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-03-02T10:00:00Z", 1);
        f.move(1, LifecycleStage.MQL, LifecycleStage.SQL, "2026-03-04T10:00:00Z", 1);
        f.report(1, FollowUpKind.FIRST_CONTACT, "2026-03-02T16:00:00Z");
        f.report(1, FollowUpKind.ACCEPTED, "2026-03-05T10:00:00Z");
        f.report(1, FollowUpKind.WON, "2026-04-01T10:00:00Z");
        // L2: Acme, tier A (30 + 40) on a Friday; contacted on Tuesday after 96 h (deadline Monday); rejected
        f.lead(2, Optional.of(CHEMICALS), "Webinar", List.of(
                download(2, "PX spec", "Seal launch", "equipment", "2026-03-05T09:00:00Z"),
                download(2, "CAD file", null, "equipment", "2026-03-06T09:00:00Z")));
        f.move(2, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-03-06T09:00:00Z", 1);
        f.report(2, FollowUpKind.FIRST_CONTACT, "2026-03-10T09:00:00Z");
        f.report(2, FollowUpKind.REJECTED, "2026-03-11T09:00:00Z");
        // L3: Shop Retail (not a target), tier C (40), straight to SQL under version 2; never contacted
        f.lead(3, Optional.of(RETAIL), null, List.of(
                download(3, "Retail guide", "Spring promo", null, "2026-04-14T12:00:00Z"),
                download(3, "Retail guide", "Spring promo", null, "2026-04-15T12:00:00Z")));
        f.move(3, LifecycleStage.LEAD, LifecycleStage.SQL, "2026-04-15T12:00:00Z", 2);
        // L4: Acme, never qualified, but engaged (a page view)
        f.lead(4, Optional.of(CHEMICALS), "Direct", List.of(new Activity(40, 4, ActivityType.PAGE_VIEW, "/products", "product_page",
                null, Instant.parse("2026-03-10T08:00:00Z"), null, null)));
        f.move(4, LifecycleStage.CONTACT, LifecycleStage.LEAD, "2026-03-10T08:00:00Z", 1);
        // L5: no company, tier B (60) under version 2; never contacted, deadline passed
        f.lead(5, Optional.empty(), "Trade show", List.of(
                download(5, "PX spec", "Spring promo", "components", "2026-04-18T10:00:00Z"),
                download(5, "PX spec", "Spring promo", "components", "2026-04-19T10:00:00Z"),
                download(5, "PX spec", "Spring promo", "components", "2026-04-20T10:00:00Z")));
        f.move(5, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-04-20T10:00:00Z", 2);
        return f.data(CARD);
    }

    ReportData data(Scorecard card) {
        return data(card, List.of());
    }

    /** With {@code mqas} recorded as the accounts that became marketing-qualified. */
    ReportData data(Scorecard card, List<AccountQualification> mqas) {
        return new ReportData(leads, transitions, followUps, Map.of(1, card, 2, card), card, NOW, Map.of(), HandoverScores.COMPUTED, mqas);
    }

    private static long activityId = 100;

    static Activity download(long contactId, String asset, String campaign, String line, String at) {
        return new Activity(activityId++, contactId, ActivityType.DOWNLOAD, asset, "spec_sheet", line, Instant.parse(at), campaign, null);
    }

    void lead(long id, Optional<Account> account, String source, List<Activity> activities) {
        Contact c = new Contact(id, null, "lead" + id + "@example.com", "Lead", "No" + id, "Engineer", null, "US", null, source,
                null, Instant.parse("2026-01-01T00:00:00Z"), null, account.map(Account::id).orElse(null), Map.of());
        leads.add(new LeadFacts(c, account, activities));
    }

    void move(long id, LifecycleStage from, LifecycleStage to, String at, int version) {
        transitions.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new StageTransition(nextId++, id, from, to, Instant.parse(at), "fixture", version));
    }

    void report(long id, FollowUpKind kind, String at) {
        followUps.computeIfAbsent(id, k -> new ArrayList<>()).add(new SalesFollowUp(nextId++, id, kind, Instant.parse(at), null, null));
    }
}
