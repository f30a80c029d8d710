package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.CHANGED_ACCOUNT;
import static com.leadbench.store.jooq.Tables.CHANGED_CONTACT;
import static com.leadbench.store.jooq.Tables.LEAD_SNAPSHOT_STAMP;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * The snapshot stamp and the change log behind it (migration V3): which contacts and accounts were
 * written since the stamp was drawn. The log is filled by triggers, never by this class; it is only
 * read, and emptied together with drawing the next stamp.
 */
final class LeadChangeRepository {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    LeadChangeRepository(Database database) {
        this.database = database;
    }

    /** The stamp a snapshot of this database must carry to be believed. */
    long stamp() {
        return database.dsl().select(LEAD_SNAPSHOT_STAMP.STAMP).from(LEAD_SNAPSHOT_STAMP).fetchOne(LEAD_SNAPSHOT_STAMP.STAMP);
    }

    /** Whether nothing was written since the stamp was drawn. */
    boolean isEmpty() {
        return !database.dsl().fetchExists(CHANGED_CONTACT) && !database.dsl().fetchExists(CHANGED_ACCOUNT);
    }

    /** The contacts logged directly (their row, fields or activities); contacts logged through their account are not here. */
    Set<Long> contacts() {
        Set<Long> out = new HashSet<>();
        database.dsl().select(CHANGED_CONTACT.CONTACT_ID).from(CHANGED_CONTACT).forEach(r -> out.add(r.value1().longValue()));
        return out;
    }

    /**
     * Draws a new stamp and empties the log: what the caller read in the same transaction is the
     * state the new stamp stands for. Returns the new stamp.
     */
    long restart() {
        long previous = stamp();
        long next;
        do {
            next = RANDOM.nextLong();
        } while (next == 0 || next == previous);
        database.dsl().deleteFrom(CHANGED_CONTACT).execute();
        database.dsl().deleteFrom(CHANGED_ACCOUNT).execute();
        database.dsl().update(LEAD_SNAPSHOT_STAMP).set(LEAD_SNAPSHOT_STAMP.STAMP, next).execute();
        return next;
    }

    /** The triggers that fill this log, and the stage change log beside it (V4), as a condition on sqlite_master. */
    private static final String LOGGING = "(sql LIKE '%changed_contact%' OR sql LIKE '%changed_account%' OR sql LIKE '%changed_stage%')";

    /**
     * Runs {@code work} with the triggers that fill the log dropped, and puts them back: inside the
     * caller's transaction, so a rollback restores them with everything else. Only for a writer
     * that replaces every lead and then adopts what it wrote as the snapshot (the demo), for which
     * logging millions of rows it is about to forget costs half its time. The stage change log's
     * triggers are dropped too: whoever reads stages after the demo reads them all at first.
     */
    <T> T unlogged(java.util.function.Supplier<T> work) {
        var triggers = database.dsl().fetch("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND " + LOGGING + " ORDER BY name");
        for (var t : triggers) {
            database.dsl().execute("DROP TRIGGER \"" + t.get(0, String.class).replace("\"", "\"\"") + "\"");
        }
        T result = work.get();
        for (var t : triggers) {
            database.dsl().execute(t.get(1, String.class));
        }
        return result;
    }

    /** How many triggers fill the log (a test checks that none is lost). */
    int triggerCount() {
        return ((Number) database.dsl().fetchValue("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND " + LOGGING)).intValue();
    }
}
