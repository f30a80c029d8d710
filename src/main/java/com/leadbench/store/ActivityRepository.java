package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACTIVITY;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import java.util.List;
import org.jooq.Record;

/** What contacts did. */
public final class ActivityRepository {

    private final Database database;

    public ActivityRepository(Database database) {
        this.database = database;
    }

    public long insert(Activity a) {
        return database.dsl().insertInto(ACTIVITY)
                .set(ACTIVITY.CONTACT_ID, (int) a.contactId())
                .set(ACTIVITY.TYPE, a.type().name())
                .set(ACTIVITY.ASSET, a.asset())
                .set(ACTIVITY.ASSET_KIND, a.assetKind())
                .set(ACTIVITY.PRODUCT_LINE, a.productLine())
                .set(ACTIVITY.OCCURRED_AT, Times.toMillis(a.occurredAt()))
                .set(ACTIVITY.CAMPAIGN, a.campaign())
                .set(ACTIVITY.FORM_TEXT, a.formText())
                .returningResult(ACTIVITY.ID)
                .fetchOne(ACTIVITY.ID);
    }

    /** A contact's activities, newest first. */
    public List<Activity> forContact(long contactId) {
        return database.dsl()
                .select(ACTIVITY.ID, ACTIVITY.CONTACT_ID, ACTIVITY.TYPE, ACTIVITY.ASSET, ACTIVITY.ASSET_KIND,
                        ACTIVITY.PRODUCT_LINE, ACTIVITY.OCCURRED_AT, ACTIVITY.CAMPAIGN, ACTIVITY.FORM_TEXT)
                .from(ACTIVITY)
                .where(ACTIVITY.CONTACT_ID.eq((int) contactId))
                .orderBy(ACTIVITY.OCCURRED_AT.desc(), ACTIVITY.ID.desc())
                .fetch(ActivityRepository::toActivity);
    }

    private static Activity toActivity(Record r) {
        return new Activity(r.get(ACTIVITY.ID), r.get(ACTIVITY.CONTACT_ID), ActivityType.valueOf(r.get(ACTIVITY.TYPE)),
                r.get(ACTIVITY.ASSET), r.get(ACTIVITY.ASSET_KIND), r.get(ACTIVITY.PRODUCT_LINE),
                Times.fromMillis(r.get(ACTIVITY.OCCURRED_AT)), r.get(ACTIVITY.CAMPAIGN), r.get(ACTIVITY.FORM_TEXT));
    }

    /** This table's rows as a merge moves them from one contact to another and an undo moves them back. */
    public OwnedByContact owned() {
        return new ContactRows(database, ACTIVITY, ACTIVITY.ID, ACTIVITY.CONTACT_ID);
    }
}
