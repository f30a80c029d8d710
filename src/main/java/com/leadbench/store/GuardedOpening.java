package com.leadbench.store;

import com.leadbench.format.FileReasons;
import com.leadbench.store.Database.Access;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Opening a database file with every guard: the checks that refuse, untouched, a file that is not
 * SQLite, is damaged, read-only, another application's, newer than this app or open in another
 * Leadbench; the copy written before a migration changes an existing file; the migration; and the
 * words each refusal gives. What it opens is a {@link Database}.
 */
final class GuardedOpening {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String META_TABLE = "leadbench_meta";

    private GuardedOpening() {
    }

    static Database open(Path file, Access access, List<String> migrationLocations) throws DatabaseOpenException {
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
            int applied = existed ? SchemaMigration.appliedVersion(target) : -1;
            int known = migrationLocations == Database.MIGRATIONS ? Database.SCHEMA_VERSION : Integer.MAX_VALUE;
            if (applied > known) {
                throw newerSchema(target, applied);
            }
            Optional<Path> backup = existed && applied == Database.SCHEMA_VERSION && migrationLocations == Database.MIGRATIONS
                    ? Optional.empty()
                    : SchemaMigration.migrate(target, existed, migrationLocations);
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
            int applied = SchemaMigration.appliedVersion(target);
            if (applied > Database.SCHEMA_VERSION) {
                throw newerSchema(target, applied);
            }
            if (applied < Database.SCHEMA_VERSION) {
                throw new DatabaseOpenException(target, "was written by an older Leadbench (database version " + Math.max(applied, 0)
                        + "; this Leadbench uses version " + Database.SCHEMA_VERSION + "). Open it once in the window or import into it"
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
                + "; this Leadbench knows up to version " + Database.SCHEMA_VERSION + "). Open it with the newer Leadbench;"
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
    static void removeSideFilesNobodyUses(Path target) {
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

    private static Connection openConnection(Path target, boolean readOnly) throws DatabaseOpenException {
        SQLiteConfig config = readOnly ? new SQLiteConfig() : SchemaMigration.connectionConfig();
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

    static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
