package com.leadbench;

import com.leadbench.demo.DemoSettings;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.DataReset;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import com.leadbench.store.DemoWriter;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDetails;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.StageRepository;
import java.nio.file.Path;
import java.time.LocalDate;

/** An open database with the repositories built over it: what the window works on. */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final LeadRepository leads;
    private final LeadDetails details;

    private Workspace(Database database) {
        this.database = database;
        this.leads = new LeadRepository(database);
        this.details = new LeadDetails(leads, new ActivityRepository(database), new FollowUpRepository(database),
                new StageRepository(database));
    }

    /** Opens {@code file}; with {@code demo}, an empty database is first filled with the default demo data. */
    public static Workspace open(Path file, boolean demo) throws DatabaseOpenException {
        Database database = Database.open(file);
        try {
            if (demo && new DataReset(database).isEmpty()) {
                new DemoWriter(database).write(new DemoSettings(DemoSettings.DEFAULT_CONTACTS, DemoSettings.DEFAULT_SEED, LocalDate.now()));
            }
            return new Workspace(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    public LeadRepository leads() {
        return leads;
    }

    public LeadDetails details() {
        return details;
    }

    @Override
    public void close() {
        database.close();
    }
}
