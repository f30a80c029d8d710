package com.leadbench.store;

import static com.leadbench.store.StoreFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Current stages kept between calls: after appends, moves (a merge and its undo), rollbacks and
 * another reader trimming the log, they are what reading every stage gives, and they are read in
 * full only at first and when entries they had not applied are gone.
 */
class CurrentStagesTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    private static StageTransition move(long contact, LifecycleStage from, LifecycleStage to) {
        return new StageTransition(0, contact, from, to, AT, "test", null);
    }

    @Test
    void keptStagesFollowAppendsMovesAndRollbacksReadingOnlyWhatWasLogged() throws Exception {
        try (Database db = Database.open(dir.resolve("stages.db"))) {
            LeadRepository leads = new LeadRepository(db);
            StageTransitionRepository transitions = new StageTransitionRepository(db);
            long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
            long bob = leads.insert(contact("bob@acme.com", null, Map.of()));
            long cy = leads.insert(contact("cy@beta.io", null, Map.of()));
            transitions.append(move(ada, null, LifecycleStage.LEAD));
            CurrentStages kept = new CurrentStages(db);

            assertEquals(Map.of(ada, LifecycleStage.LEAD), kept.current());
            transitions.append(move(ada, LifecycleStage.LEAD, LifecycleStage.MQL));
            transitions.append(move(bob, null, LifecycleStage.SQL));
            assertEquals(Map.of(ada, LifecycleStage.MQL, bob, LifecycleStage.SQL), kept.current());

            // a merge moves bob's transitions to cy, its undo moves them back
            List<Long> moved = transitions.owned().idsOf(bob);
            transitions.owned().moveAll(bob, cy);
            assertEquals(Map.of(ada, LifecycleStage.MQL, cy, LifecycleStage.SQL), kept.current(), "bob has no stage left");
            transitions.owned().moveBack(moved, cy, bob);
            assertEquals(Map.of(ada, LifecycleStage.MQL, bob, LifecycleStage.SQL), kept.current());

            assertThrows(IllegalStateException.class, () -> db.transaction(() -> {
                transitions.append(move(cy, null, LifecycleStage.MQL));
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(Map.of(ada, LifecycleStage.MQL, bob, LifecycleStage.SQL), kept.current(), "a rolled-back append left nothing");
            assertEquals(1, kept.fullReads(), "every stage was read once, at first");
        }
    }

    @Test
    void aReaderBehindATrimReadsEveryStageAgain() throws Exception {
        try (Database db = Database.open(dir.resolve("trim.db"))) {
            LeadRepository leads = new LeadRepository(db);
            StageTransitionRepository transitions = new StageTransitionRepository(db);
            long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
            CurrentStages behind = new CurrentStages(db);
            assertEquals(Map.of(), behind.current());
            transitions.append(move(ada, null, LifecycleStage.MQL));
            CurrentStages ahead = new CurrentStages(db);
            assertEquals(Map.of(ada, LifecycleStage.MQL), ahead.current());
            ahead.trim();

            assertEquals(Map.of(ada, LifecycleStage.MQL), behind.current(), "the entry it missed is gone: it reads everything");
            assertEquals(2, behind.fullReads());
            transitions.append(move(ada, LifecycleStage.MQL, LifecycleStage.SQL));
            assertEquals(Map.of(ada, LifecycleStage.SQL), behind.current());
            assertEquals(2, behind.fullReads(), "after that, only what is logged");
        }
    }

    @Test
    void randomWritesLeaveTheKeptStagesEqualToReadingThemAll() throws Exception {
        try (Database db = Database.open(dir.resolve("random.db"))) {
            LeadRepository leads = new LeadRepository(db);
            StageTransitionRepository transitions = new StageTransitionRepository(db);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(leads.insert(contact("c" + i + "@plant.example", null, Map.of())));
            }
            CurrentStages kept = new CurrentStages(db);
            Random random = new Random(7);
            LifecycleStage[] stages = LifecycleStage.values();
            int checked = 0;
            for (int step = 0; step < 200; step++) {
                long a = ids.get(random.nextInt(ids.size()));
                long b = ids.get(random.nextInt(ids.size()));
                switch (random.nextInt(3)) {
                    case 0 -> transitions.append(move(a, null, stages[random.nextInt(stages.length)]));
                    case 1 -> {
                        if (a != b) {
                            transitions.owned().moveAll(a, b);
                        }
                    }
                    default -> {
                        if (random.nextInt(10) == 0) {
                            kept.trim();
                        }
                    }
                }
                if (random.nextBoolean()) {
                    assertEquals(transitions.currentStages(), kept.current(), "step " + step);
                    checked++;
                }
            }
            assertEquals(transitions.currentStages(), kept.current());
            assertTrue(checked > 50 && !kept.current().isEmpty(), "the comparison ran on stages that exist");
        }
    }
}
