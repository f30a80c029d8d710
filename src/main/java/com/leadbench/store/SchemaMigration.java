package com.leadbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;

/**
 * Brings a database file to the current schema with Flyway, after a copy of an existing file is
 * written beside it; reads the applied version without Flyway, so that a current file opens fast.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    /** The newest successfully applied migration, read without Flyway; -1 when unknown. */
    static int appliedVersion(Path target) {
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

    static Optional<Path> migrate(Path target, boolean existed, List<String> locations) throws DatabaseOpenException {
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
            throw new DatabaseOpenException(target, "cannot be brought to the current schema (" + GuardedOpening.firstLine(e.getMessage()) + ")", e);
        }
    }

    private static Path backUp(Path target, org.sqlite.SQLiteDataSource dataSource, String nextVersion) throws DatabaseOpenException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path copy = target.resolveSibling(target.getFileName() + ".before-v" + nextVersion + "-" + stamp + ".bak");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            return copy;
        } catch (SQLException e) {
            throw new DatabaseOpenException(target, "could not be backed up before migrating (" + GuardedOpening.firstLine(e.getMessage()) + "); nothing was changed", e);
        }
    }

    /** How every writing connection is configured: foreign keys on, WAL, a busy timeout. */
    static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        return config;
    }
}
