package com.leadbench.store;

import static com.leadbench.store.StoreFixtures.account;
import static com.leadbench.store.StoreFixtures.activity;
import static com.leadbench.store.StoreFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Account;
import com.leadbench.model.ActivityType;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot beside the database is believed only when it is of the database's current stamp,
 * whole and unaltered; with the change log it always gives what reading every row gives, whatever
 * point a process was killed at.
 */
class LeadSnapshotsTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("leads.db");
    }

    private Path snapshot() {
        return SnapshotFile.beside(file(), ".columns");
    }

    /** Three contacts, two at one account, with custom fields and activities. */
    private void fill(Database db) {
        LeadRepository leads = new LeadRepository(db);
        ActivityRepository activities = new ActivityRepository(db);
        Account acme = leads.insert(account("acme.com", Map.of("Segment", "Chemicals")));
        long ada = leads.insert(contact("ada@acme.com", acme.id(), Map.of("Plant", "Köln")));
        long bob = leads.insert(contact("bob@acme.com", acme.id(), Map.of()));
        leads.insert(contact("cy@beta.io", null, Map.of()));
        activities.insert(activity(ada, ActivityType.PAGE_VIEW, "/pricing", "2026-05-01T10:00:00Z"));
        activities.insert(activity(ada, ActivityType.FORM_SUBMIT, "quote", "2026-04-01T10:00:00Z"));
        activities.insert(activity(bob, ActivityType.EMAIL_CLICK, "newsletter", "2026-05-02T10:00:00Z"));
    }

    private static void assertSameLeads(LeadColumns expected, LeadColumns actual) {
        assertEquals(comparable(expected), comparable(actual));
    }

    private static List<Object> comparable(LeadColumns columns) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            LeadFacts f = columns.facts(i);
            out.add(List.of(f.contact(), f.account(), f.activities().stream()
                    .map(a -> List.of(a.type(), String.valueOf(a.asset()), a.occurredAt())).toList()));
        }
        return out;
    }

    @Test
    void theSecondOpenReadsTheSnapshotAndGetsWhatTheRowsHold() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                assertFalse(snapshots.open().fromSnapshot(), "no snapshot yet: every row is read");
            }
            assertTrue(Files.isRegularFile(snapshot()), "closing leaves the snapshot on disk");
            LeadSnapshots.Opened again;
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                again = snapshots.open();
            }
            assertTrue(again.fromSnapshot());
            assertEquals(0, again.contactsReread());
            assertSameLeads(new LeadColumnsLoader(db).load(), again.columns());
            assertEquals("Köln", again.columns().contact(0).customFields().get("Plant"));
            assertEquals("Chemicals", again.columns().account(0).orElseThrow().customFields().get("Segment"));
        }
    }

    @Test
    void writesSinceTheSnapshotAreReadFromTheLogAlone() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db);
            LeadRepository leads = new LeadRepository(db);
            long cy = ((Number) TestDsl.of(db).fetchValue("SELECT id FROM contact WHERE email = 'cy@beta.io'")).longValue();
            new ActivityRepository(db).insert(activity(cy, ActivityType.WEBINAR_ATTENDANCE, "webinar", "2026-05-03T10:00:00Z"));
            long dee = leads.insert(contact("dee@gamma.io", null, Map.of()));
            LeadSnapshots.Opened opened;
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                opened = snapshots.open();
            }
            assertTrue(opened.fromSnapshot());
            assertEquals(2, opened.contactsReread(), "cy (a new activity) and dee (new)");
            assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            assertEquals(dee, opened.columns().contact(3).id());
        }
    }

    @Test
    void anAccountChangeRereadsEveryContactOfIt() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadColumns before = LeadSnapshots.columns(db);
            TestDsl.of(db).execute("UPDATE account SET industry = 'Food' WHERE domain = 'acme.com'");
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadColumns.Spliced caught = snapshots.catchUp(before);
                assertEquals(2, caught.changedCount(), "ada and bob work at acme");
                assertEquals("Food", caught.columns().account(1).orElseThrow().industry());
                assertSameLeads(new LeadColumnsLoader(db).load(), caught.columns());
            }
        }
    }

    @Test
    void aDeletedContactLeavesTheColumns() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadColumns before = LeadSnapshots.columns(db);
            TestDsl.of(db).execute("DELETE FROM contact WHERE email = 'cy@beta.io'");
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadColumns after = snapshots.catchUp(before).columns();
                assertEquals(2, after.size());
                assertSameLeads(new LeadColumnsLoader(db).load(), after);
            }
        }
    }

    @Test
    void aWriteRolledBackLeavesTheSnapshotBelieved() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db);
            assertThrows(IllegalStateException.class, () -> db.transaction(() -> {
                new LeadRepository(db).insert(contact("gone@nowhere.io", null, Map.of()));
                throw new IllegalStateException("the import failed half-way");
            }));
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadSnapshots.Opened opened = snapshots.open();
                assertTrue(opened.fromSnapshot());
                assertEquals(0, opened.contactsReread(), "the rolled-back insert left nothing in the log");
                assertEquals(3, opened.columns().size());
            }
        }
    }

    /**
     * Killed after the stamp was drawn but before the new file was renamed into place: the old file
     * is still there, of the old stamp, and must not be taken for the changed database.
     */
    @Test
    void aSnapshotOfAnEarlierStampIsNotBelieved() throws Exception {
        Path old = dir.resolve("old.columns");
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db);
            Files.copy(snapshot(), old);
            new LeadRepository(db).insert(contact("dee@gamma.io", null, Map.of()));
            LeadSnapshots.columns(db); // draws a new stamp and writes its file
            Files.copy(old, snapshot(), StandardCopyOption.REPLACE_EXISTING); // as if that file never landed
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadSnapshots.Opened opened = snapshots.open();
                assertFalse(opened.fromSnapshot(), "the old file is of another stamp");
                assertEquals(4, opened.columns().size());
                assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            }
        }
    }

    @Test
    void aFileCutShortOrAlteredIsNotBelieved() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db);
            long stamp = new LeadChangeRepository(db).stamp();
            SnapshotFile<LeadColumns> stored = SnapshotFile.columns(file());
            assertTrue(stored.read(stamp).isPresent());
            assertTrue(stored.read(stamp + 1).isEmpty(), "another stamp");

            byte[] whole = Files.readAllBytes(snapshot());
            try (RandomAccessFile raf = new RandomAccessFile(snapshot().toFile(), "rw")) {
                raf.seek(whole.length - 3);
                raf.write(whole[whole.length - 3] ^ 0x40);
            }
            assertTrue(stored.read(stamp).isEmpty(), "one byte changed: the checksum fails");

            Files.write(snapshot(), java.util.Arrays.copyOf(whole, whole.length / 2));
            assertTrue(stored.read(stamp).isEmpty(), "cut short");

            Files.write(snapshot(), new byte[0]);
            assertTrue(stored.read(stamp).isEmpty(), "empty");
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadSnapshots.Opened opened = snapshots.open();
                assertFalse(opened.fromSnapshot());
                assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            }
        }
    }

    @Test
    void aReadOnlyOpenUsesTheWritersSnapshotAndWritesNothing() throws Exception {
        long stamp;
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db); // the writer's snapshot, and an empty log
            stamp = new LeadChangeRepository(db).stamp();
        }
        byte[] before = Files.readAllBytes(file());
        byte[] snapshotBefore = Files.readAllBytes(snapshot());
        try (Database db = Database.open(file(), Database.Access.READ_ONLY); LeadSnapshots snapshots = new LeadSnapshots(db)) {
            LeadSnapshots.Opened opened = snapshots.open();
            assertTrue(opened.fromSnapshot());
            assertEquals(3, opened.columns().size());
            assertEquals(stamp, new LeadChangeRepository(db).stamp());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file())), "the database file is as it was");
        assertTrue(java.util.Arrays.equals(snapshotBefore, Files.readAllBytes(snapshot())), "the snapshot is as it was");

        Files.delete(snapshot());
        try (Database db = Database.open(file(), Database.Access.READ_ONLY); LeadSnapshots snapshots = new LeadSnapshots(db)) {
            assertFalse(snapshots.open().fromSnapshot());
        }
        assertFalse(Files.exists(snapshot()), "a reader leaves nothing beside the database");
    }

    @Test
    void aReaderReadsTheChangesLoggedSinceTheWritersSnapshot() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadSnapshots.columns(db);
            new LeadRepository(db).insert(contact("dee@gamma.io", null, Map.of()));
        }
        try (Database db = Database.open(file(), Database.Access.READ_ONLY); LeadSnapshots snapshots = new LeadSnapshots(db)) {
            LeadSnapshots.Opened opened = snapshots.open();
            assertTrue(opened.fromSnapshot());
            assertEquals(1, opened.contactsReread());
            assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            assertFalse(new LeadChangeRepository(db).isEmpty(), "a reader leaves the log for the writer");
        }
    }

    @Test
    void aWriterDrawsANewStampWhenChangesWereLoggedAndKeepsItOtherwise() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadChangeRepository log = new LeadChangeRepository(db);
            long first = log.stamp();
            assertFalse(log.isEmpty());
            LeadSnapshots.columns(db);
            assertTrue(log.isEmpty());
            long second = log.stamp();
            assertNotEquals(first, second);
            long written = Files.getLastModifiedTime(snapshot()).toMillis();
            Thread.sleep(20);
            LeadSnapshots.columns(db);
            assertEquals(second, log.stamp(), "nothing changed: the snapshot on disk stays valid as it is");
            assertEquals(written, Files.getLastModifiedTime(snapshot()).toMillis(), "and is not written again");
        }
    }

    @Test
    void theTableRowsFromTheColumnsAreTheDatabaseSummaries() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db); // cy has no account and no activity
            LeadColumns columns = LeadSnapshots.columns(db);
            List<com.leadbench.model.LeadSummary> fromColumns = columns.summaries();
            assertEquals(new LeadRepository(db).summaries(), fromColumns);
            assertEquals(java.time.Instant.parse("2026-05-01T10:00:00Z"), fromColumns.get(0).lastActivity(), "ada's newest, not her last inserted");
        }
    }

    @Test
    void aSmallChangeKeepsTheSnapshotOnDiskAndTheCheckpointWritesIt() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadColumns first = LeadSnapshots.columns(db);
            LeadChangeRepository log = new LeadChangeRepository(db);
            long stamp = log.stamp();
            byte[] onDisk = Files.readAllBytes(snapshot());
            new LeadRepository(db).insert(contact("dee@gamma.io", null, Map.of()));
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadColumns.Spliced caught = snapshots.catchUp(first);
                assertEquals(4, caught.columns().size());
                snapshots.flush(10);
                assertEquals(stamp, log.stamp(), "one contact: the snapshot and the log stay as they are");
                assertTrue(java.util.Arrays.equals(onDisk, Files.readAllBytes(snapshot())), "nothing rewritten");
                assertFalse(log.isEmpty());

                // killed here, the next open would read the old snapshot and the one logged contact
                LeadColumns.Spliced written = snapshots.checkpoint(caught.columns());
                assertSameLeads(caught.columns(), written.columns());
                assertNotEquals(stamp, log.stamp(), "the window closing takes a new snapshot");
                assertTrue(log.isEmpty());
            }
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadSnapshots.Opened opened = snapshots.open();
                assertTrue(opened.fromSnapshot());
                assertEquals(0, opened.contactsReread(), "the checkpoint holds the new contact");
                assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            }
        }
    }

    @Test
    void aLargeChangeWritesANewSnapshotAtOnce() throws Exception {
        try (Database db = Database.open(file())) {
            fill(db);
            LeadColumns first = LeadSnapshots.columns(db);
            LeadChangeRepository log = new LeadChangeRepository(db);
            long stamp = log.stamp();
            LeadRepository leads = new LeadRepository(db);
            db.transaction(() -> {
                for (int i = 0; i <= LeadSnapshots.logLimit(first.size()); i++) {
                    leads.insert(contact("bulk" + i + "@plant.example", null, Map.of()));
                }
                return null;
            });
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                assertEquals(3 + LeadSnapshots.logLimit(3) + 1, snapshots.catchUp(first).columns().size());
                assertNotEquals(stamp, log.stamp(), "more than the limit re-read: a new snapshot, so the next catch-up re-reads little");
                assertTrue(log.isEmpty());
            }
        }
    }

    @Test
    void replacingEveryLeadLogsNothingAndPutsTheTriggersBackEvenWhenItFails() throws Exception {
        try (Database db = Database.open(file())) {
            LeadChangeRepository log = new LeadChangeRepository(db);
            int triggers = log.triggerCount();
            assertEquals(18, triggers, "every table the columns are read from, and the stage transitions, for insert, update and delete");
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                assertThrows(IllegalStateException.class, () -> snapshots.replaceEveryLead(() -> {
                    fill(db);
                    assertEquals(0, log.triggerCount(), "off while the work runs");
                    throw new IllegalStateException("the demo failed half-way");
                }, x -> null));
                assertEquals(triggers, log.triggerCount(), "the rollback put them back");
                assertEquals(0, ((Number) TestDsl.of(db).fetchValue("SELECT count(*) FROM contact")).intValue());

                LeadColumns written = snapshots.replaceEveryLead(() -> {
                    fill(db);
                    return new LeadColumnsLoader(db).load();
                }, x -> x);
                assertEquals(triggers, log.triggerCount(), "back after the work");
                assertTrue(log.isEmpty(), "nothing logged while they were off");
                assertEquals(3, written.size());
            }
            try (LeadSnapshots snapshots = new LeadSnapshots(db)) {
                LeadSnapshots.Opened opened = snapshots.open();
                assertTrue(opened.fromSnapshot());
                assertSameLeads(new LeadColumnsLoader(db).load(), opened.columns());
            }
            new LeadRepository(db).insert(contact("after@plant.example", null, Map.of()));
            assertFalse(log.isEmpty(), "and they log again");
        }
    }
}
