package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.store.DataReset;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseContent;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.StageTransitionRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo lands whole or not at all: a demo that fails at the last moment (data written, history
 * replayed, not committed yet), as a kill would, leaves the database as it was.
 */
class DemoFillTest {

    static final Instant NOW = Instant.parse("2026-10-02T09:00:00Z");
    static final DemoSettings FIRST = new DemoSettings(120, 5, LocalDate.of(2026, 10, 1));
    static final DemoSettings SECOND = new DemoSettings(80, 9, LocalDate.of(2026, 10, 1));

    @TempDir
    Path dir;

    private static DemoFill killedBeforeCommit(Database db) {
        return new DemoFill(db, () -> {
            throw new IllegalStateException("killed");
        });
    }

    @Test
    void aDemoThatDiesBeforeItsCommitLeavesAnEmptyDatabaseEmptyAndCanRunAgain() throws Exception {
        Path file = dir.resolve("demo.db");
        try (Database db = Database.open(file)) {
            Map<String, String> before = DatabaseContent.of(db);
            assertThrows(IllegalStateException.class, () -> killedBeforeCommit(db).fill(FIRST, NOW));
            assertEquals(before, DatabaseContent.of(db));
        }
        try (Database db = Database.open(file)) {
            assertTrue(new DataReset(db).isEmpty(), "empty: demo runs again without --force");
            DemoFill.Filled filled = new DemoFill(db).fill(FIRST, NOW);
            assertEquals(120, filled.summary().contacts());
            assertEquals(120, new LeadRepository(db).counts().contacts());
            assertTrue(new ScorecardRepository(db).published().isPresent(), "with its scorecard");
            assertFalse(new StageTransitionRepository(db).latest().isEmpty(), "and its stage history");
        }
    }

    @Test
    void anOverwriteThatDiesBeforeItsCommitKeepsAllTheOldData() throws Exception {
        Path file = dir.resolve("demo.db");
        Map<String, String> before;
        try (Database db = Database.open(file)) {
            new DemoFill(db).fill(FIRST, NOW);
            before = DatabaseContent.of(db);
            assertThrows(IllegalStateException.class, () -> killedBeforeCommit(db).fill(SECOND, NOW));
        }
        try (Database db = Database.open(file)) {
            assertEquals(before, DatabaseContent.of(db), "every table as it was, the old history included");
            DemoFill.Filled replaced = new DemoFill(db).fill(SECOND, NOW);
            assertEquals(80, replaced.summary().contacts());
            assertEquals(80, new LeadRepository(db).counts().contacts(), "an overwrite that commits replaces everything");
            assertEquals(1, new ScorecardRepository(db).history().size());
        }
    }
}
