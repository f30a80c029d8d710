package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT;
import static com.leadbench.store.jooq.Tables.ACCOUNT_FIELD;
import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;
import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;

import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.FieldFill;
import com.leadbench.model.LeadSummary;
import com.leadbench.store.jooq.tables.records.ContactRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Contacts and their accounts, with the custom fields imports kept. */
public final class LeadRepository {

    private final Database database;

    public LeadRepository(Database database) {
        this.database = database;
    }

    /** Inserts an account (id 0) and returns it with its new id. */
    public Account insert(Account account) {
        return database.dsl().transactionResult(tx -> {
            DSLContext dsl = tx.dsl();
            long id = dsl.insertInto(ACCOUNT)
                    .set(ACCOUNT.DOMAIN, account.domain())
                    .set(ACCOUNT.NAME, account.name())
                    .set(ACCOUNT.INDUSTRY, account.industry())
                    .set(ACCOUNT.EMPLOYEES, account.employees())
                    .set(ACCOUNT.ANNUAL_REVENUE, account.annualRevenue())
                    .set(ACCOUNT.COUNTRY, account.country())
                    .set(ACCOUNT.REGION, account.region())
                    .set(ACCOUNT.IS_CUSTOMER, account.customer())
                    .set(ACCOUNT.IS_COMPETITOR, account.competitor())
                    .set(ACCOUNT.ACCOUNT_MANAGER, account.accountManager())
                    .returningResult(ACCOUNT.ID)
                    .fetchOne(ACCOUNT.ID);
            account.customFields().forEach((name, value) -> dsl.insertInto(ACCOUNT_FIELD)
                    .set(ACCOUNT_FIELD.ACCOUNT_ID, (int) id)
                    .set(ACCOUNT_FIELD.FIELD_NAME, name)
                    .set(ACCOUNT_FIELD.FIELD_VALUE, value)
                    .execute());
            return account.withId(id);
        });
    }

    /** Inserts a contact (id 0) and returns its new id. */
    public long insert(Contact contact) {
        return database.dsl().transactionResult(tx -> {
            DSLContext dsl = tx.dsl();
            long id = dsl.insertInto(CONTACT)
                    .set(CONTACT.EXTERNAL_ID, contact.externalId())
                    .set(CONTACT.EMAIL, contact.email())
                    .set(CONTACT.FIRST_NAME, contact.firstName())
                    .set(CONTACT.LAST_NAME, contact.lastName())
                    .set(CONTACT.JOB_TITLE, contact.jobTitle())
                    .set(CONTACT.PHONE, contact.phone())
                    .set(CONTACT.COUNTRY, contact.country())
                    .set(CONTACT.IP_COUNTRY, contact.ipCountry())
                    .set(CONTACT.SOURCE, contact.source())
                    .set(CONTACT.CAMPAIGN, contact.campaign())
                    .set(CONTACT.CREATED_AT, Times.toMillis(contact.createdAt()))
                    .set(CONTACT.OWNER, contact.owner())
                    .set(CONTACT.ACCOUNT_ID, contact.accountId() == null ? null : contact.accountId().intValue())
                    .returningResult(CONTACT.ID)
                    .fetchOne(CONTACT.ID);
            contact.customFields().forEach((name, value) -> dsl.insertInto(CONTACT_FIELD)
                    .set(CONTACT_FIELD.CONTACT_ID, (int) id)
                    .set(CONTACT_FIELD.FIELD_NAME, name)
                    .set(CONTACT_FIELD.FIELD_VALUE, value)
                    .execute());
            return id;
        });
    }

    public Optional<Contact> contact(long id) {
        Record r = database.dsl().select(CONTACT_COLUMNS).from(CONTACT).where(CONTACT.ID.eq((int) id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        database.dsl().select(CONTACT_FIELD.FIELD_NAME, CONTACT_FIELD.FIELD_VALUE)
                .from(CONTACT_FIELD).where(CONTACT_FIELD.CONTACT_ID.eq((int) id)).orderBy(CONTACT_FIELD.FIELD_NAME)
                .forEach(f -> fields.put(f.value1(), f.value2()));
        return Optional.of(toContact(r, fields));
    }

    public Optional<Account> account(long id) {
        Record r = database.dsl().select(ACCOUNT_COLUMNS).from(ACCOUNT).where(ACCOUNT.ID.eq((int) id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        database.dsl().select(ACCOUNT_FIELD.FIELD_NAME, ACCOUNT_FIELD.FIELD_VALUE)
                .from(ACCOUNT_FIELD).where(ACCOUNT_FIELD.ACCOUNT_ID.eq((int) id)).orderBy(ACCOUNT_FIELD.FIELD_NAME)
                .forEach(f -> fields.put(f.value1(), f.value2()));
        return Optional.of(toAccount(r, fields));
    }

    /** One row per contact for the leads table, ordered by id. */
    public List<LeadSummary> summaries() {
        Field<Long> lastActivity = DSL.field(DSL.select(DSL.max(ACTIVITY.OCCURRED_AT))
                .from(ACTIVITY).where(ACTIVITY.CONTACT_ID.eq(CONTACT.ID))).as("last_activity");
        return database.dsl()
                .select(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.EMAIL, ACCOUNT.NAME,
                        CONTACT.JOB_TITLE, ACCOUNT.INDUSTRY, CONTACT.COUNTRY, lastActivity, CONTACT.EXTERNAL_ID)
                .from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .orderBy(CONTACT.ID)
                .fetch(r -> new LeadSummary(
                        r.value1(),
                        Contact.displayName(r.value1(), r.value10(), r.value4(), r.value2(), r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                        Times.fromMillis(r.value9())));
    }

    public DatabaseCounts counts() {
        DSLContext dsl = database.dsl();
        return new DatabaseCounts(
                dsl.fetchCount(ACCOUNT),
                dsl.fetchCount(CONTACT),
                dsl.fetchCount(ACTIVITY),
                dsl.fetchCount(SALES_FOLLOW_UP));
    }

    // ------------------------------------------------------------------ what a merge of contacts changes

    /** The contact's own row, without its custom fields (see {@link #customFields}), or empty when there is none. */
    public Optional<Contact> contactRow(long id) {
        Record r = database.dsl().select(CONTACT_COLUMNS).from(CONTACT).where(CONTACT.ID.eq((int) id)).fetchOne();
        return r == null ? Optional.empty() : Optional.of(toContact(r, Map.of()));
    }

    /** A contact's custom fields by name; with {@code withNulls}, fields without a value (SQL null) too. */
    public Map<String, String> customFields(long contactId, boolean withNulls) {
        Map<String, String> fields = new LinkedHashMap<>();
        database.dsl().select(CONTACT_FIELD.FIELD_NAME, CONTACT_FIELD.FIELD_VALUE)
                .from(CONTACT_FIELD)
                .where(CONTACT_FIELD.CONTACT_ID.eq((int) contactId))
                .orderBy(CONTACT_FIELD.FIELD_NAME)
                .forEach(r -> {
                    if (withNulls || r.value2() != null) {
                        fields.put(r.value1(), r.value2());
                    }
                });
        return fields;
    }

    /** Whether some contact has external id {@code externalId}. */
    public boolean externalIdTaken(String externalId) {
        return database.dsl().fetchExists(CONTACT, CONTACT.EXTERNAL_ID.eq(externalId));
    }

    /** Deletes a contact's row (its owned rows must have gone elsewhere first). */
    public void delete(long contactId) {
        database.dsl().deleteFrom(CONTACT).where(CONTACT.ID.eq((int) contactId)).execute();
    }

    /**
     * Writes {@code value} into the contact's field of {@code fill}: a contact column, or a custom
     * field; a null value of a custom field that did not exist removes it.
     */
    public void writeField(long contactId, FieldFill fill, String value) {
        DSLContext dsl = database.dsl();
        if (!fill.custom()) {
            if (fill.field().equals(CONTACT.ACCOUNT_ID.getName())) {
                dsl.update(CONTACT).set(CONTACT.ACCOUNT_ID, value == null ? null : Integer.valueOf(value))
                        .where(CONTACT.ID.eq((int) contactId)).execute();
                return;
            }
            dsl.update(CONTACT).set(textColumn(fill.field()), value).where(CONTACT.ID.eq((int) contactId)).execute();
            return;
        }
        var mine = CONTACT_FIELD.CONTACT_ID.eq((int) contactId).and(CONTACT_FIELD.FIELD_NAME.eq(fill.field()));
        if (value == null && !fill.existed()) {
            dsl.deleteFrom(CONTACT_FIELD).where(mine).execute();
        } else if (dsl.fetchExists(CONTACT_FIELD, mine)) {
            dsl.update(CONTACT_FIELD).set(CONTACT_FIELD.FIELD_VALUE, value).where(mine).execute();
        } else {
            dsl.insertInto(CONTACT_FIELD).set(CONTACT_FIELD.CONTACT_ID, (int) contactId)
                    .set(CONTACT_FIELD.FIELD_NAME, fill.field()).set(CONTACT_FIELD.FIELD_VALUE, value).execute();
        }
    }

    /** Puts a contact removed by a merge back with its own id and custom fields. */
    public void restore(Contact c) {
        DSLContext dsl = database.dsl();
        dsl.insertInto(CONTACT)
                .set(CONTACT.ID, (int) c.id())
                .set(CONTACT.EXTERNAL_ID, c.externalId())
                .set(CONTACT.EMAIL, c.email())
                .set(CONTACT.FIRST_NAME, c.firstName())
                .set(CONTACT.LAST_NAME, c.lastName())
                .set(CONTACT.JOB_TITLE, c.jobTitle())
                .set(CONTACT.PHONE, c.phone())
                .set(CONTACT.COUNTRY, c.country())
                .set(CONTACT.IP_COUNTRY, c.ipCountry())
                .set(CONTACT.SOURCE, c.source())
                .set(CONTACT.CAMPAIGN, c.campaign())
                .set(CONTACT.CREATED_AT, Times.toMillis(c.createdAt()))
                .set(CONTACT.OWNER, c.owner())
                .set(CONTACT.ACCOUNT_ID, c.accountId() == null ? null : c.accountId().intValue())
                .execute();
        c.customFields().forEach((name, value) -> dsl.insertInto(CONTACT_FIELD)
                .set(CONTACT_FIELD.CONTACT_ID, (int) c.id())
                .set(CONTACT_FIELD.FIELD_NAME, name)
                .set(CONTACT_FIELD.FIELD_VALUE, value)
                .execute());
    }

    /** The text columns a merge may fill, by name ({@link com.leadbench.scoring.policy.MergePlan} names them alike). */
    private static final List<TableField<ContactRecord, String>> TEXT_COLUMNS = List.of(CONTACT.EXTERNAL_ID, CONTACT.EMAIL,
            CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.COUNTRY, CONTACT.IP_COUNTRY,
            CONTACT.SOURCE, CONTACT.CAMPAIGN, CONTACT.OWNER);

    private static TableField<ContactRecord, String> textColumn(String name) {
        for (TableField<ContactRecord, String> column : TEXT_COLUMNS) {
            if (column.getName().equals(name)) {
                return column;
            }
        }
        throw new IllegalArgumentException("a merge does not fill contact column " + name);
    }

    private static final List<Field<?>> CONTACT_COLUMNS = List.of(CONTACT.ID, CONTACT.EXTERNAL_ID, CONTACT.EMAIL,
            CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.COUNTRY,
            CONTACT.IP_COUNTRY, CONTACT.SOURCE, CONTACT.CAMPAIGN, CONTACT.CREATED_AT, CONTACT.OWNER, CONTACT.ACCOUNT_ID);

    private static final List<Field<?>> ACCOUNT_COLUMNS = List.of(ACCOUNT.ID, ACCOUNT.DOMAIN, ACCOUNT.NAME,
            ACCOUNT.INDUSTRY, ACCOUNT.EMPLOYEES, ACCOUNT.ANNUAL_REVENUE, ACCOUNT.COUNTRY, ACCOUNT.REGION,
            ACCOUNT.IS_CUSTOMER, ACCOUNT.IS_COMPETITOR, ACCOUNT.ACCOUNT_MANAGER);

    private static Contact toContact(Record r, Map<String, String> fields) {
        Integer accountId = r.get(CONTACT.ACCOUNT_ID);
        return new Contact(r.get(CONTACT.ID), r.get(CONTACT.EXTERNAL_ID), r.get(CONTACT.EMAIL),
                r.get(CONTACT.FIRST_NAME), r.get(CONTACT.LAST_NAME), r.get(CONTACT.JOB_TITLE), r.get(CONTACT.PHONE),
                r.get(CONTACT.COUNTRY), r.get(CONTACT.IP_COUNTRY), r.get(CONTACT.SOURCE), r.get(CONTACT.CAMPAIGN),
                Times.fromMillis(r.get(CONTACT.CREATED_AT)), r.get(CONTACT.OWNER),
                accountId == null ? null : accountId.longValue(), fields);
    }

    private static Account toAccount(Record r, Map<String, String> fields) {
        return new Account(r.get(ACCOUNT.ID), r.get(ACCOUNT.DOMAIN), r.get(ACCOUNT.NAME), r.get(ACCOUNT.INDUSTRY),
                r.get(ACCOUNT.EMPLOYEES), r.get(ACCOUNT.ANNUAL_REVENUE), r.get(ACCOUNT.COUNTRY), r.get(ACCOUNT.REGION),
                Boolean.TRUE.equals(r.get(ACCOUNT.IS_CUSTOMER)), Boolean.TRUE.equals(r.get(ACCOUNT.IS_COMPETITOR)),
                r.get(ACCOUNT.ACCOUNT_MANAGER), fields);
    }
}
