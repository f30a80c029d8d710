package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT;
import static com.leadbench.store.jooq.Tables.ACCOUNT_FIELD;
import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;
import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;

import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes a stream of records with their own ids in one transaction through batched prepared
 * statements: millions of activities in seconds, and all or nothing.
 */
public final class BulkLoader {


    private final Database database;

    public BulkLoader(Database database) {
        this.database = database;
    }

    /** Runs {@code producer} against a sink; commits when it returns, rolls everything back when it throws. */
    public void load(Consumer<LeadSink> producer) {
        database.dsl().transaction(tx -> tx.dsl().connection(connection -> {
            try (Statements statements = new Statements(tx.dsl(), connection)) {
                producer.accept(statements);
                statements.flush();
            }
        }));
    }

    private static String insertSql(DSLContext dsl, Table<?> table, Field<?>... fields) {
        Object[] nulls = new Object[fields.length];
        return dsl.insertInto(table, fields).values(nulls).getSQL();
    }

    /** The sink behind {@link #load}: one batched statement per table, kept in foreign-key order. */
    private static final class Statements implements LeadSink, AutoCloseable {

        private final StatementBatches batches = new StatementBatches("bulk insert failed");
        private final StatementBatches.Batch accounts;
        private final StatementBatches.Batch accountFields;
        private final StatementBatches.Batch contacts;
        private final StatementBatches.Batch contactFields;
        private final StatementBatches.Batch activities;
        private final StatementBatches.Batch followUps;

        Statements(DSLContext dsl, Connection connection) throws SQLException {
            accounts = add(connection, insertSql(dsl, ACCOUNT, ACCOUNT.ID, ACCOUNT.DOMAIN, ACCOUNT.NAME,
                    ACCOUNT.INDUSTRY, ACCOUNT.EMPLOYEES, ACCOUNT.ANNUAL_REVENUE, ACCOUNT.COUNTRY, ACCOUNT.REGION,
                    ACCOUNT.IS_CUSTOMER, ACCOUNT.IS_COMPETITOR, ACCOUNT.ACCOUNT_MANAGER));
            accountFields = add(connection, insertSql(dsl, ACCOUNT_FIELD, ACCOUNT_FIELD.ACCOUNT_ID,
                    ACCOUNT_FIELD.FIELD_NAME, ACCOUNT_FIELD.FIELD_VALUE));
            contacts = add(connection, insertSql(dsl, CONTACT, CONTACT.ID, CONTACT.EXTERNAL_ID, CONTACT.EMAIL,
                    CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.COUNTRY,
                    CONTACT.IP_COUNTRY, CONTACT.SOURCE, CONTACT.CAMPAIGN, CONTACT.CREATED_AT, CONTACT.OWNER,
                    CONTACT.ACCOUNT_ID));
            contactFields = add(connection, insertSql(dsl, CONTACT_FIELD, CONTACT_FIELD.CONTACT_ID,
                    CONTACT_FIELD.FIELD_NAME, CONTACT_FIELD.FIELD_VALUE));
            activities = add(connection, insertSql(dsl, ACTIVITY, ACTIVITY.ID, ACTIVITY.CONTACT_ID, ACTIVITY.TYPE,
                    ACTIVITY.ASSET, ACTIVITY.ASSET_KIND, ACTIVITY.PRODUCT_LINE, ACTIVITY.OCCURRED_AT,
                    ACTIVITY.CAMPAIGN, ACTIVITY.FORM_TEXT));
            followUps = add(connection, insertSql(dsl, SALES_FOLLOW_UP, SALES_FOLLOW_UP.ID,
                    SALES_FOLLOW_UP.CONTACT_ID, SALES_FOLLOW_UP.KIND, SALES_FOLLOW_UP.OCCURRED_AT,
                    SALES_FOLLOW_UP.AMOUNT, SALES_FOLLOW_UP.NOTE));
        }

        private StatementBatches.Batch add(Connection connection, String sql) throws SQLException {
            return batches.add(connection.prepareStatement(sql));
        }

        @Override
        public void account(Account a) {
            accounts.row(a.id(), a.domain(), a.name(), a.industry(), a.employees(), a.annualRevenue(), a.country(),
                    a.region(), a.customer(), a.competitor(), a.accountManager());
            for (Map.Entry<String, String> f : a.customFields().entrySet()) {
                accountFields.row(a.id(), f.getKey(), f.getValue());
            }
            flushWhenFull();
        }

        @Override
        public void contact(Contact c) {
            contacts.row(c.id(), c.externalId(), c.email(), c.firstName(), c.lastName(), c.jobTitle(), c.phone(),
                    c.country(), c.ipCountry(), c.source(), c.campaign(), Times.toMillis(c.createdAt()), c.owner(),
                    c.accountId());
            for (Map.Entry<String, String> f : c.customFields().entrySet()) {
                contactFields.row(c.id(), f.getKey(), f.getValue());
            }
            flushWhenFull();
        }

        @Override
        public void activity(Activity a) {
            activities.row(a.id() == 0 ? null : a.id(), a.contactId(), a.type().name(), a.asset(), a.assetKind(),
                    a.productLine(), Times.toMillis(a.occurredAt()), a.campaign(), a.formText());
            flushWhenFull();
        }

        @Override
        public void followUp(SalesFollowUp f) {
            followUps.row(f.id() == 0 ? null : f.id(), f.contactId(), f.kind().name(), Times.toMillis(f.at()),
                    f.amount(), f.note());
            flushWhenFull();
        }

        private void flushWhenFull() {
            batches.flushWhenFull();
        }

        void flush() {
            batches.flush();
        }

        @Override
        public void close() throws SQLException {
            batches.close();
        }
    }
}
