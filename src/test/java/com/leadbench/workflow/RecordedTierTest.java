package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.preview.LeadColumns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transition made by scoring keeps the tier the scorecard gave the lead then; deadlines follow
 * it instead of scoring the lead again, so it must be exactly what the reference engine says for
 * that version at that moment: for the demo's replayed history, an open's stage changes and a publish's.
 */
class RecordedTierTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theTierKeptOnEachScoredTransitionIsTheReferenceEnginesAtThatMoment() throws Exception {
        Path file = dir.resolve("tiers.db");
        Workspace.open(file, 250, Clock.fixed(NOW, ZoneOffset.UTC)).close();
        try (Workspace workspace = Workspace.open(file, 0, Clock.fixed(NOW.plus(Duration.ofDays(9)), ZoneOffset.UTC))) {
            Scorecard card = workspace.published().scorecard();
            workspace.publish(card.withThresholds(t -> t.withMqlTier(Tier.C)), "tier C qualifies too");
            Map<Integer, Scorecard> versions = workspace.versionCards();
            LeadColumns columns = workspace.columns();
            int checked = 0;
            int byPublish = 0;
            for (List<StageTransition> transitions : workspace.stages().all().values()) {
                for (StageTransition t : transitions) {
                    if (t.scoredTier() == null) {
                        continue;
                    }
                    Tier reference = ScoringEngine.score(versions.get(t.scorecardVersion()), columns.facts(columns.indexOf(t.contactId())), t.at()).tier();
                    assertEquals(reference, t.scoredTier(), "contact " + t.contactId() + " " + t.from() + " -> " + t.to() + " at " + t.at());
                    checked++;
                    if (t.scorecardVersion() == 2) {
                        byPublish++;
                    }
                }
            }
            assertTrue(checked > 250, "the replayed history and the publish kept tiers: " + checked);
            assertTrue(byPublish > 0, "the publish recorded changes with their tier");
        }
    }
}
