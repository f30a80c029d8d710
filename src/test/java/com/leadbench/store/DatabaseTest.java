package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAMigratedDatabaseInWalModeWithForeignKeysOn() throws Exception {
        Path file = dir.resolve("sub/folder/new.db");
        try (Database db = Database.open(file)) {
            assertEquals("wal", db.dsl().fetchValue("PRAGMA journal_mode").toString().toLowerCase());
            assertEquals("1", db.dsl().fetchValue("PRAGMA foreign_keys").toString());
            assertEquals(0, db.dsl().fetchCount(com.leadbench.store.jooq.Tables.CONTACT));
            assertTrue(db.backup().isEmpty(), "a new database needs no backup");
        }
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("sub/folder/new.db.lock")), "the lock file goes away on close");
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "these are my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Leadbench database"), e.getMessage());
        assertTrue(e.getMessage().contains("notes.db"), "names the file: " + e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("another application") && e.getMessage().contains("invoices"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("other.db-wal")), "not switched to WAL");
    }

    @Test
    void refusesACorruptDatabase() throws Exception {
        Path file = dir.resolve("corrupt.db");
        try (Database db = Database.open(file)) {
            new LeadRepository(db).counts();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("corrupt") || e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void refusesAReadOnlyFile() throws Exception {
        Path file = dir.resolve("readonly.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }

    @Test
    void refusesADatabaseAlreadyOpenInAnotherInstance() throws Exception {
        Path file = dir.resolve("busy.db");
        try (Database first = Database.open(file)) {
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            assertEquals(0, new LeadRepository(first).counts().contacts(), "the first one still works");
        }
        Database.open(file).close();
    }

    @Test
    void keepsACopyBeforeAMigrationChangesAnExistingDatabase() throws Exception {
        Path file = dir.resolve("upgrade.db");
        try (Database db = Database.open(file)) {
            new DataReset(db).isEmpty();
        }
        try (Database upgraded = Database.open(file, List.of("classpath:db/migration", "classpath:db/testmigration"))) {
            assertTrue(upgraded.backup().isPresent());
            Path backup = upgraded.backup().get();
            assertTrue(backup.getFileName().toString().startsWith("upgrade.db.before-v99-"), backup.toString());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('contact') WHERE name = 'test_only'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the backup has the old schema");
            }
            assertEquals(1, upgraded.dsl().fetchValue("SELECT count(*) FROM pragma_table_info('contact') WHERE name = 'test_only'"));
        }
    }

    @Test
    void theSchemaVersionConstantIsTheNewestMigration() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertEquals(newest, Database.SCHEMA_VERSION, "a database at this version opens without Flyway");
    }

    @Test
    void refusesAFolder() {
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }
}
