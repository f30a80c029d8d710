package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.CONTACT;

import com.leadbench.format.ScorecardJson;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Start-up work that does not need the database: jOOQ's first query rendering and Jackson's first
 * parse each cost hundreds of milliseconds in a fresh JVM. Run on a spare core while JavaFX and
 * SQLite start, they are paid once, in parallel, instead of on the path to the first screen.
 */
public final class Warmup {

    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void startInBackground() {
        Thread thread = new Thread(Warmup::run, "leadbench-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        DSL.using(SQLDialect.SQLITE).select(CONTACT.ID, CONTACT.EMAIL).from(CONTACT).where(CONTACT.ID.eq(1)).getSQL();
        ScorecardJson.defaultPreset();
    }
}
