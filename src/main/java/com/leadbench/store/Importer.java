package com.leadbench.store;

import com.leadbench.ingest.ContactDirectory;
import com.leadbench.ingest.CsvSource;
import com.leadbench.ingest.ImportException;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportProgress;
import com.leadbench.ingest.ImportRun;
import com.leadbench.ingest.ImportSummary;
import com.leadbench.model.AuditEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;

/**
 * Imports a CSV file into the database in one transaction: the file is read, checked and written in
 * one pass ({@link ImportRun}); a file with any problem, a dry run and a cancelled import are rolled
 * back, so the database is left exactly as it was. An accepted import is recorded in the audit log.
 */
public final class Importer {

    /** The page cache while importing (KiB, as SQLite's negative cache_size): index inserts in random order need it. */
    private static final int IMPORT_CACHE_KIB = 65_536;

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
                ImportSummary summary = database.dsl().connectionResult(connection -> importInto(connection, source, mapping,
                        dryRun, progress, now));
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
        } catch (Failed f) {
            throw f.cause;
        }
    }

    private static ImportSummary importInto(Connection connection, CsvSource source, ImportMapping mapping, boolean dryRun,
                                            ImportProgress progress, Instant now) throws SQLException {
        long cache = pragma(connection, "cache_size");
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
        }
        long expectedActivities = mapping.kind() == ImportKind.OUTCOMES ? 0 : source.estimatedRows();
        try (ImportStatements writes = new ImportStatements(connection, expectedActivities)) {
            ImportSummary summary;
            try {
                summary = ImportRun.run(source, mapping, directory(connection), writes, progress, now, dryRun);
            } catch (ImportException e) {
                throw new Failed(e);
            }
            if (summary.accepted() && !dryRun) {
                writes.finish();
            }
            return summary;
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA cache_size = " + cache);
            }
        }
    }

    /** Every contact and account, to match rows against. */
    private static ContactDirectory directory(Connection connection) throws SQLException {
        ContactDirectory directory = new ContactDirectory();
        try (PreparedStatement st = connection.prepareStatement("SELECT id, domain, name FROM account ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                directory.addAccount(rs.getLong(1), rs.getString(2), rs.getString(3));
            }
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT id, external_id, email, account_id FROM contact ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long account = rs.getLong(4);
                directory.addContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : account);
            }
        }
        // a merged-away contact's id must stay free, so that the merge can still be undone (ADR 0004)
        try (PreparedStatement st = connection.prepareStatement("SELECT max(CAST(json_extract(detail, '$.merged.id') AS INTEGER))"
                + " FROM audit_log WHERE action = ? AND json_valid(detail)")) {
            st.setString(1, ContactMerger.MERGE);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    directory.reserveContactIds(rs.getLong(1));
                }
            }
        }
        return directory;
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
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

    /** Carries an {@link ImportException} out of the transaction, which it rolls back. */
    private static final class Failed extends RuntimeException {

        private final ImportException cause;

        Failed(ImportException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
