package com.leadbench.scoring;

import static com.leadbench.model.ActivityType.DEMO_REQUEST;
import static com.leadbench.model.ActivityType.DOWNLOAD;
import static com.leadbench.model.ActivityType.UNSUBSCRIBE;
import static com.leadbench.model.LifecycleStage.CONTACT;
import static com.leadbench.model.LifecycleStage.LEAD;
import static com.leadbench.model.LifecycleStage.MQL;
import static com.leadbench.model.LifecycleStage.SQL;
import static com.leadbench.scoring.Leads.AS_OF;
import static com.leadbench.scoring.Leads.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.DemoColumns;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays hand-built scorecards over hand-built leads (fit 30 from the persona, gate 25; Tier B from 75 is
 * the MQL tier, SQL from 125), then the default preset over demo leads against the reference engine.
 */
class StageReplayTest {

    static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration MS = Duration.ofMillis(1);

    static final Rule PERSONA = new PersonaRule("persona", "Reliability", "Reliability Engineer",
            new Keywords(List.of("reliability")), 30, true);

    static Scorecard card(FastTrack fastTrack, Rule... intent) {
        List<Rule> rules = new ArrayList<>(List.of(PERSONA));
        rules.addAll(List.of(intent));
        return new Scorecard("test", 90, List.of(new DomainExclusion("personal", "Personal email", List.of("gmail.com"), true)),
                rules, new Thresholds(25, new TierSpec("Tier A", 105, ""), new TierSpec("Tier B", 75, ""),
                new TierSpec("Tier C", 50, ""), Tier.B, 125), fastTrack);
    }

    static Scorecard card(Rule... intent) {
        return card(new FastTrack(Set.of(), null, false), intent);
    }

    static SignalRule signal(String id, ActivityType type, double points, Integer windowDays, Decay decay) {
        return new SignalRule(id, id, Set.of(type), Set.of(), null, Set.of(), points, null, windowDays, decay, Repeat.EACH, true);
    }

    static Instant daysAgo(int days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    static List<LifecycleStage> path(List<StageChange> changes) {
        List<LifecycleStage> out = new ArrayList<>();
        for (StageChange c : changes) {
            out.add(c.to());
        }
        return out;
    }

    static LifecycleStage stageAt(List<StageChange> changes, Instant t) {
        LifecycleStage stage = CONTACT;
        for (StageChange c : changes) {
            if (!c.at().isAfter(t)) {
                stage = c.to();
            }
        }
        return stage;
    }

    @Test
    void stageRisesAtTheQualifyingActivitysExactTime() {
        Scorecard card = card(signal("spec", DOWNLOAD, 50, null, Decay.NONE));
        LeadFacts ada = lead().did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 40).facts();

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD, MQL), path(changes));
        assertEquals(CREATED, changes.get(0).at(), "a lead from the moment the contact was created");
        assertEquals(CONTACT, changes.get(0).from());
        assertEquals(daysAgo(40), changes.get(1).at(), "an MQL at the download itself");
        assertEquals(ScoringEngine.score(card, ada, daysAgo(40)).reason(), changes.get(1).reason());
    }

    @Test
    void stageFallsOneMillisecondAfterTheWindowExpires() {
        Scorecard card = card(signal("spec", DOWNLOAD, 50, 30, Decay.NONE));
        LeadFacts ada = lead().did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 100).facts();

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD, MQL, LEAD), path(changes));
        Instant expired = daysAgo(100).plus(Duration.ofDays(30)).plus(MS);
        assertEquals(expired, changes.get(2).at());
        assertEquals(MQL, ScoringEngine.score(card, ada, expired.minus(MS)).stage(), "a download exactly 30 days old still counts");
    }

    @Test
    void decayingRuleDropsBelowTheThresholdAtTheFirstMidnightAfter() {
        // fit 30 + 100 points fading linearly over 100 days: below 75 once older than 55 days
        Scorecard card = card(signal("spec", DOWNLOAD, 100, 100, Decay.linear()));
        LeadFacts ada = lead().did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 80).facts();
        assertEquals(Instant.parse("2026-09-01T12:00:00Z"), daysAgo(80));

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD, SQL, MQL, LEAD), path(changes), "130 at once, an SQL until it fades below 125");
        assertEquals(Instant.parse("2026-10-27T00:00:00Z"), changes.get(3).at(), "the crossing is on 2026-10-26 at 12:00");
        assertEquals(LEAD, ScoringEngine.score(card, ada, Instant.parse("2026-10-26T13:00:00Z")).stage());
        assertEquals(MQL, ScoringEngine.score(card, ada, Instant.parse("2026-10-26T00:00:00Z")).stage());
    }

    @Test
    void excludedContactNeverLeavesContact() {
        Scorecard card = card(signal("spec", DOWNLOAD, 50, null, Decay.NONE));
        LeadFacts student = lead().email("ada@gmail.com").did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 40).facts();

        assertEquals(List.of(), StageReplay.replay(card, student, FROM, AS_OF));
        assertEquals(CONTACT, ScoringEngine.score(card, student, AS_OF).stage());
    }

    @Test
    void fastTrackRequestMakesAnSqlUntilItsWindowEnds() {
        Scorecard card = card(new FastTrack(Set.of(DEMO_REQUEST), 14, true));
        LeadFacts ada = lead().did(DEMO_REQUEST, "/products/px-200", "product_page", 50).facts();

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD, SQL, LEAD), path(changes));
        assertEquals(daysAgo(50), changes.get(1).at());
        assertTrue(changes.get(1).reason().startsWith("SQL at once (fast-track): demo request on 2026-10-01"), changes.get(1).reason());
        assertEquals(daysAgo(50).plus(Duration.ofDays(14)).plus(MS), changes.get(2).at());
    }

    @Test
    void negativeIntentLeavingItsWindowRaisesTheStage() {
        Scorecard card = card(signal("spec", DOWNLOAD, 50, null, Decay.NONE), signal("unsubscribed", UNSUBSCRIBE, -20, 30, Decay.NONE));
        LeadFacts ada = lead().did(UNSUBSCRIBE, "Newsletter", "newsletter", 70)
                .did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 60).facts();

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD, MQL), path(changes), "60 with the unsubscribe, 80 once it is older than 30 days");
        assertEquals(daysAgo(70).plus(Duration.ofDays(30)).plus(MS), changes.get(1).at());
    }

    @Test
    void leadThatCanNeverReachTheMqlTierIsALeadThroughout() {
        // fit 30 + at most 40 from two spec sheets: short of 75 at any moment
        Scorecard card = card(signal("spec", DOWNLOAD, 20, null, Decay.NONE));
        LeadFacts ada = lead().did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 40).did(DOWNLOAD, "PX-300 spec sheet", "spec_sheet", 30).facts();

        List<StageChange> changes = StageReplay.replay(card, ada, FROM, AS_OF);

        assertEquals(List.of(LEAD), path(changes));
        assertEquals(ScoringEngine.score(card, ada, CREATED).reason(), changes.get(0).reason());
    }

    @Test
    void nothingBeforeTheContactWasCreatedOrAfterTheEnd() {
        Scorecard card = card(signal("spec", DOWNLOAD, 50, null, Decay.NONE));
        LeadFacts ada = lead().did(DOWNLOAD, "PX-200 spec sheet", "spec_sheet", 40).facts();

        assertEquals(List.of(), StageReplay.replay(card, ada, FROM, CREATED.minus(MS)));
        List<StageChange> late = StageReplay.replay(card, ada, daysAgo(10), AS_OF);
        assertEquals(List.of(MQL), path(late), "an interval that starts later starts from the stage as of its start");
        assertEquals(daysAgo(10), late.get(0).at());
    }

    /** With the preset (no decay) every change is exact: the engine disagrees 1 ms before it and agrees at it and weekly. */
    @Test
    void presetReplayOverDemoLeadsIsWhatTheEngineSaysAtEveryMoment() {
        Scorecard preset = ScorecardJson.defaultPreset();
        LeadColumns leads = DemoColumns.generate(300, 11, LocalDate.of(2026, 10, 1));
        Instant to = Instant.parse("2026-10-01T00:00:00Z");
        Instant from = to.minus(Duration.ofDays(548));
        StageReplay replay = new StageReplay(preset);
        int changed = 0;
        for (int i = 0; i < leads.size(); i++) {
            LeadFacts facts = leads.facts(i);
            List<StageChange> changes = replay.changes(facts, from, to);
            Instant start = facts.contact().createdAt().isAfter(from) ? facts.contact().createdAt() : from;
            for (StageChange c : changes) {
                Breakdown engine = ScoringEngine.score(preset, facts, c.at());
                assertEquals(c.to(), engine.stage(), "contact " + facts.contact().id() + " at " + c.at());
                assertEquals(engine.reason(), c.reason());
                if (c.at().isAfter(start)) {
                    assertEquals(c.from(), ScoringEngine.score(preset, facts, c.at().minus(MS)).stage(),
                            "contact " + facts.contact().id() + " just before " + c.at());
                }
            }
            for (Instant t = start; t.isBefore(to); t = t.plus(Duration.ofDays(7))) {
                assertEquals(ScoringEngine.score(preset, facts, t).stage(), stageAt(changes, t), "contact " + facts.contact().id() + " at " + t);
            }
            assertEquals(ScoringEngine.score(preset, facts, to).stage(), stageAt(changes, to));
            changed += changes.size() > 1 ? 1 : 0;
        }
        assertTrue(changed > 30, "demo leads that went past Lead: " + changed);
    }

    @Test
    void withDecayTheReplayStillEndsWhereTheEngineIs() {
        Scorecard preset = ScorecardJson.defaultPreset();
        List<Rule> fading = new ArrayList<>();
        for (Rule r : preset.rules()) {
            fading.add(r instanceof SignalRule s ? s.withDecay(Decay.halfLife(20)) : r);
        }
        Scorecard card = preset.withRules(fading);
        LeadColumns leads = DemoColumns.generate(200, 12, LocalDate.of(2026, 10, 1));
        Instant to = Instant.parse("2026-09-30T15:30:00Z");
        Instant from = to.minus(Duration.ofDays(548));
        StageReplay replay = new StageReplay(card);
        int fell = 0;
        for (int i = 0; i < leads.size(); i++) {
            LeadFacts facts = leads.facts(i);
            List<StageChange> changes = replay.changes(facts, from, to);
            for (StageChange c : changes) {
                Breakdown engine = ScoringEngine.score(card, facts, c.at());
                assertEquals(c.to(), engine.stage());
                assertEquals(engine.reason(), c.reason());
                fell += c.to().compareTo(c.from()) < 0 && c.at().atZone(java.time.ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0 ? 1 : 0;
            }
            assertEquals(ScoringEngine.score(card, facts, to).stage(), stageAt(changes, to), "contact " + facts.contact().id());
        }
        assertTrue(fell > 0, "some stages fade at a midnight");
    }
}
