package com.leadbench.store;

import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.preview.ScoresCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lead columns of a database, kept between starts (ADR 0013): opening reads the snapshot file
 * beside the database and the few contacts the change log names since, instead of every contact
 * and activity; every later change brings the columns up to date by re-reading only the contacts
 * it touched. A database opened for writing draws a new stamp and empties the log in the same
 * transaction that read them when it writes a new snapshot (in the background: at open when
 * anything was logged, when the log grows past {@link #logLimit}, at {@link #checkpoint}); one opened read-only
 * uses the snapshot a writer left and writes nothing, neither in the database nor beside it.
 * Beside the columns, the published scores last computed over them: what the window shows first.
 */
public final class LeadSnapshots implements AutoCloseable {

    /**
     * Columns as the database holds them, how they were come by, and the published scores kept
     * with them (only when the columns are the snapshot's exactly: nothing re-read).
     */
    public record Opened(LeadColumns columns, boolean fromSnapshot, int contactsReread, Optional<ScoresCodec.Stored> storedScores) {
    }

    private final Database database;
    private final LeadChangeRepository log;
    private final LeadColumnsLoader loader;
    private final SnapshotFile<LeadColumns> columnsFile;
    private final SnapshotFile<ScoresCodec.Stored> scoresFile;
    private final ExecutorService writer;
    private final AtomicReference<Pending<LeadColumns>> pendingColumns = new AtomicReference<>();
    private final AtomicReference<Pending<ScoresCodec.Stored>> pendingScores = new AtomicReference<>();
    /** The stamp the columns last handed out are of (drawn by this writer, or read by a reader). */
    private volatile long stamp;
    private volatile IOException lastWriteFailure;

    private record Pending<T>(T value, long stamp) {
    }

    public LeadSnapshots(Database database) {
        this.database = database;
        this.log = new LeadChangeRepository(database);
        this.loader = new LeadColumnsLoader(database);
        this.columnsFile = SnapshotFile.columns(database.file());
        this.scoresFile = SnapshotFile.scores(database.file());
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "leadbench-snapshot");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Every lead's columns, read as {@link #open} does, for a command that reads them once: the
     * snapshot a writer leaves is on disk before this returns.
     */
    public static LeadColumns columns(Database database) {
        try (LeadSnapshots snapshots = new LeadSnapshots(database)) {
            return snapshots.open().columns();
        }
    }

    /** The file the columns are kept in. */
    public Path file() {
        return columnsFile.path();
    }

    /**
     * Every lead's columns as the database holds them now: the snapshot and the logged changes
     * when the snapshot is of this database's stamp, else every row read afresh.
     */
    public Opened open() {
        return database.transaction(() -> {
            long current = log.stamp();
            stamp = current;
            Optional<LeadColumns> stored = columnsFile.read(current);
            Opened opened;
            if (stored.isPresent()) {
                LeadColumns.Spliced caught = splice(stored.get());
                Optional<ScoresCodec.Stored> scores = caught.changedCount() == 0 && caught.columns() == stored.get()
                        ? scoresFile.read(current).filter(s -> s.scores().size() == stored.get().size()) : Optional.empty();
                opened = new Opened(caught.columns(), true, caught.changedCount(), scores);
                if (caught.columns() == stored.get()) {
                    return opened; // nothing logged: the file on disk is these columns, under the stamp it has
                }
            } else {
                LeadColumns all = loader.load();
                opened = new Opened(all, false, all.size(), Optional.empty());
            }
            restart(opened.columns());
            return opened;
        });
    }

    /**
     * {@code current} brought up to the database: the contacts logged since the snapshot was taken
     * re-read (directly, or through their account), new ones added, deleted ones dropped; every
     * other contact kept as it is. {@code current} must be what {@link #open} or a previous call returned.
     * The snapshot on disk stays as it is (with the log it is still exact) until the log names more
     * than {@link #logLimit} contacts, so that a merge at a million leads does not rewrite half a
     * gigabyte; {@link #checkpoint} writes it when the window closes.
     */
    public LeadColumns.Spliced catchUp(LeadColumns current) {
        return database.transaction(() -> {
            LeadColumns.Spliced caught = splice(current);
            if (caught.columns() != current && caught.changedCount() > logLimit(caught.columns().size())) {
                restart(caught.columns());
            }
            return caught;
        });
    }

    /** How many re-read contacts a catch-up tolerates before it writes a new snapshot: 1% of the leads, at least 1,000. */
    static int logLimit(int leads) {
        return Math.max(1_000, leads / 100);
    }

    /**
     * Writes {@code current}, brought up to the database, as the snapshot when anything was logged
     * since the last one (and waits until it is on disk): what a window does when it closes, so
     * that the next start reads nothing else. Returns the columns written, or {@code current} when
     * nothing was logged. Nothing for a reader.
     */
    public LeadColumns.Spliced checkpoint(LeadColumns current) {
        LeadColumns.Spliced caught = database.readOnly() ? unchanged(current) : database.transaction(() -> {
            LeadColumns.Spliced spliced = splice(current);
            if (spliced.columns() != current || !log.isEmpty()) {
                restart(spliced.columns());
            }
            return spliced;
        });
        flush(60);
        return caught;
    }

    /**
     * Runs {@code work}, which replaces every lead, without logging what it writes, in one
     * transaction with the {@link #adopt} of the columns it returns: what it wrote is then the
     * snapshot, and nothing is left in the log. The columns must be exactly what the work wrote
     * (the demo's capture is checked against a read of the database by a test).
     */
    public <T> T replaceEveryLead(java.util.function.Supplier<T> work, java.util.function.Function<T, LeadColumns> written) {
        return database.transaction(() -> {
            T result = log.unlogged(work);
            adopt(written.apply(result));
            return result;
        });
    }

    /**
     * Takes {@code columns} as what the database holds now, without reading it: for the caller that
     * has just written exactly those leads in the transaction it calls this from. Should that
     * transaction roll back, so does the stamp, and the file written for it is never believed.
     */
    public void adopt(LeadColumns columns) {
        database.transaction(() -> {
            restart(columns);
            return null;
        });
    }

    /**
     * Keeps {@code scores}, of published version {@code version} as of {@code scoredAt}, computed
     * over the columns last handed out; the next open shows them first. Nothing for a reader.
     */
    public void keepScores(PreviewScores scores, int version, Instant scoredAt) {
        if (!database.readOnly()) {
            keep(pendingScores, scoresFile, new ScoresCodec.Stored(version, scoredAt, scores), stamp);
        }
    }

    private static LeadColumns.Spliced unchanged(LeadColumns current) {
        return new LeadColumns.Spliced(current, java.util.stream.IntStream.range(0, current.size()).toArray());
    }

    private LeadColumns.Spliced splice(LeadColumns current) {
        if (log.isEmpty()) {
            return unchanged(current);
        }
        LeadColumns changed = loader.loadChanged();
        Set<Long> logged = log.contacts();
        return current.splice(changed, logged);
    }

    /** In a writer's transaction: the columns read are the new stamp's state; they are written beside the database after it commits. */
    private void restart(LeadColumns columns) {
        if (!database.readOnly()) {
            stamp = log.restart();
            keep(pendingColumns, columnsFile, columns, stamp);
        }
    }

    private <T> void keep(AtomicReference<Pending<T>> slot, SnapshotFile<T> target, T value, long of) {
        // only the newest state is worth writing: an older one still waiting is dropped
        if (slot.getAndSet(new Pending<>(value, of)) == null) {
            writer.execute(() -> writePending(slot, target));
        }
    }

    private <T> void writePending(AtomicReference<Pending<T>> slot, SnapshotFile<T> target) {
        Pending<T> next = slot.getAndSet(null);
        if (next == null) {
            return;
        }
        try {
            target.write(next.value(), next.stamp());
            lastWriteFailure = null;
        } catch (IOException e) {
            // a folder that cannot be written to only costs the next open its speed
            lastWriteFailure = e;
        }
    }

    /** Waits until the newest columns and scores are on disk (at most {@code seconds}); true when nothing is left to write. */
    public boolean flush(long seconds) {
        java.util.concurrent.Future<?> done = writer.submit(() -> { });
        try {
            done.get(seconds, TimeUnit.SECONDS);
            return pendingColumns.get() == null && pendingScores.get() == null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Why the last snapshot could not be written, if it could not. */
    public Optional<IOException> lastWriteFailure() {
        return Optional.ofNullable(lastWriteFailure);
    }

    /** Finishes the snapshot being written (a window closing leaves the next start fast), then stops. */
    @Override
    public void close() {
        flush(60);
        writer.shutdownNow();
    }
}
