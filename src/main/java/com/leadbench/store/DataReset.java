package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT;
import static com.leadbench.store.jooq.Tables.ACCOUNT_QUALIFICATION;
import static com.leadbench.store.jooq.Tables.ACCOUNT_FIELD;
import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.AUDIT_LOG;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;
import static com.leadbench.store.jooq.Tables.HANDOFF_PACKET;
import static com.leadbench.store.jooq.Tables.LEAD_DECISION;
import static com.leadbench.store.jooq.Tables.REVIEW_NOTE;
import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;
import static com.leadbench.store.jooq.Tables.SCORECARD_VERSION;
import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;

import java.util.List;
import org.jooq.Table;

/** Empties a database for a deliberate overwrite (the demo command's {@code --force}). */
public final class DataReset {

    /** Children before parents, so foreign keys hold at every step. */
    private static final List<Table<?>> TABLES = List.of(LEAD_DECISION, REVIEW_NOTE, STAGE_TRANSITION, ACCOUNT_QUALIFICATION, HANDOFF_PACKET, SALES_FOLLOW_UP, ACTIVITY,
            CONTACT_FIELD, CONTACT, ACCOUNT_FIELD, ACCOUNT, SCORECARD_VERSION, AUDIT_LOG);

    private final Database database;

    public DataReset(Database database) {
        this.database = database;
    }

    /** True when the database holds no contacts, accounts or scorecards. */
    public boolean isEmpty() {
        return database.dsl().fetchCount(CONTACT) == 0
                && database.dsl().fetchCount(ACCOUNT) == 0
                && database.dsl().fetchCount(SCORECARD_VERSION) == 0;
    }

    /** Deletes every row of every data table in one transaction. */
    public void wipe() {
        database.dsl().transaction(tx -> TABLES.forEach(t -> tx.dsl().deleteFrom(t).execute()));
    }
}
