package com.leadbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import com.leadbench.format.FileReasons;
import org.sqlite.SQLiteConfig;

/**
 * An open Leadbench database: one SQLite file in WAL mode with foreign keys on, migrated to the
 * current schema, locked against a second running instance.
 *
 * <p>Opening refuses, and leaves untouched, a file that is not SQLite, is corrupt, is read-only,
 * holds another application's tables, or is open in another Leadbench. Before a migration changes
 * an existing database, a copy of it is written beside it.
 */
public final class Database implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String META_TABLE = "leadbench_meta";

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;
    private final InstanceLock lock;
    /** Read-only: whether SQLite's -wal and -shm files were there before this open (if not, closing removes the empty ones). */
    private final boolean sideFilesBefore;
    private final Optional<Path> backup;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    private Database(Path file, Connection connection, InstanceLock lock, Optional<Path> backup, boolean sideFilesBefore) {
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

    private static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    /**
     * The version of the newest migration in {@code resources/db/migration}; a database already at
     * it opens without starting Flyway (a test keeps the two in step).
     */
    static final int SCHEMA_VERSION = 2;

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
        return open(file, access, MIGRATIONS);
    }

    /** Opens with extra migration locations; tests use it to simulate a schema upgrade. */
    static Database open(Path file, List<String> migrationLocations) throws DatabaseOpenException {
        return open(file, Access.CREATE, migrationLocations);
    }

    private static Database open(Path file, Access access, List<String> migrationLocations) throws DatabaseOpenException {
        Path given = file.toAbsolutePath().normalize();
        checkFile(given, access);
        if (access == Access.READ_ONLY) {
            return openReadOnly(realPath(given));
        }
        boolean created = !Files.exists(given);
        boolean sideFilesBefore = Files.exists(sideFile(given, "-wal")) || Files.exists(sideFile(given, "-shm"));
        if (created) {
            createEmpty(given);
        }
        // symbolic links resolved: a lock and a name per real file
        Path target = realPath(given);
        InstanceLock lock = null;
        try {
            lock = InstanceLock.acquire(target);
            boolean existed = sizeOf(target) > 0;
            if (existed) {
                identify(target);
                checkHeader(target);
            }
            int applied = existed ? appliedVersion(target) : -1;
            int known = migrationLocations == MIGRATIONS ? SCHEMA_VERSION : Integer.MAX_VALUE;
            if (applied > known) {
                throw newerSchema(target, applied);
            }
            Optional<Path> backup = existed && applied == SCHEMA_VERSION && migrationLocations == MIGRATIONS
                    ? Optional.empty()
                    : migrate(target, existed, migrationLocations);
            Connection connection = openConnection(target, false);
            checkReadable(target, connection);
            return new Database(target, connection, lock, backup, true);
        } catch (DatabaseOpenException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            if (created) {
                deleteQuietly(target);
            }
            if (!sideFilesBefore) {
                removeSideFilesNobodyUses(target);
            }
            throw e;
        }
    }

    private static Database openReadOnly(Path target) throws DatabaseOpenException {
        boolean sideFilesBefore = Files.exists(sideFile(target, "-wal")) || Files.exists(sideFile(target, "-shm"));
        Connection connection = null;
        try {
            identify(target);
            checkHeader(target);
            int applied = appliedVersion(target);
            if (applied > SCHEMA_VERSION) {
                throw newerSchema(target, applied);
            }
            if (applied < SCHEMA_VERSION) {
                throw new DatabaseOpenException(target, "was written by an older Leadbench (database version " + Math.max(applied, 0)
                        + "; this Leadbench uses version " + SCHEMA_VERSION + "). Open it once in the window or import into it"
                        + " to bring it up to date (a copy is kept); this command only reads, so it changed nothing");
            }
            connection = openConnection(target, true);
            checkReadable(target, connection);
            return new Database(target, connection, null, Optional.empty(), sideFilesBefore);
        } catch (DatabaseOpenException | RuntimeException e) {
            closeQuietly(connection);
            if (!sideFilesBefore) {
                removeSideFilesNobodyUses(target);
            }
            throw e;
        }
    }

    private static DatabaseOpenException newerSchema(Path target, int applied) {
        return new DatabaseOpenException(target, "was written by a newer Leadbench (database version " + applied
                + "; this Leadbench knows up to version " + SCHEMA_VERSION + "). Open it with the newer Leadbench;"
                + " it was left untouched");
    }

    private static Path realPath(Path given) throws DatabaseOpenException {
        try {
            return given.toRealPath();
        } catch (IOException e) {
            throw new DatabaseOpenException(given, "cannot be found (" + FileReasons.describe(e) + ")", e);
        }
    }

    private static void createEmpty(Path target) throws DatabaseOpenException {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseOpenException(target, "cannot create the folder " + parent + " (" + FileReasons.describe(e) + ")", e);
        }
        try {
            Files.createFile(target);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another process created it a moment ago: its lock decides
        } catch (IOException e) {
            throw new DatabaseOpenException(target, "cannot be created in " + parent + " (" + FileReasons.describe(e) + ")", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (sizeOf(file) == 0) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // an empty file left behind is opened as a new database next time
        }
    }

    private static Path sideFile(Path target, String suffix) {
        return target.resolveSibling(target.getFileName() + suffix);
    }

    /**
     * A read-only reader of a WAL database makes SQLite create empty -wal and -shm files; when it
     * leaves and no Leadbench has the file open (its lock is free), they go again, so that reading changes nothing.
     */
    private static void removeSideFilesNobodyUses(Path target) {
        Path wal = sideFile(target, "-wal");
        if (sizeOf(wal) > 0) {
            return;
        }
        InstanceLock free;
        try {
            free = InstanceLock.acquire(target);
        } catch (DatabaseOpenException inUse) {
            return;
        }
        try {
            Files.deleteIfExists(wal);
            Files.deleteIfExists(sideFile(target, "-shm"));
        } catch (IOException ignored) {
            // left as SQLite made them
        } finally {
            free.release();
        }
    }

    private static void checkFile(Path target, Access access) throws DatabaseOpenException {
        if (Files.isDirectory(target)) {
            throw new DatabaseOpenException(target, "is a folder, not a database file");
        }
        if (!Files.exists(target)) {
            if (access != Access.CREATE) {
                throw new DatabaseOpenException(target, "does not exist (check the path; nothing was created)");
            }
            Path parent = target.getParent();
            if (Files.isDirectory(parent) && !Files.isWritable(parent)) {
                throw new DatabaseOpenException(target, "cannot be created: the folder " + parent + " is read-only");
            }
            return;
        }
        if (!Files.isReadable(target)) {
            throw new DatabaseOpenException(target, "cannot be read (permission denied)");
        }
        if (access != Access.READ_ONLY && isReadOnly(target)) {
            throw new DatabaseOpenException(target, "is read-only; Leadbench records every change, so it needs a writable file");
        }
        if (sizeOf(target) == 0) {
            if (access != Access.CREATE) {
                throw new DatabaseOpenException(target, "is empty (0 bytes), not a Leadbench database; nothing was changed."
                        + " Import a file into it or write a demo to start a new database there");
            }
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(target)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new DatabaseOpenException(target, "is not a Leadbench database (not an SQLite file at all)");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(target, "cannot be read (" + FileReasons.describe(e) + ")", e);
        }
    }

    /**
     * The 100-byte SQLite header: a page size SQLite could have written, and (where the header's page
     * count is valid) no fewer bytes than that many pages. A file cut short or overwritten at the start is damaged.
     */
    private static void checkHeader(Path target) throws DatabaseOpenException {
        byte[] h = new byte[100];
        long size = sizeOf(target);
        try (InputStream in = Files.newInputStream(target)) {
            if (in.readNBytes(h, 0, h.length) < h.length) {
                throw damaged(target, "it is shorter than an SQLite header", null);
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(target, "cannot be read (" + FileReasons.describe(e) + ")", e);
        }
        int pageSize = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65_536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(target, "its header names an impossible page size", null);
        }
        long pages = readInt(h, 28);
        boolean countValid = readInt(h, 24) == readInt(h, 92) && pages > 0;
        if (countValid && size < pages * pageSize) {
            throw damaged(target, "it is " + size + " bytes long but its header says " + pages * pageSize + " (cut short?)", null);
        }
    }

    private static long readInt(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** Reads the schema and one row of every table, so that a damaged file is named now and not at the first query. */
    private static void checkReadable(Path target, Connection connection) throws DatabaseOpenException {
        try (Statement st = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY rowid DESC LIMIT 1")) {
                    rs.next();
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw damaged(target, firstLine(e.getMessage()), e);
        }
    }

    private static DatabaseOpenException damaged(Path target, String detail, Throwable cause) {
        return new DatabaseOpenException(target, DatabaseErrors.DAMAGED + " (" + detail + "). Leadbench left it as it is;"
                + " restore it from a backup (Leadbench keeps a .bak copy beside it before each upgrade)", cause);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing to undo
            }
        }
    }

    /** Not writable for us, or marked read-only by its owner (which root would otherwise ignore). */
    private static boolean isReadOnly(Path target) {
        if (!Files.isWritable(target)) {
            return true;
        }
        try {
            if (Files.getFileStore(target).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                return !Files.getPosixFilePermissions(target).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            java.nio.file.attribute.DosFileAttributes dos = Files.readAttributes(target, java.nio.file.attribute.DosFileAttributes.class);
            return dos.isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static long sizeOf(Path target) {
        try {
            return Files.size(target);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads the schema through a read-only connection, so that a foreign or corrupt file is never written. */
    private static void identify(Path target) throws DatabaseOpenException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> tables = new ArrayList<>();
        boolean ours = false;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target, config.toProperties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.contains(META_TABLE)) {
                try (ResultSet rs = st.executeQuery("SELECT meta_value FROM " + META_TABLE + " WHERE meta_key = 'application'")) {
                    ours = rs.next() && "leadbench".equals(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw damaged(target, firstLine(e.getMessage()), e);
        }
        if (!tables.isEmpty() && !ours) {
            throw new DatabaseOpenException(target, "is an SQLite database of another application (tables: "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", ..." : "") + "), not a Leadbench database; it was left untouched");
        }
    }

    /** The newest successfully applied migration, read without Flyway; -1 when unknown. */
    private static int appliedVersion(Path target) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target, config.toProperties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static Optional<Path> migrate(Path target, boolean existed, List<String> locations) throws DatabaseOpenException {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(connectionConfig());
        dataSource.setUrl("jdbc:sqlite:" + target);
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
        try {
            MigrationInfo[] pending = flyway.info().pending();
            Optional<Path> backup = Optional.empty();
            if (existed && pending.length > 0) {
                backup = Optional.of(backUp(target, dataSource, pending[0].getVersion().getVersion()));
            }
            if (pending.length > 0) {
                flyway.migrate();
            }
            return backup;
        } catch (FlywayException e) {
            throw new DatabaseOpenException(target, "cannot be brought to the current schema (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static Path backUp(Path target, org.sqlite.SQLiteDataSource dataSource, String nextVersion) throws DatabaseOpenException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = target.resolveSibling(target.getFileName() + ".before-v" + nextVersion + "-" + stamp + ".bak");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            return copy;
        } catch (SQLException e) {
            throw new DatabaseOpenException(target, "could not be backed up before migrating (" + firstLine(e.getMessage()) + "); nothing was changed", e);
        }
    }

    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        return config;
    }

    private static Connection openConnection(Path target, boolean readOnly) throws DatabaseOpenException {
        SQLiteConfig config = readOnly ? new SQLiteConfig() : connectionConfig();
        if (readOnly) {
            config.setReadOnly(true);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(10_000);
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + target, config.toProperties());
        } catch (SQLException e) {
            throw new DatabaseOpenException(target, "cannot be opened (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
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
            removeSideFilesNobodyUses(file);
        }
    }
}
