package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.start.GeneralPreset;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.TestDsl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13: nothing is published behind the manager's back; the general preset is shown as version 0 until a start is chosen. */
class StartingPointTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Five contacts keyed by a CRM id, without email; two of them did a lot lately, one asked for a demo. */
    private Path leadsWithoutEmail() throws Exception {
        Path file = dir.resolve("leads.db");
        try (Database db = Database.open(file)) {
            LeadRepository leads = new LeadRepository(db);
            ActivityRepository activities = new ActivityRepository(db);
            for (int i = 0; i < 5; i++) {
                long id = leads.insert(new Contact(0, "CRM-" + i, null, "Ada" + i, "Moreno", null, null, null, null, "Web", null,
                        NOW.minus(Duration.ofDays(30)), null, null, Map.of()));
                if (i < 2) {
                    for (ActivityType type : new ActivityType[] {ActivityType.DOWNLOAD, ActivityType.DOWNLOAD, ActivityType.WEBINAR_ATTENDANCE,
                            ActivityType.FORM_SUBMIT, ActivityType.PAGE_VIEW}) {
                        activities.insert(new Activity(0, id, type, "asset", null, null, NOW.minus(Duration.ofDays(3)), null, null));
                    }
                }
                if (i == 2) {
                    activities.insert(new Activity(0, id, ActivityType.DEMO_REQUEST, "/demo", null, null, NOW.minus(Duration.ofDays(1)), null, null));
                }
            }
        }
        return file;
    }

    private static long count(Workspace w, String table) {
        return TestDsl.of(w.database()).fetchCount(TestDsl.of(w.database()).selectFrom(table));
    }

    @Test
    void openingAWorkspaceWithLeadsPublishesNothingAndScoresThemWithTheGeneralPresetAsVersionZero() throws Exception {
        Path file = leadsWithoutEmail();
        for (int open = 0; open < 2; open++) {
            try (Workspace w = Workspace.open(file, 0, CLOCK)) {
                assertTrue(w.nothingPublished());
                assertEquals(0, w.published().number());
                assertEquals(GeneralPreset.NAME, w.published().scorecard().name());
                assertEquals(0, count(w, "scorecard_version"), "nothing published on open " + open);
                assertEquals(0, count(w, "stage_transition"), "nothing recorded on open " + open);
                assertEquals(5, w.publishedScores().size());
                int[] tiers = w.publishedScores().tierCounts();
                assertEquals(0, tiers[Tier.EXCLUDED.ordinal()], "no email excludes nobody");
                // two downloads 10, a webinar 8, a form 8, a page view 1: 27, Tier C; the demo request 30, Tier C
                assertEquals(3, tiers[Tier.C.ordinal()], java.util.Arrays.toString(tiers));
                assertEquals(LifecycleStage.SQL, w.publishedScores().stage(w.columns().indexOf(3)), "the demo request fast-tracks, in memory");
            }
        }
    }

    @Test
    void importingIntoAFreshDatabasePublishesAndRecordsNothing() throws Exception {
        Path csv = Files.writeString(dir.resolve("leads.csv"), "Email,First Name,Last Name,Company\n"
                + "ada@acme.com,Ada,Lovelace,Acme\nbob@beta.com,Bob,Brown,Beta\n");
        try (Database db = Database.open(dir.resolve("fresh.db"))) {
            ImportSummary s = new Importer(db).run(csv, MappingPresets.named(MappingPresets.HUBSPOT_CONTACTS).orElseThrow()
                    .fittedTo(java.util.List.of("Email", "First Name", "Last Name", "Company")), false, ImportProgress.NONE);
            assertTrue(s.accepted(), s.problems().toString());
            assertEquals(0, new Rescoring(db).applyPublished(NOW));
            assertEquals(0, TestDsl.of(db).fetchCount(TestDsl.of(db).selectFrom("scorecard_version")));
            assertEquals(0, TestDsl.of(db).fetchCount(TestDsl.of(db).selectFrom("stage_transition")));
            assertEquals(2, TestDsl.of(db).fetchCount(TestDsl.of(db).selectFrom("contact")));
        }
    }

    @Test
    void choosingTheGeneralPresetPublishesVersionOneAndRecordsTheStages() throws Exception {
        Path file = leadsWithoutEmail();
        try (Workspace w = Workspace.open(file, 0, CLOCK)) {
            var applied = w.publishStart(StartingPoints.Preset.GENERAL);
            assertEquals(1, applied.version().version());
            assertEquals(GeneralPreset.NAME, applied.version().name());
            assertEquals(StartingPoints.note(StartingPoints.Preset.GENERAL), applied.version().note());
            assertEquals(w.stages().currentStages().size(), applied.transitions(), "each lead's first stage is recorded");
            assertEquals(LifecycleStage.SQL, w.stages().currentStages().get(w.columns().contact(w.columns().indexOf(3)).id()));
            assertFalse(w.nothingPublished());
            assertEquals(1, w.published().number());
        }
        try (Workspace w = Workspace.open(file, 0, CLOCK)) {
            assertFalse(w.nothingPublished());
            assertEquals(1, w.published().number());
            assertEquals(1, count(w, "scorecard_version"));
        }
    }

    @Test
    void aTierOverrideBeforeAnythingIsPublishedIsKeptAndRecordedOnlyOnPublishing() throws Exception {
        try (Workspace w = Workspace.open(leadsWithoutEmail(), 0, CLOCK)) {
            HandoffDesk desk = new HandoffDesk(w);
            desk.overrideTier(1, Tier.A, "Asked for a call at the trade show");
            assertEquals(0, count(w, "stage_transition"), "version 0 records nothing, not even an override's stage");
            assertEquals(1, count(w, "lead_decision"));
            w.publishStart(StartingPoints.Preset.GENERAL);
            assertEquals(LifecycleStage.MQL, w.stages().currentStages().get(1L), "the override counts once a scorecard is published");
        }
    }

    @Test
    void theIndustrialPresetCanBeTheStartingPointToo() throws Exception {
        try (Workspace w = Workspace.open(leadsWithoutEmail(), 0, CLOCK)) {
            var applied = w.publishStart(StartingPoints.Preset.INDUSTRIAL);
            assertEquals(1, applied.version().version());
            assertEquals(ScorecardJson.defaultPreset(), w.published().scorecard());
        }
    }

    @Test
    void theDemoStillComesWithTheIndustrialPresetPublished() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("demo.db"), 80, CLOCK)) {
            assertFalse(w.nothingPublished());
            assertTrue(w.published().number() >= 1);
            assertEquals(ScorecardJson.defaultPreset().name(), w.scorecards().history().getFirst().name());
        }
    }

    @Test
    void anEmptyDatabaseOpensWithNothingPublished() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("empty.db"), 0, CLOCK)) {
            assertTrue(w.nothingPublished());
            assertEquals(0, count(w, "scorecard_version"), "the first start used to publish the industrial preset");
            assertEquals(java.util.List.of(), w.health(), "no leads, nothing to warn about");
        }
    }
}
