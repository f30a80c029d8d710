package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue #11: nothing a user does with a file locks them out of a database, or lets two programs write one. */
class DatabaseGuardsTest {

    @TempDir
    Path dir;

    private Path databaseWithContacts(String name, int contacts) throws Exception {
        Path file = dir.resolve(name);
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 1; i <= contacts; i++) {
                st.executeUpdate("INSERT INTO contact (id, email, first_name, last_name, job_title, created_at) VALUES (" + i
                        + ", 'person" + i + "@example.com', 'First" + i + "', 'Last" + i + "', '" + "Maintenance manager ".repeat(4) + "', 0)");
            }
            c.commit();
            c.setAutoCommit(true);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return file;
    }

    private static int rootPage(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    private static void overwritePage(Path file, int page) throws Exception {
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA page_size")) {
            rs.next();
            pageSize = rs.getInt(1);
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (page - 1) * pageSize);
            byte[] junk = new byte[pageSize];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (i * 37 + 11);
            }
            raf.write(junk);
        }
    }

    @Test
    void aDatabaseAtANewerSchemaIsRefusedNamingBothVersionsAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '7', 'from the future', 'SQL', 'V7__future.sql', 0, 'x', 1, 1)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        for (Database.Access access : Database.Access.values()) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, access));
            assertTrue(e.getMessage().contains("newer Leadbench") && e.getMessage().contains("version 7")
                    && e.getMessage().contains("up to version " + Database.SCHEMA_VERSION), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aSymbolicLinkMeetsTheLockOfTheFileItPointsTo() throws Exception {
        Path file = dir.resolve("real.db");
        Path link = dir.resolve("link.db");
        Database.open(file).close();
        Files.createSymbolicLink(link, file);
        try (Database first = Database.open(file)) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(link, Database.Access.EXISTING));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        try (Database viaLink = Database.open(link, Database.Access.EXISTING)) {
            assertEquals(file.toRealPath(), viaLink.file(), "named by its real path");
            assertThrows(DatabaseOpenException.class, () -> Database.open(file, Database.Access.EXISTING));
        }
    }

    @Test
    void aHardLinkMeetsTheLockOfTheSameFile() throws Exception {
        Path file = dir.resolve("one.db");
        Path other = Files.createDirectories(dir.resolve("elsewhere")).resolve("two.db");
        Database.open(file).close();
        Files.createLink(other, file);
        try (Database first = Database.open(file)) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(other, Database.Access.EXISTING));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        Database.open(other, Database.Access.EXISTING).close();
    }

    @ParameterizedTest
    @EnumSource(value = Database.Access.class, names = {"EXISTING", "READ_ONLY"})
    void aMissingFileIsRefusedAndNothingIsCreated(Database.Access access) {
        Path file = dir.resolve("typo/leads.db");
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, access));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file.getParent()), "not even the folder");
    }

    @ParameterizedTest
    @EnumSource(value = Database.Access.class, names = {"EXISTING", "READ_ONLY"})
    void anEmptyFileIsRefusedAndStaysEmpty(Database.Access access) throws Exception {
        Path file = Files.createFile(dir.resolve("zero.db"));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, access));
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
        assertEquals(0, Files.size(file));
        assertFalse(Files.exists(dir.resolve("zero.db-wal")));
    }

    @Test
    void anEmptyFileBecomesADatabaseOnlyWhereCreatingIsAsked() throws Exception {
        Path file = Files.createFile(dir.resolve("zero.db"));
        try (Database db = Database.open(file, Database.Access.CREATE)) {
            assertEquals(0, new LeadRepository(db).counts().contacts());
        }
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void aDamagedTableIsNamedOnOpeningAndNoSideFilesAreLeft() throws Exception {
        Path file = databaseWithContacts("damaged.db", 50);
        overwritePage(file, rootPage(file, "contact"));
        byte[] before = Files.readAllBytes(file);
        for (Database.Access access : Database.Access.values()) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, access));
            assertTrue(e.getMessage().contains(file.getFileName().toString()) && e.getMessage().contains("is damaged"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("damaged.db-wal")), "no -wal left beside it");
        assertFalse(Files.exists(dir.resolve("damaged.db-shm")), "no -shm left beside it");
    }

    @Test
    void aFileCutShortIsDamaged() throws Exception {
        Path file = databaseWithContacts("short.db", 400);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, Database.Access.READ_ONLY));
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    }

    @Test
    void damageFoundByALaterQueryIsNamedInWords() throws Exception {
        Path file = databaseWithContacts("later.db", 400);
        int root = rootPage(file, "contact");
        // a leaf in the middle of the table: the root and the newest row still read, so opening succeeds
        int leaf;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pageno FROM dbstat WHERE name = 'contact' AND pagetype = 'leaf' ORDER BY pageno")) {
            assertTrue(rs.next(), "the table spans several pages");
            leaf = rs.getInt(1);
        } catch (java.sql.SQLException noDbstat) {
            leaf = root + 1;
        }
        overwritePage(file, leaf);
        try (Database db = Database.open(file, Database.Access.READ_ONLY)) {
            StoreException e = assertThrows(StoreException.class, () -> db.dsl().fetch("SELECT * FROM contact"));
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("is damaged"), e.getMessage());
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("SQLITE_"), e.getMessage());
        }
    }

    @Test
    void aReadOnlyOpenChangesNothingTakesNoLockAndRefusesWrites() throws Exception {
        Path file = databaseWithContacts("ro.db", 10);
        byte[] before = Files.readAllBytes(file);
        try (Database writer = Database.open(file, Database.Access.EXISTING);
             Database reader = Database.open(file, Database.Access.READ_ONLY)) {
            assertTrue(reader.readOnly());
            assertEquals(10, new LeadRepository(reader).counts().contacts(), "reads while another instance holds the file");
            StoreException e = assertThrows(StoreException.class, () -> reader.dsl().execute("DELETE FROM contact"));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anOlderSchemaIsNotMigratedByAReadOnlyOpen() throws Exception {
        Path file = dir.resolve("older.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + Database.SCHEMA_VERSION + "'");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, Database.Access.READ_ONLY));
        assertTrue(e.getMessage().contains("older Leadbench") && e.getMessage().contains("changed nothing"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aLockFileThatCannotBeCreatedSaysPermissionDenied() throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file).close();
        Path lockFile = InstanceLock.lockFileFor(file.toRealPath());
        Files.deleteIfExists(lockFile);
        Files.createDirectory(lockFile); // a folder where the lock file must go: the system refuses to open it for writing
        try {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("lock file") && e.getMessage().contains(lockFile.toString())
                    && e.getMessage().contains("a folder stands where a file is needed"), e.getMessage());
            assertEquals(1, e.getMessage().split(java.util.regex.Pattern.quote(lockFile.toString()), -1).length - 1,
                    "the path is named once: " + e.getMessage());
        } finally {
            Files.delete(lockFile);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "SQLITE_BUSY|[SQLITE_BUSY] The database file is locked (database is locked)|is busy: another program is writing to it",
        "SQLITE_FULL|[SQLITE_FULL] Insertion failed because database is full (database or disk is full)|the disk is full",
        "SQLITE_CORRUPT|[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)|is damaged",
        "SQLITE_NOTADB|[SQLITE_NOTADB] File opened that is not a database file (file is not a database)|is damaged",
        "SQLITE_READONLY|[SQLITE_READONLY] Attempt to write a readonly database (attempt to write a readonly database)|is read-only",
        "SQLITE_IOERR_WRITE|[SQLITE_IOERR_WRITE] disk I/O error|a disk error"})
    void whatSqliteReportsIsSaidInWordsNamingTheFile(String code, String sqliteMessage, String words) {
        var sql = new org.sqlite.SQLiteException(sqliteMessage, org.sqlite.SQLiteErrorCode.valueOf(code));
        String message = DatabaseErrors.describe(Path.of("/data/leads.db"), new RuntimeException(sql)).orElseThrow();
        assertTrue(message.startsWith("/data/leads.db ") && message.contains(words), message);
        assertFalse(message.contains("SQLITE_") || message.contains("Exception"), message);
        String write = DatabaseErrors.failed("import write failed", sql).getMessage();
        assertTrue(write.startsWith("import write failed: the database ") && write.contains(words), write);
    }
}
