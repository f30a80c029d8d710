package com.leadbench.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.leadbench.model.Account;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two replayed weeks worked out by hand. Scorecard: Chemicals +30 (fit), each download +20 (30-day
 * window, no decay); Tier A 70, B 50, C 30; MQL from B, SQL from 90. Tier A goes to "Equipment sales"
 * (capacity 1 a week), the rest to "Sales" (capacity 5). The weeks are [04-17, 04-24) and [04-24, 05-01).
 *
 * <ul>
 * <li>L1, Chemicals: a download on 04-18 10:00 (50: B, MQL, to Sales), another on 04-19 (70: A, still MQL);</li>
 * <li>L2, Chemicals: one download on 04-25 (50: B, MQL, to Sales);</li>
 * <li>L3 and L4, Chemicals: two downloads at once on 04-26 and 04-27 (70: A, MQL, to Equipment sales);</li>
 * <li>L5, retail: three downloads on 04-10, 04-11, 04-12 (60: B, MQL on 04-12 10:00): qualified before the period;</li>
 * <li>L6, Chemicals: downloads on 04-20 at 10, 11 and 12 o'clock: MQL (B, to Sales), then A, then 90: SQL;</li>
 * <li>L7, retail, no activity.</li>
 * </ul>
 * Week 1: 2 MQLs (L1, L6), 1 SQL (L6), Sales 2. Week 2: 3 MQLs (L2, L3, L4), Sales 1, Equipment sales
 * 2: over its capacity of 1. Won in the period: L6 on 04-28 10:00 (8 days after its MQL), L5 on 04-30
 * 10:00 (18 days after), L7 on 04-29 (never qualified); L1's win on 05-05 falls after the period.
 */
class CapacityReplayTest {

    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");

    static final Scorecard CARD = new Scorecard("replay fixture", 30, List.of(),
            List.of(new IndustryRule("industry", "Target industry", List.of("Chemicals"), 30, true),
                    new SignalRule("downloads", "Downloads", Set.of(ActivityType.DOWNLOAD), Set.of(), null, Set.of(), 20, null, null,
                            Decay.NONE, Repeat.EACH, true)),
            new Thresholds(0, new TierSpec("Tier A", 70, "call"), new TierSpec("Tier B", 50, "nurture"), new TierSpec("Tier C", 30, "mail"),
                    Tier.B, 90),
            FastTrack.OFF,
            new Routing(List.of(new RouteRule("a", "Tier A", Set.of(Tier.A), Set.of(), Set.of(), "Equipment sales")),
                    "Account management", "Data-fix queue", List.of(), "Sales", Map.of("Equipment sales", 1, "Sales", 5)),
            Deadlines.DEFAULT);

    private static final Account CHEMICALS = new Account(1, "acme.example", "Acme Chemicals", "Chemicals", 500, null, "US",
            "North America", false, false, null, Map.of());
    private static final Account RETAIL = new Account(2, "shop.example", "Shop Retail", "Retail", 50, null, "US",
            "North America", false, false, null, Map.of());

    static LeadColumns leads() {
        LeadColumns.Builder b = LeadColumns.builder();
        for (long id = 1; id <= 7; id++) {
            Account account = id == 5 || id == 7 ? RETAIL : CHEMICALS;
            b.contact(new Contact(id, null, "l" + id + "@example.com", "Lead", "No" + id, "Engineer", null, "US", null, null, null,
                    Instant.parse("2026-01-01T00:00:00Z"), null, account.id(), Map.of()), account);
        }
        download(b, 1, "2026-04-18T10:00:00Z", "2026-04-19T10:00:00Z");
        download(b, 2, "2026-04-25T10:00:00Z");
        download(b, 3, "2026-04-26T10:00:00Z", "2026-04-26T10:00:00Z");
        download(b, 4, "2026-04-27T10:00:00Z", "2026-04-27T10:00:00Z");
        download(b, 5, "2026-04-10T10:00:00Z", "2026-04-11T10:00:00Z", "2026-04-12T10:00:00Z");
        download(b, 6, "2026-04-20T10:00:00Z", "2026-04-20T11:00:00Z", "2026-04-20T12:00:00Z");
        return b.build();
    }

    static void download(LeadColumns.Builder b, long contact, String... times) {
        for (String t : times) {
            b.activity(contact, ActivityType.DOWNLOAD, "spec sheet", "spec_sheet", null, Instant.parse(t).toEpochMilli(), null);
        }
    }

    private static final Map<Long, Instant> WON = Map.of(6L, Instant.parse("2026-04-28T10:00:00Z"), 5L, Instant.parse("2026-04-30T10:00:00Z"),
            7L, Instant.parse("2026-04-29T10:00:00Z"), 1L, Instant.parse("2026-05-05T10:00:00Z"));

    @Test
    void eachWeekCountsWhatQualifiedInItByTierAndQueueAgainstCapacity() {
        CapacityReplay.Result r = CapacityReplay.run(CARD, leads(), WON, TO, 2);

        assertEquals(2, r.weeks().size());
        CapacityReplay.Week first = r.weeks().get(0);
        assertEquals(LocalDate.of(2026, 4, 17), first.starts());
        assertEquals(2, first.mqls(), "L1 and L6; L5 was an MQL before the period");
        assertEquals(1, first.sqls(), "L6");
        assertEquals(Map.of(Tier.B, 2), first.qualifiedByTier());
        assertEquals(Map.of("Sales", 2), first.byQueue());
        assertEquals(List.of(), first.overCapacity());

        CapacityReplay.Week second = r.weeks().get(1);
        assertEquals(LocalDate.of(2026, 4, 24), second.starts());
        assertEquals(3, second.mqls());
        assertEquals(0, second.sqls());
        assertEquals(Map.of(Tier.A, 2, Tier.B, 1), second.qualifiedByTier());
        assertEquals(Map.of("Equipment sales", 2, "Sales", 1), second.byQueue());
        assertEquals(List.of("Equipment sales"), second.overCapacity());
        assertEquals(3, second.qualified());

        assertEquals(2.5, r.mqlsPerWeek(), 1e-9);
        assertEquals(1, r.overCapacityWeeks());
        assertEquals(new CapacityReplay.Won(3, 2, Optional.of(13.0)), r.won(), "L5 18 days and L6 8 days before their wins; L7 never qualified");
    }

    /**
     * At half a lead a business day (UTC, no holidays; A has 1 business day, B 2), soonest deadline first, the team
     * reaches L1 (sent Sat 04-18, due Tue 04-21) on Mon 04-20 and L6 (Mon 04-20, due Wed 04-22) on Wed 04-22: both in
     * time. On Mon 04-27 it has one contact for L2 (Sat 04-25, due Tue 04-28), L3 (tier A, Sun 04-26, due Mon 04-27) and
     * L4 (tier A, Mon 04-27, due Tue 04-28): L3, due soonest, in time; by Wed 04-29, when it can make the next, L2's and
     * L4's deadlines have passed. An idle team banks at most one day's capacity.
     */
    @Test
    void atTheTeamsPaceEachWeekCountsTheLeadsContactedWithinTheirDeadline() {
        CapacityReplay.Result r = CapacityReplay.run(CARD, leads(), WON, TO, 2, Optional.of(new TeamPace(0.5, 5, 10)));
        assertEquals(2, r.weeks().get(0).inTime());
        assertEquals(1, r.weeks().get(1).inTime());
        assertEquals(Optional.of(3 / 5.0), r.inTimeShare());

        CapacityReplay.Result fast = CapacityReplay.run(CARD, leads(), WON, TO, 2, Optional.of(new TeamPace(3, 30, 10)));
        assertEquals(List.of(2, 3), fast.weeks().stream().map(CapacityReplay.Week::inTime).toList(), "three a day reach everyone in time");

        CapacityReplay.Result unknown = CapacityReplay.run(CARD, leads(), WON, TO, 2);
        assertEquals(null, unknown.weeks().get(0).inTime(), "no pace, no figure");
        assertEquals(Optional.empty(), unknown.inTimeShare());
    }

    @Test
    void thePaceIsTheFirstContactsOfThePeriodPerBusinessDay() {
        Instant from = TO.minus(java.time.Duration.ofDays(14));
        List<Instant> contacts = List.of(Instant.parse("2026-04-16T12:00:00Z"), Instant.parse("2026-04-17T09:00:00Z"),
                Instant.parse("2026-04-20T09:00:00Z"), Instant.parse("2026-04-25T09:00:00Z"), Instant.parse("2026-04-28T09:00:00Z"),
                Instant.parse("2026-04-30T23:59:00Z"), TO);
        TeamPace pace = TeamPace.observed(contacts, from, TO, CARD.deadlines()).orElseThrow();
        assertEquals(5, pace.firstContacts(), "the one before the period and the one at its end are out");
        assertEquals(10, pace.businessDays(), "04-17, 04-20 to 04-24, 04-27 to 04-30");
        assertEquals(0.5, pace.perBusinessDay(), 1e-12);
        assertEquals(Optional.empty(), TeamPace.observed(List.of(contacts.get(0)), from, TO, CARD.deadlines()), "none in the period");
    }

    @Test
    void raisingTheCapacityOrTheTiersChangesTheVerdict() {
        Scorecard roomy = CARD.withRouting(CARD.routing().withWeeklyCapacity("Equipment sales", 2));
        assertEquals(0, CapacityReplay.run(roomy, leads(), WON, TO, 2).overCapacityWeeks());

        Scorecard stricter = CARD.withThresholds(t -> t.withTierMin(Tier.A, 80));
        CapacityReplay.Result r = CapacityReplay.run(stricter, leads(), WON, TO, 2);
        assertEquals(Map.of("Sales", 3), r.weeks().get(1).byQueue(), "L3 and L4 are tier B now: they go to Sales");
        assertEquals(0, r.overCapacityWeeks());
    }

    /** Leads whose every activity is out of every window for the whole period are not replayed: that must change nothing. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"preset", "decaying", "short window"})
    void leavingQuietLeadsOutChangesNothing(String variant) {
        LeadColumns demo = com.leadbench.scoring.preview.DemoColumns.generate(500, 3, LocalDate.of(2026, 10, 31));
        Scorecard preset = com.leadbench.format.ScorecardJson.defaultPreset();
        Scorecard card = switch (variant) {
            case "decaying" -> preset.withRule(((SignalRule) preset.rules().stream().filter(r -> r instanceof SignalRule).findFirst().orElseThrow())
                    .withDecay(new Decay(Decay.Kind.HALF_LIFE, 20)));
            case "short window" -> preset.withWindowDays(14);
            default -> preset;
        };
        Instant end = Instant.parse("2026-11-01T00:00:00Z");
        var pace = java.util.Optional.of(new TeamPace(6, 780, 130));
        CapacityReplay.Result quick = CapacityReplay.run(card, demo, Map.of(), end, 26, pace, false);
        CapacityReplay.Result every = CapacityReplay.run(card, demo, Map.of(), end, 26, pace, true);
        assertEquals(every, quick);
        assertEquals(true, every.weeks().stream().mapToInt(CapacityReplay.Week::qualified).sum() > 0, "the demo sends leads in the period");
    }

    /**
     * A lead with no activity in the period still moves when an old activity leaves its window: an
     * unsubscribe (-40) of 03-20 kept it at 30 + 40 - 40 = 30 until it leaves the 30-day window on
     * 04-19, when it becomes a tier-A MQL. Leaving quiet leads out must not leave it out.
     */
    @Test
    void aNegativeSignalLeavingItsWindowQualifiesALeadWithoutNewActivity() {
        List<com.leadbench.scoring.rules.Rule> rules = new java.util.ArrayList<>(CARD.rules());
        rules.add(new SignalRule("unsubscribed", "Unsubscribed", Set.of(ActivityType.UNSUBSCRIBE), Set.of(), null,
                Set.of(), -40, null, null, Decay.NONE, Repeat.ONCE, true));
        Scorecard card = CARD.withRules(rules);
        LeadColumns.Builder b = LeadColumns.builder();
        b.contact(new Contact(8, null, "l8@example.com", "Lead", "No8", "Engineer", null, "US", null, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null, CHEMICALS.id(), Map.of()), CHEMICALS);
        download(b, 8, "2026-04-14T10:00:00Z", "2026-04-15T10:00:00Z");
        b.activity(8, ActivityType.UNSUBSCRIBE, "newsletter", "email", null, Instant.parse("2026-03-20T10:00:00Z").toEpochMilli(), null);
        CapacityReplay.Result r = CapacityReplay.run(card, b.build(), Map.of(), TO, 2);
        assertEquals(1, r.weeks().get(0).mqls());
        assertEquals(Map.of("Equipment sales", 1), r.weeks().get(0).byQueue());
    }

    @Test
    void aReplayNeedsAWeek() {
        assertThrows(IllegalArgumentException.class, () -> CapacityReplay.run(CARD, leads(), WON, TO, 0));
    }
}
