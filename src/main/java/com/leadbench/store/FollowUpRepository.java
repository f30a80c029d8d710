package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.util.List;

/** What sales reported: first contact, accepted / rejected, won / lost. */
public final class FollowUpRepository {

    private final Database database;

    public FollowUpRepository(Database database) {
        this.database = database;
    }

    public long insert(SalesFollowUp f) {
        return database.dsl().insertInto(SALES_FOLLOW_UP)
                .set(SALES_FOLLOW_UP.CONTACT_ID, (int) f.contactId())
                .set(SALES_FOLLOW_UP.KIND, f.kind().name())
                .set(SALES_FOLLOW_UP.OCCURRED_AT, Times.toMillis(f.at()))
                .set(SALES_FOLLOW_UP.AMOUNT, f.amount())
                .set(SALES_FOLLOW_UP.NOTE, f.note())
                .returningResult(SALES_FOLLOW_UP.ID)
                .fetchOne(SALES_FOLLOW_UP.ID);
    }

    /** A contact's follow-ups in the order they happened. */
    public List<SalesFollowUp> forContact(long contactId) {
        return database.dsl()
                .select(SALES_FOLLOW_UP.ID, SALES_FOLLOW_UP.CONTACT_ID, SALES_FOLLOW_UP.KIND,
                        SALES_FOLLOW_UP.OCCURRED_AT, SALES_FOLLOW_UP.AMOUNT, SALES_FOLLOW_UP.NOTE)
                .from(SALES_FOLLOW_UP)
                .where(SALES_FOLLOW_UP.CONTACT_ID.eq((int) contactId))
                .orderBy(SALES_FOLLOW_UP.OCCURRED_AT, SALES_FOLLOW_UP.ID)
                .fetch(r -> new SalesFollowUp(r.value1(), r.value2(), FollowUpKind.valueOf(r.value3()),
                        Times.fromMillis(r.value4()), r.value5(), r.value6()));
    }

    /** Every follow-up of every contact, in the order they happened, by contact. */
    /** Each contact's first win, where sales dated one (wins without a date are left out). */
    public java.util.Map<Long, java.time.Instant> firstWins() {
        java.util.Map<Long, java.time.Instant> out = new java.util.HashMap<>();
        database.dsl().select(SALES_FOLLOW_UP.CONTACT_ID, org.jooq.impl.DSL.min(SALES_FOLLOW_UP.OCCURRED_AT))
                .from(SALES_FOLLOW_UP)
                .where(SALES_FOLLOW_UP.KIND.eq(FollowUpKind.WON.name()).and(SALES_FOLLOW_UP.OCCURRED_AT.isNotNull()))
                .groupBy(SALES_FOLLOW_UP.CONTACT_ID)
                .forEach(r -> out.put(r.value1().longValue(), Times.fromMillis(r.value2())));
        return out;
    }

    /** When sales first contacted a lead, every time it did (a lead contacted again in a later episode counts again). */
    public List<java.time.Instant> firstContactTimes() {
        return database.dsl().select(SALES_FOLLOW_UP.OCCURRED_AT).from(SALES_FOLLOW_UP)
                .where(SALES_FOLLOW_UP.KIND.eq(FollowUpKind.FIRST_CONTACT.name()).and(SALES_FOLLOW_UP.OCCURRED_AT.isNotNull()))
                .fetch(r -> Times.fromMillis(r.value1()));
    }

    public java.util.Map<Long, List<SalesFollowUp>> all() {
        java.util.Map<Long, List<SalesFollowUp>> out = new java.util.HashMap<>();
        database.dsl()
                .select(SALES_FOLLOW_UP.ID, SALES_FOLLOW_UP.CONTACT_ID, SALES_FOLLOW_UP.KIND,
                        SALES_FOLLOW_UP.OCCURRED_AT, SALES_FOLLOW_UP.AMOUNT, SALES_FOLLOW_UP.NOTE)
                .from(SALES_FOLLOW_UP)
                .orderBy(SALES_FOLLOW_UP.OCCURRED_AT, SALES_FOLLOW_UP.ID)
                .forEach(r -> out.computeIfAbsent(r.value2().longValue(), k -> new java.util.ArrayList<>())
                        .add(new SalesFollowUp(r.value1(), r.value2(), FollowUpKind.valueOf(r.value3()),
                                Times.fromMillis(r.value4()), r.value5(), r.value6())));
        return out;
    }

    /** Moves follow-ups to new moments, by follow-up id, in one batch. */
    public void retime(java.util.Map<Long, java.time.Instant> moments) {
        if (moments.isEmpty()) {
            return;
        }
        var update = database.dsl().batch(database.dsl().update(SALES_FOLLOW_UP).set(SALES_FOLLOW_UP.OCCURRED_AT, (Long) null)
                .where(SALES_FOLLOW_UP.ID.eq((Integer) null)));
        moments.forEach((id, at) -> update.bind(Times.toMillis(at), id.intValue()));
        update.execute();
    }

    /** This table's rows as a merge moves them from one contact to another and an undo moves them back. */
    public OwnedByContact owned() {
        return new ContactRows(database, SALES_FOLLOW_UP, SALES_FOLLOW_UP.ID, SALES_FOLLOW_UP.CONTACT_ID);
    }
}
