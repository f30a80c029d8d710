package com.leadbench.store;

import com.leadbench.importing.ContactDirectory;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportRun;
import com.leadbench.importing.ImportSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The persistence of one import: reads the contacts and accounts to match rows against, runs the
 * file through {@link ImportRun} into {@link ImportStatements} on the transaction's connection, with
 * a page cache big enough for index inserts in random order. The caller owns the transaction.
 */
public final class ImportWriter {

    /** The page cache while importing (KiB, as SQLite's negative cache_size): index inserts in random order need it. */
    private static final int IMPORT_CACHE_KIB = 65_536;

    private final Database database;

    public ImportWriter(Database database) {
        this.database = database;
    }

    /**
     * Reads, checks and (unless rejected or a dry run) writes {@code source} inside the current
     * transaction; the caller rolls it back when the summary says so.
     *
     * @throws Failed carrying the {@link ImportException} of a file that cannot be read
     */
    public ImportSummary write(CsvSource source, ImportMapping mapping, boolean dryRun, ImportProgress progress, Instant now) {
        return database.dsl().connectionResult(connection -> importInto(connection, source, mapping, dryRun, progress, now));
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
            st.setString(1, AuditRepository.MERGE);
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

    /** Carries an {@link ImportException} out of the transaction, which it rolls back. */
    public static final class Failed extends RuntimeException {

        private final ImportException cause;

        Failed(ImportException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }

        public ImportException importException() {
            return cause;
        }
    }
}
