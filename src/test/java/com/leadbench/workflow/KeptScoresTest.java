package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.StoreFixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window opens on the scores kept from the last run when they are of the published version
 * and of exactly the leads the database holds, and then brings them up to now; anything else and
 * it scores everyone before showing a row, as it always did.
 */
class KeptScoresTest {

    private static final Instant FIRST = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant NEXT_DAY = FIRST.plus(Duration.ofDays(1));

    @TempDir
    Path dir;

    private Path file;
    private PreviewScores keptScores;

    @BeforeEach
    void firstRun() throws Exception {
        file = dir.resolve("kept.db");
        try (Workspace first = Workspace.open(file, 200, Clock.fixed(FIRST, ZoneOffset.UTC))) {
            keptScores = first.publishedScores();
        }
    }

    @Test
    void theKeptScoresAreShownFirstThenBroughtUpToNow() throws Exception {
        try (Workspace next = Workspace.openShowingKeptScores(file, Clock.fixed(NEXT_DAY, ZoneOffset.UTC))) {
            assertTrue(next.scoresProvisional());
            assertEquals(FIRST, next.scoredAt(), "as of the last run");
            assertTrue(next.opened().fromSnapshot());
            PreviewScores shown = next.publishedScores();
            for (int i = 0; i < keptScores.size(); i++) {
                assertEquals(keptScores.fit(i), shown.fit(i));
                assertEquals(keptScores.intent(i), shown.intent(i));
                assertEquals(keptScores.tier(i), shown.tier(i));
            }

            assertTrue(next.settle());
            assertFalse(next.scoresProvisional());
            assertEquals(NEXT_DAY, next.scoredAt());
            assertFalse(next.settle(), "once is enough");
            var card = next.published().scorecard();
            PreviewScores now = PreviewEngine.score(FeatureMatrix.build(next.columns(), card, NEXT_DAY.toEpochMilli()));
            int moved = 0;
            for (int i = 0; i < now.size(); i++) {
                assertEquals(now.fit(i), next.publishedScores().fit(i));
                assertEquals(now.intent(i), next.publishedScores().intent(i));
                if (now.total(i) != keptScores.total(i)) {
                    moved++;
                }
            }
            assertTrue(moved > 0, "a day later some intent has decayed: the kept scores were not simply kept");
            List<StageTransition> missed = next.publisher().changes(card, next.published().number(), NEXT_DAY, next.columns(), now);
            assertEquals(List.of(), missed, "settling recorded every stage change as of now");
        }
    }

    @Test
    void aChangeSinceTheLastRunMeansScoringBeforeShowing() throws Exception {
        // written by another way than the window (an import command), which keeps no scores
        try (com.leadbench.store.Database db = com.leadbench.store.Database.open(file)) {
            new LeadRepository(db).insert(StoreFixtures.contact("new@plant.example", null, Map.of()));
        }
        try (Workspace next = Workspace.openShowingKeptScores(file, Clock.fixed(NEXT_DAY, ZoneOffset.UTC))) {
            assertFalse(next.scoresProvisional(), "a contact was added since: the kept scores are not of these leads");
            assertEquals(NEXT_DAY, next.scoredAt());
            assertEquals(201, next.publishedScores().size());
        }
    }

    @Test
    void anotherPublishedVersionMeansScoringBeforeShowing() throws Exception {
        try (Workspace writer = Workspace.open(file, 0, Clock.fixed(FIRST, ZoneOffset.UTC))) {
            // published by another way than the window (a command), which keeps no scores
            new ScorecardRepository(writer.database()).publish("Other", ScorecardJson.write(writer.published().scorecard()), "by hand", FIRST);
        }
        try (Workspace next = Workspace.openShowingKeptScores(file, Clock.fixed(NEXT_DAY, ZoneOffset.UTC))) {
            assertFalse(next.scoresProvisional());
            assertEquals(2, next.published().number());
        }
    }

    @Test
    void aChangeRefreshedInTheLastRunIsInTheSnapshotAndScoresItsCloseLeaves() throws Exception {
        try (Workspace writer = Workspace.open(file, 0, Clock.fixed(FIRST, ZoneOffset.UTC))) {
            new LeadRepository(writer.database()).insert(StoreFixtures.contact("new@plant.example", null, Map.of()));
            assertEquals(1, writer.refresh());
        }
        try (Workspace next = Workspace.openShowingKeptScores(file, Clock.fixed(NEXT_DAY, ZoneOffset.UTC))) {
            assertTrue(next.opened().fromSnapshot());
            assertEquals(0, next.opened().contactsReread(), "closing wrote the snapshot with the new contact");
            assertTrue(next.scoresProvisional(), "and kept the scores over exactly those leads");
            assertEquals(201, next.publishedScores().size());
        }
    }
}
