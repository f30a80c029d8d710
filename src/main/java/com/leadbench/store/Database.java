package com.leadbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * An open Leadbench database: one SQLite file in WAL mode with foreign keys on, migrated to the
 * current schema, locked against a second running instance.
 *
 * <p>Opening refuses, and leaves untouched, a file that is not SQLite, is corrupt, is read-only,
 * holds another application's tables, or is open in another Leadbench. Before a migration changes
 * an existing database, a copy of it is written beside it ({@link GuardedOpening} does all of that;
 * this class is the open handle).
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final InstanceLock lock;
    /** Read-only: whether SQLite's -wal and -shm files were there before this open (if not, closing removes the empty ones). */
    private final boolean sideFilesBefore;
    private final Optional<Path> backup;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    /** Only {@link GuardedOpening} makes one, once every check has passed. */
    Database(Path file, Connection connection, InstanceLock lock, Optional<Path> backup, boolean sideFilesBefore) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.sideFilesBefore = sideFilesBefore;
        this.backup = backup;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        org.jooq.Configuration configuration = new org.jooq.impl.DefaultConfiguration()
                .set(new LockingConnectionProvider(connection))
                .set(SQLDialect.SQLITE)
                .set(settings)
                .set(new TranslatingListener(file));
        this.dsl = DSL.using(configuration);
    }

    /** Every failed query names this file and says what happened in words (see {@link DatabaseErrors}). */
    private static final class TranslatingListener implements org.jooq.ExecuteListener {
        private final Path file;

        TranslatingListener(Path file) {
            this.file = file;
        }

        @Override
        public void exception(org.jooq.ExecuteContext ctx) {
            SQLException sql = ctx.sqlException();
            if (sql != null) {
                ctx.exception(new StoreException(file + " " + DatabaseErrors.reason(sql), ctx.exception()));
            }
        }
    }

    static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    /**
     * The version of the newest migration in {@code resources/db/migration}; a database already at
     * it opens without starting Flyway (a test keeps the two in step).
     */
    static final int SCHEMA_VERSION = 5;

    /** How a caller uses the file: whether it may be created, and whether it may be written. */
    public enum Access {
        /** Created when missing or empty (0 bytes): the demo, an import, the window's own default database. */
        CREATE,
        /** Must already be a Leadbench database; opened for writing (migrated when older). */
        EXISTING,
        /**
         * Must already be a Leadbench database at this app's schema; opened read-only, without the
         * one-instance lock, so that it can be read while a window has it open. Nothing is created or changed.
         */
        READ_ONLY
    }

    /** Opens (creating if absent) and migrates the database in {@code file}. */
    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, Access.CREATE);
    }

    /** Opens the database in {@code file} as {@code access} allows. */
    public static Database open(Path file, Access access) throws DatabaseOpenException {
        return GuardedOpening.open(file, access, MIGRATIONS);
    }

    /** Opens with extra migration locations; tests use it to simulate a schema upgrade. */
    static Database open(Path file, List<String> migrationLocations) throws DatabaseOpenException {
        return GuardedOpening.open(file, Access.CREATE, migrationLocations);
    }

    public Path file() {
        return file;
    }

    /** Opened with {@link Access#READ_ONLY}: every write fails. */
    public boolean readOnly() {
        return lock == null;
    }

    /** The copy written before this open migrated an existing database, if any. */
    public Optional<Path> backup() {
        return backup;
    }

    /** The context repositories query through: inside {@link #transaction}, that transaction's. */
    DSLContext dsl() {
        DSLContext inTransaction = current.get();
        return inTransaction != null ? inTransaction : dsl;
    }

    /**
     * Runs {@code work} in one transaction on this thread: every repository call it makes joins it
     * (their own transactions become savepoints), so they land together or not at all.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return dsl.transactionResult(tx -> {
                current.set(tx.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (org.jooq.exception.DataAccessException e) {
            // a failed commit or rollback does not pass the execute listener
            throw DatabaseErrors.describe(file, e).<RuntimeException>map(words -> new StoreException(words, e)).orElse(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a SQLite connection only fails when it is already closed
        }
        if (lock != null) {
            lock.release();
        } else if (!sideFilesBefore) {
            GuardedOpening.removeSideFilesNobodyUses(file);
        }
    }
}
