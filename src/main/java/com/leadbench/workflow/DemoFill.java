package com.leadbench.workflow;

import com.leadbench.demo.DemoSettings;
import com.leadbench.demo.DemoSummary;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.DataReset;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.DemoWriter;
import java.time.Instant;

/**
 * Writes a whole demo database in one transaction: what the database held is deleted, the demo
 * data written ({@link DemoWriter}) and its history replayed ({@link DemoHistory}). Their own
 * transactions join this one, so a failure or a kill at any point leaves the database exactly as
 * it was: an empty one empty, an overwritten one with all its old data.
 */
public final class DemoFill {

    /** What was written: the data and its history. */
    public record Filled(DemoSummary summary, DemoHistory.Recorded history) {
    }

    private final Database database;
    private final Runnable beforeCommit;

    public DemoFill(Database database) {
        this(database, () -> { });
    }

    /** With a step run inside the transaction just before it commits: tests make it fail there. */
    DemoFill(Database database, Runnable beforeCommit) {
        this.database = database;
        this.beforeCommit = beforeCommit;
    }

    /** Replaces whatever the database holds with the demo of {@code settings}, its history replayed until {@code now}. */
    public Filled fill(DemoSettings settings, Instant now) {
        return database.transaction(() -> {
            // the leads written are the snapshot (the first open reads them from it, not from every row), so the
            // change log need not record the millions of rows written
            try (LeadSnapshots snapshots = new LeadSnapshots(database)) {
                Written written = snapshots.replaceEveryLead(() -> write(settings, now), Written::leads);
                beforeCommit.run();
                return written.filled();
            }
        });
    }

    private record Written(Filled filled, LeadColumns leads) {
    }

    private Written write(DemoSettings settings, Instant now) {
        new DataReset(database).wipe();
        // the replay takes the records as they were generated rather than reading them back from the file,
        // each lead replayed on other cores while the next ones are generated and written
        try (DemoHistory.Replaying replaying = new DemoHistory.Replaying(settings, now)) {
            DemoCapture written = new DemoCapture(replaying::add);
            DemoSummary summary = new DemoWriter(database).write(settings, written);
            LeadColumns leads = written.columns(); // hands over the last lead before the changes are collected
            DemoHistory.Recorded history = new DemoHistory(database)
                    .record(settings, leads, written.followUps(), replaying.changes(), now);
            return new Written(new Filled(summary, history), leads);
        }
    }
}
