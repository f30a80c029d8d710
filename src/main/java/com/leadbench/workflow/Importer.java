package com.leadbench.workflow;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.model.AuditEntry;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.ImportWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Imports a CSV file into the database in one transaction: the file is read, checked and written in
 * one pass ({@link com.leadbench.importing.ImportRun}, written by {@link ImportWriter}); a file with any problem, a dry run and a cancelled import are rolled
 * back, so the database is left exactly as it was. An accepted import is recorded in the audit log.
 */
public final class Importer {

    private final Database database;
    private final Clock clock;

    public Importer(Database db) {
        this(db, Clock.systemUTC());
    }

    public Importer(Database db, Clock clock) {
        this.database = db;
        this.clock = clock;
    }

    /**
     * All or nothing: a rejected file or a cancel leaves the database exactly as it was. Starts its
     * own transaction: call it outside {@link Database#transaction}. Blocks other database users
     * while it runs; call it off the FX thread.
     */
    public ImportSummary run(Path csv, ImportMapping mapping, boolean dryRun, ImportProgress progress) throws ImportException {
        try (CsvSource source = CsvSource.open(csv)) {
            return run(source, mapping, dryRun, progress);
        }
    }

    /** As {@link #run(Path, ImportMapping, boolean, ImportProgress)}, for a file already opened (e.g. with a chosen delimiter). */
    public ImportSummary run(CsvSource source, ImportMapping mapping, boolean dryRun, ImportProgress progress) throws ImportException {
        Instant now = clock.instant();
        try {
            return database.transaction(() -> {
                ImportSummary summary = new ImportWriter(database).write(source, mapping, dryRun, progress, now);
                if (!summary.accepted() || dryRun) {
                    throw new Rollback(summary);
                }
                new AuditRepository(database).append(new AuditEntry(0, now, "import", "import", "file", null,
                        source.file().getFileName() + " (" + mapping.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + ", mapping " + mapping.name() + "): " + summary.counts()));
                return summary;
            });
        } catch (Rollback r) {
            return r.summary;
        } catch (ImportWriter.Failed f) {
            throw f.importException();
        }
    }

    /** Carries the summary of a rejected file or a dry run out of the transaction, which it rolls back. */
    private static final class Rollback extends RuntimeException {

        private final transient ImportSummary summary;

        Rollback(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }
}
