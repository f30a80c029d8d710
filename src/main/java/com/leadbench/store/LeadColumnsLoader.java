package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT;
import static com.leadbench.store.jooq.Tables.ACCOUNT_FIELD;
import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.CHANGED_ACCOUNT;
import static com.leadbench.store.jooq.Tables.CHANGED_CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;

import com.leadbench.model.Account;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.preview.LeadColumns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads every contact, account and activity into the preview engine's columns, streaming the activities. */
public final class LeadColumnsLoader {

    private static final ActivityType[] TYPES = ActivityType.values();

    private final Database database;

    public LeadColumnsLoader(Database database) {
        this.database = database;
    }

    /** Every contact with its account, fields and activities. */
    public LeadColumns load() {
        return load(null);
    }

    /**
     * The contacts the change log names (see {@link LeadChangeRepository}), directly or through their
     * account, as they are now; a logged contact that no longer exists is absent.
     */
    LeadColumns loadChanged() {
        return load(CONTACT.ID.in(DSL.select(CHANGED_CONTACT.CONTACT_ID).from(CHANGED_CONTACT))
                .or(CONTACT.ACCOUNT_ID.in(DSL.select(CHANGED_ACCOUNT.ACCOUNT_ID).from(CHANGED_ACCOUNT))));
    }

    /** @param only the contacts to load, or null for all */
    private LeadColumns load(Condition only) {
        boolean all = only == null;
        Condition contacts = all ? DSL.noCondition() : only;
        Condition ofAccounts = all ? DSL.noCondition() : ACCOUNT.ID.in(DSL.select(CONTACT.ACCOUNT_ID).from(CONTACT).where(contacts));
        Map<Long, Map<String, String>> accountFields = new HashMap<>();
        database.dsl().select(ACCOUNT_FIELD.ACCOUNT_ID, ACCOUNT_FIELD.FIELD_NAME, ACCOUNT_FIELD.FIELD_VALUE).from(ACCOUNT_FIELD)
                .where(all ? DSL.noCondition() : ACCOUNT_FIELD.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT).where(ofAccounts)))
                .forEach(r -> accountFields.computeIfAbsent(r.value1().longValue(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<Long, Map<String, String>> contactFields = new HashMap<>();
        database.dsl().select(CONTACT_FIELD.CONTACT_ID, CONTACT_FIELD.FIELD_NAME, CONTACT_FIELD.FIELD_VALUE).from(CONTACT_FIELD)
                .where(all ? DSL.noCondition() : CONTACT_FIELD.CONTACT_ID.in(DSL.select(CONTACT.ID).from(CONTACT).where(contacts)))
                .forEach(r -> contactFields.computeIfAbsent(r.value1().longValue(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Map<Long, Account> accounts = new HashMap<>();
        for (Record r : database.dsl().select(ACCOUNT.ID, ACCOUNT.DOMAIN, ACCOUNT.NAME, ACCOUNT.INDUSTRY, ACCOUNT.EMPLOYEES,
                ACCOUNT.ANNUAL_REVENUE, ACCOUNT.COUNTRY, ACCOUNT.REGION, ACCOUNT.IS_CUSTOMER, ACCOUNT.IS_COMPETITOR,
                ACCOUNT.ACCOUNT_MANAGER).from(ACCOUNT).where(ofAccounts).fetch()) {
            long id = r.get(ACCOUNT.ID);
            accounts.put(id, new Account(id, r.get(ACCOUNT.DOMAIN), r.get(ACCOUNT.NAME), r.get(ACCOUNT.INDUSTRY),
                    r.get(ACCOUNT.EMPLOYEES), r.get(ACCOUNT.ANNUAL_REVENUE), r.get(ACCOUNT.COUNTRY), r.get(ACCOUNT.REGION),
                    Boolean.TRUE.equals(r.get(ACCOUNT.IS_CUSTOMER)), Boolean.TRUE.equals(r.get(ACCOUNT.IS_COMPETITOR)),
                    r.get(ACCOUNT.ACCOUNT_MANAGER), accountFields.getOrDefault(id, Map.of())));
        }
        LeadColumns.Builder builder = LeadColumns.builder();
        // contacts and activities stream through plain JDBC: tens of thousands of rows, no per-row jOOQ records
        String contactSql = database.dsl().select(CONTACT.ID, CONTACT.EXTERNAL_ID, CONTACT.EMAIL, CONTACT.FIRST_NAME,
                CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.COUNTRY, CONTACT.IP_COUNTRY, CONTACT.SOURCE,
                CONTACT.CAMPAIGN, CONTACT.CREATED_AT, CONTACT.OWNER, CONTACT.ACCOUNT_ID).from(CONTACT).where(contacts).orderBy(CONTACT.ID)
                .getSQL(org.jooq.conf.ParamType.INLINED);
        database.dsl().connection(connection -> {
            try (PreparedStatement st = connection.prepareStatement(contactSql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long accountId = rs.getLong(14);
                    boolean hasAccount = !rs.wasNull();
                    Contact c = new Contact(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), Instant.ofEpochMilli(rs.getLong(12)), rs.getString(13),
                            hasAccount ? accountId : null, contactFields.getOrDefault(id, Map.of()));
                    builder.contact(c, hasAccount ? accounts.get(accountId) : null);
                }
            }
        });
        String sql = database.dsl().select(ACTIVITY.CONTACT_ID, ACTIVITY.TYPE, ACTIVITY.ASSET, ACTIVITY.ASSET_KIND,
                        ACTIVITY.PRODUCT_LINE, ACTIVITY.OCCURRED_AT, ACTIVITY.FORM_TEXT)
                .from(ACTIVITY)
                .where(all ? DSL.noCondition() : ACTIVITY.CONTACT_ID.in(DSL.select(CONTACT.ID).from(CONTACT).where(contacts)))
                .orderBy(ACTIVITY.CONTACT_ID, ACTIVITY.OCCURRED_AT, ACTIVITY.ID).getSQL(org.jooq.conf.ParamType.INLINED);
        Map<String, ActivityType> types = new HashMap<>();
        for (ActivityType t : TYPES) {
            types.put(t.name(), t);
        }
        database.dsl().connection(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    ActivityType t = types.get(type);
                    if (t == null) {
                        throw new IllegalStateException("unknown activity type " + type);
                    }
                    builder.activity(rs.getLong(1), t, rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7));
                }
            }
        });
        return builder.build();
    }
}
