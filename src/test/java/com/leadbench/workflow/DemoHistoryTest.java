package com.leadbench.workflow;

import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseContent;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.store.TestDsl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new demo database comes with the history of a company that has scored its leads all along. */
class DemoHistoryTest {

    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final DemoSettings SETTINGS = new DemoSettings(300, DemoSettings.DEFAULT_SEED, LocalDate.of(2026, 11, 1));

    @TempDir
    Path dir;

    @Test
    void thePresetIsPublishedAtTheStartOfTheHistoryAndOpeningAddsNothing() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("demo.db"), 300, CLOCK)) {
            List<ScorecardVersion> versions = workspace.scorecards().history();
            assertEquals(1, versions.size());
            assertEquals(SETTINGS.historyStart(), versions.get(0).publishedAt());
            assertEquals(Instant.parse("2025-05-02T00:00:00Z"), versions.get(0).publishedAt(), "548 days before the end");
            int all = TestDsl.of(workspace.database()).fetchCount(STAGE_TRANSITION);
            assertEquals(all, workspace.stages().countForVersion(1), "every transition is version 1's");
            assertEquals(0, TestDsl.of(workspace.database()).fetchCount(STAGE_TRANSITION, STAGE_TRANSITION.OCCURRED_AT.eq(NOW.toEpochMilli())),
                    "the history reaches now: applying version 1 as of now changes nothing");
        }
    }

    @Test
    void transitionsHappenAtTheMomentsOfTheLeadsHistory() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("demo.db"), 300, CLOCK)) {
            LeadColumns leads = workspace.columns();
            int qualified = 0;
            for (int i = 0; i < leads.size(); i++) {
                List<StageTransition> history = workspace.stages().forContact(leads.contact(i).id());
                if (history.isEmpty()) {
                    continue; // excluded: still a Contact
                }
                assertEquals(LifecycleStage.CONTACT, history.get(0).from());
                assertEquals(leads.contact(i).createdAt(), history.get(0).at(), "a lead from its creation on");
                for (int k = 1; k < history.size(); k++) {
                    assertEquals(history.get(k - 1).to(), history.get(k).from());
                    assertTrue(history.get(k).at().isAfter(history.get(k - 1).at()));
                    assertFalse(history.get(k).at().isAfter(NOW));
                }
                qualified += history.stream().anyMatch(t -> t.to() == LifecycleStage.MQL || t.to() == LifecycleStage.SQL) ? 1 : 0;
            }
            assertTrue(qualified > 30, "leads that became MQL or SQL at some point: " + qualified);
        }
    }

    @Test
    void salesMostlyFollowsUpAfterTheLeadQualified() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("demo.db"), 300, CLOCK)) {
            Outcomes outcomes = new OutcomesLoader(workspace.database()).load(workspace.columns());
            int followedUp = 0;
            int qualifiedFirst = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                long f = outcomes.firstFollowUpAt()[i];
                long q = outcomes.qualifiedAt()[i];
                if (f != Outcomes.ABSENT) {
                    followedUp++;
                    qualifiedFirst += q != Outcomes.ABSENT && q < f ? 1 : 0;
                }
            }
            assertTrue(qualifiedFirst > followedUp / 2, qualifiedFirst + " of " + followedUp + " followed-up leads qualified first");
        }
    }

    @Test
    void aLaterOpenRecordsWhatExpiredInBetween() throws Exception {
        Path file = dir.resolve("demo.db");
        Workspace.open(file, 300, CLOCK).close();
        Instant later = NOW.plus(Duration.ofDays(120));
        try (Workspace workspace = Workspace.open(file, 300, Clock.fixed(later, ZoneOffset.UTC))) {
            assertTrue(TestDsl.of(workspace.database()).fetchCount(STAGE_TRANSITION, STAGE_TRANSITION.OCCURRED_AT.eq(later.toEpochMilli())
                    .and(STAGE_TRANSITION.TO_STAGE.eq(LifecycleStage.LEAD.name()))) > 0, "intent older than 90 days no longer counts");
        }
    }

    @Test
    void theSameSettingsGiveTheSameDatabase() throws Exception {
        Workspace.open(dir.resolve("a.db"), 300, CLOCK).close();
        Workspace.open(dir.resolve("b.db"), 300, CLOCK).close();
        try (Database a = Database.open(dir.resolve("a.db")); Database b = Database.open(dir.resolve("b.db"))) {
            var first = DatabaseContent.of(a);
            var second = DatabaseContent.of(b);
            first.remove("flyway_schema_history"); // when the migrations ran
            second.remove("flyway_schema_history");
            first.remove("lead_snapshot_stamp"); // drawn at random by design (ADR 0013)
            second.remove("lead_snapshot_stamp");
            assertEquals(first, second, "the replay runs on every core and still records the same rows in the same order");
        }
    }

    @Test
    void theHistoryMustComeBeforeAnyPublishedScorecard() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("demo.db"), 50, CLOCK)) {
            assertThrows(IllegalStateException.class,
                    () -> new DemoHistory(workspace.database()).record(SETTINGS, workspace.columns(), NOW));
        }
    }
}
