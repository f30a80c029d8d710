package com.leadbench.gui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.WindowGraph;
import com.leadbench.gui.Formats;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.store.Database;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the scores kept from the last run are shown, the status line says as of when, and that they are being brought up to now. */
class KeptScoresStatusTest {

    private static final Instant LAST_RUN = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theStatusSaysTheScoresAreOfTheLastRunUntilTheyAreBroughtUpToNow() throws Exception {
        Path file = dir.resolve("kept.db");
        Workspace.open(file, 150, Clock.fixed(LAST_RUN, ZoneOffset.UTC)).close();
        try (Workspace workspace = Workspace.openShowingKeptScores(file, false, Database.Access.EXISTING)) {
            LeadsViewModel leads = new WindowGraph(workspace, TaskExecutor.direct(), null).leads();
            leads.load();
            assertEquals(150, leads.visibleLeads().size());
            String provisional = leads.statusProperty().get();
            assertTrue(provisional.contains("(scores as of " + Formats.dateTime(LAST_RUN) + ", updating…)"), provisional);

            assertTrue(workspace.settle());
            leads.load();
            String settled = leads.statusProperty().get();
            assertFalse(settled.contains("updating"), settled);
            assertTrue(settled.contains("scored with Industrial default v1"), settled);
        }
    }
}
