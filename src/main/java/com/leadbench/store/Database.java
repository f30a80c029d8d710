package com.leadbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Optional<Path> backup;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    private Database(Path file, Connection connection, FileChannel lockChannel, FileLock lock, Optional<Path> backup) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.backup = backup;
        Settings settings = new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(new LockingConnectionProvider(connection), SQLDialect.SQLITE, settings);
    }

    private static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    /**
     * The version of the newest migration in {@code resources/db/migration}; a database already at
     * it opens without starting Flyway (a test keeps the two in step).
     */
    static final int SCHEMA_VERSION = 2;

    /** Opens (creating if absent) and migrates the database in {@code file}. */
    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, MIGRATIONS);
    }

    /** Opens with extra migration locations; tests use it to simulate a schema upgrade. */
    static Database open(Path file, List<String> migrationLocations) throws DatabaseOpenException {
        Path target = file.toAbsolutePath().normalize();
        checkFile(target);
        Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
        FileChannel channel = null;
        FileLock fileLock = null;
        try {
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                fileLock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHeldHere) {
                fileLock = null;
            } catch (IOException e) {
                throw new DatabaseOpenException(target, "cannot create the lock file " + lockFile + " (" + e.getMessage() + ")", e);
            }
            if (fileLock == null) {
                throw new DatabaseOpenException(target, "it is already open in another running Leadbench; close that one first");
            }
            boolean existed = Files.exists(target) && sizeOf(target) > 0;
            if (existed) {
                identify(target);
            }
            Optional<Path> backup = existed && migrationLocations == MIGRATIONS && appliedVersion(target) == SCHEMA_VERSION
                    ? Optional.empty()
                    : migrate(target, existed, migrationLocations);
            Connection connection = openConnection(target);
            return new Database(target, connection, channel, fileLock, backup);
        } catch (DatabaseOpenException | RuntimeException e) {
            releaseQuietly(channel, fileLock, lockFile);
            throw e;
        }
    }

    private static void checkFile(Path target) throws DatabaseOpenException {
        if (Files.isDirectory(target)) {
            throw new DatabaseOpenException(target, "is a folder, not a database file");
        }
        if (!Files.exists(target)) {
            Path parent = target.getParent();
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new DatabaseOpenException(target, "cannot create the folder " + parent + " (" + e.getMessage() + ")", e);
            }
            if (!Files.isWritable(parent)) {
                throw new DatabaseOpenException(target, "the folder " + parent + " is read-only");
            }
            return;
        }
        if (!Files.isReadable(target)) {
            throw new DatabaseOpenException(target, "cannot be read (permission denied)");
        }
        if (isReadOnly(target)) {
            throw new DatabaseOpenException(target, "is read-only; Leadbench records every change, so it needs a writable file");
        }
        if (sizeOf(target) == 0) {
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(target)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new DatabaseOpenException(target, "is not a Leadbench database (not an SQLite file at all)");
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(target, "cannot be read (" + e.getMessage() + ")", e);
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
            throw new DatabaseOpenException(target, "is corrupt or not a database (" + firstLine(e.getMessage()) + ")", e);
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

    private static Connection openConnection(Path target) throws DatabaseOpenException {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + target, connectionConfig().toProperties());
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

    private static void releaseQuietly(FileChannel channel, FileLock fileLock, Path lockFile) {
        try {
            if (fileLock != null) {
                fileLock.release();
                Files.deleteIfExists(lockFile);
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock dies with the channel; nothing else to undo
        }
    }

    public Path file() {
        return file;
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
        return dsl.transactionResult(tx -> {
            current.set(tx.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a SQLite connection only fails when it is already closed
        }
        releaseQuietly(lockChannel, lock, file.resolveSibling(file.getFileName() + ".lock"));
    }
}
