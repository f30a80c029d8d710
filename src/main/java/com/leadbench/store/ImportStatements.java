package com.leadbench.store;

import com.leadbench.importing.AccountValues;
import com.leadbench.importing.ContactValues;
import com.leadbench.importing.ImportWrites;
import com.leadbench.model.Activity;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The writes of one import as batched prepared statements on the import's connection, flushed
 * parents first so that foreign keys always find their rows. New activities and follow-ups are told
 * from stored ones by what was loaded up front: follow-ups by their exact keys, activities by a
 * fingerprint of contact and time (and those this import added by their full identity); only a hit
 * is checked with a query.
 */
final class ImportStatements implements ImportWrites, AutoCloseable {

    /** From this many new activities on, loading without the activity indexes pays (see {@link #dropActivityIndexes}). */
    static final long BULK_ACTIVITIES = 50_000;
    /**
     * The indexes are dropped only when this many first rows matched nothing stored: a file that
     * is being imported again matches at once, and would need them back for every row.
     */
    static final int PROBE_ACTIVITIES = 4_096;

    private final Connection connection;
    private final StatementBatches batches = new StatementBatches("import write failed");
    private final StatementBatches.Batch accountInserts;
    private final StatementBatches.Batch accountUpdates;
    private final StatementBatches.Batch contactInserts;
    private final StatementBatches.Batch contactUpdates;
    private final StatementBatches.Batch contactFields;
    private final StatementBatches.Batch accountFields;
    private final StatementBatches.Batch activityInserts;
    private final StatementBatches.Batch followUpInserts;
    private final PreparedStatement activityUpdate;
    private final PreparedStatement followUpUpdate;
    private final long expectedActivities;
    /** Contact and time of every activity stored before the import: a row that hits one is checked exactly. */
    private Fingerprints stored;
    /** The full identity (contact, time, type, asset) of every activity this import added. */
    private Fingerprints added;
    private boolean bulk;
    private long activitiesSeen;
    private long activityHits;
    private Set<FollowUpKey> followUps;
    /** Contact and kind of every follow-up stored or added (contact id * 8 + kind ordinal). */
    private Set<Long> followUpKinds;
    /** The activity indexes dropped for a large load, to be created again before the end; empty when none are. */
    private List<String> droppedIndexes = List.of();
    /**
     * The change log's trigger on new activities, dropped with the indexes (its SQL), and the
     * highest activity id before: the contacts of the activities added since are logged in one
     * statement when it is created again (ADR 0013). Null when it is in place.
     */
    private String droppedLogTrigger;
    private long activitiesBefore;

    private record FollowUpKey(long contactId, FollowUpKind kind, long at) {
    }

    /**
     * @param expectedActivities about how many activities the import will add: when that is large
     *     next to what is stored, the activity indexes are dropped while loading and built again at
     *     the end (within the transaction), which is faster than inserting into them row by row
     */
    ImportStatements(Connection connection, long expectedActivities) throws SQLException {
        this.connection = connection;
        this.expectedActivities = expectedActivities;
        accountInserts = batch("INSERT INTO account (id, domain, name, industry, employees, annual_revenue, country, region,"
                + " is_customer, is_competitor, account_manager) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
        accountUpdates = batch("UPDATE account SET domain = coalesce(?, domain), name = coalesce(?, name),"
                + " industry = coalesce(?, industry), employees = coalesce(?, employees),"
                + " annual_revenue = coalesce(?, annual_revenue), country = coalesce(?, country), region = coalesce(?, region),"
                + " is_customer = coalesce(?, is_customer), account_manager = coalesce(?, account_manager) WHERE id = ?");
        contactInserts = batch("INSERT INTO contact (id, external_id, email, first_name, last_name, job_title, phone, country,"
                + " ip_country, source, campaign, created_at, owner, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        contactUpdates = batch("UPDATE contact SET external_id = coalesce(?, external_id), email = coalesce(?, email),"
                + " first_name = coalesce(?, first_name), last_name = coalesce(?, last_name), job_title = coalesce(?, job_title),"
                + " phone = coalesce(?, phone), country = coalesce(?, country), ip_country = coalesce(?, ip_country),"
                + " source = coalesce(?, source), campaign = coalesce(?, campaign), created_at = coalesce(?, created_at),"
                + " owner = coalesce(?, owner), account_id = coalesce(?, account_id) WHERE id = ?");
        contactFields = batch("INSERT INTO contact_field (contact_id, field_name, field_value) VALUES (?, ?, ?)"
                + " ON CONFLICT (contact_id, field_name) DO UPDATE SET field_value = excluded.field_value");
        accountFields = batch("INSERT INTO account_field (account_id, field_name, field_value) VALUES (?, ?, ?)"
                + " ON CONFLICT (account_id, field_name) DO UPDATE SET field_value = excluded.field_value");
        activityInserts = batch("INSERT INTO activity (contact_id, type, asset, asset_kind, product_line, occurred_at, campaign,"
                + " form_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        followUpInserts = batch("INSERT INTO sales_follow_up (contact_id, kind, occurred_at, amount, note) VALUES (?, ?, ?, ?, ?)");
        activityUpdate = connection.prepareStatement("UPDATE activity SET asset_kind = coalesce(?, asset_kind),"
                + " product_line = coalesce(?, product_line), campaign = coalesce(?, campaign), form_text = coalesce(?, form_text)"
                + " WHERE contact_id = ? AND occurred_at = ? AND type = ? AND asset IS ?");
        followUpUpdate = connection.prepareStatement("UPDATE sales_follow_up SET amount = coalesce(?, amount),"
                + " note = coalesce(?, note) WHERE contact_id = ? AND kind = ? AND occurred_at = ?");
    }

    private StatementBatches.Batch batch(String sql) throws SQLException {
        StatementBatches.Batch b = batches.add(connection.prepareStatement(sql));
        return b;
    }

    @Override
    public void insertAccount(long id, AccountValues a) {
        accountInserts.row(id, a.domain(), a.name(), a.industry(), a.employees(), a.annualRevenue(), a.country(), a.region(),
                Boolean.TRUE.equals(a.customer()), a.accountManager());
        flushWhenFull();
    }

    @Override
    public void updateAccount(long id, AccountValues a) {
        accountUpdates.row(a.domain(), a.name(), a.industry(), a.employees(), a.annualRevenue(), a.country(), a.region(),
                a.customer(), a.accountManager(), id);
        flushWhenFull();
    }

    @Override
    public void insertContact(long id, ContactValues c) {
        contactInserts.row(id, c.externalId(), c.email(), c.firstName(), c.lastName(), c.jobTitle(), c.phone(), c.country(),
                c.ipCountry(), c.source(), c.campaign(), Times.toMillis(c.createdAt()), c.owner(), c.accountId());
        flushWhenFull();
    }

    @Override
    public void updateContact(long id, ContactValues c) {
        contactUpdates.row(c.externalId(), c.email(), c.firstName(), c.lastName(), c.jobTitle(), c.phone(), c.country(),
                c.ipCountry(), c.source(), c.campaign(), Times.toMillis(c.createdAt()), c.owner(), c.accountId(), id);
        flushWhenFull();
    }

    @Override
    public void contactField(long contactId, String name, String value) {
        contactFields.row(contactId, name, value);
        flushWhenFull();
    }

    @Override
    public void accountField(long accountId, String name, String value) {
        accountFields.row(accountId, name, value);
        flushWhenFull();
    }

    @Override
    public boolean activity(Activity a) {
        if (stored == null) {
            stored = loadStoredActivities();
            added = new Fingerprints((int) Math.min(1 << 26, Math.max(expectedActivities, 1_024)));
            bulk = expectedActivities >= BULK_ACTIVITIES && expectedActivities * 3 >= stored.size();
        }
        if (bulk && ++activitiesSeen == PROBE_ACTIVITIES) {
            bulk = false;
            if (activityHits == 0) {
                dropActivityIndexes();
            }
        }
        long at = a.occurredAt().toEpochMilli();
        String type = a.type().name();
        long identity = Fingerprints.of(a.contactId(), at, type, a.asset());
        if (added.contains(identity) || stored.contains(Fingerprints.of(a.contactId(), at))) {
            activityHits++;
            flush();
            restoreIndexes();
            if (execute(activityUpdate, a.assetKind(), a.productLine(), a.campaign(), a.formText(), a.contactId(), at, type,
                    a.asset()) > 0) {
                return false;
            }
        }
        added.add(identity);
        activityInserts.row(a.contactId(), type, a.asset(), a.assetKind(), a.productLine(), at, a.campaign(), a.formText());
        flushWhenFull();
        return true;
    }

    @Override
    public boolean followUp(SalesFollowUp f) {
        if (followUps == null) {
            loadFollowUpKeys();
        }
        followUpKinds.add(kindKey(f.contactId(), f.kind()));
        long at = f.at().toEpochMilli();
        if (!followUps.add(new FollowUpKey(f.contactId(), f.kind(), at))) {
            flush();
            execute(followUpUpdate, f.amount(), f.note(), f.contactId(), f.kind().name(), at);
            return false;
        }
        followUpInserts.row(f.contactId(), f.kind().name(), at, f.amount(), f.note());
        flushWhenFull();
        return true;
    }

    @Override
    public boolean firstFollowUp(SalesFollowUp f) {
        if (followUps == null) {
            loadFollowUpKeys();
        }
        if (followUpKinds.contains(kindKey(f.contactId(), f.kind()))) {
            return false;
        }
        return followUp(f);
    }

    private static long kindKey(long contactId, FollowUpKind kind) {
        return contactId * 8 + kind.ordinal();
    }

    /**
     * Drops the activity table's indexes (remembering their SQL) for a bulk load: inserting a
     * million activities of random contacts into the (contact, time) index costs more than building
     * it again afterwards. Inside the import's transaction, so a rollback restores them.
     */
    private void dropActivityIndexes() {
        flush();
        List<String> names = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                sql.add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the activity indexes: " + e.getMessage(), e);
        }
        try (java.sql.Statement st = connection.createStatement()) {
            for (String name : names) {
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot drop the activity indexes: " + e.getMessage(), e);
        }
        droppedIndexes = List.copyOf(sql);
        // logging each new activity's contact one row at a time costs ~2 µs a row: one statement at the end does it
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT sql, (SELECT coalesce(max(id), 0) FROM activity) FROM sqlite_master WHERE type = 'trigger' AND name = 'activity_inserted'");
             ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                droppedLogTrigger = rs.getString(1);
                activitiesBefore = rs.getLong(2);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the change log's trigger: " + e.getMessage(), e);
        }
        if (droppedLogTrigger != null) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("DROP TRIGGER activity_inserted");
            } catch (SQLException e) {
                throw new StoreException("cannot drop the change log's trigger: " + e.getMessage(), e);
            }
        }
    }

    /** Builds the dropped indexes again: at the end, or as soon as a row must be matched against stored activities. */
    private void restoreIndexes() {
        if (droppedIndexes.isEmpty()) {
            return;
        }
        flush();
        try (java.sql.Statement st = connection.createStatement()) {
            for (String sql : droppedIndexes) {
                st.execute(sql);
            }
            if (droppedLogTrigger != null) {
                // new rows get ids above the highest before: their contacts are the ones to log
                st.execute("INSERT INTO changed_contact SELECT DISTINCT contact_id FROM activity WHERE id > " + activitiesBefore
                        + " AND contact_id NOT IN (SELECT contact_id FROM changed_contact)");
                st.execute(droppedLogTrigger);
                droppedLogTrigger = null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create the activity indexes again: " + e.getMessage(), e);
        }
        droppedIndexes = List.of();
    }

    /** Writes what is pending and restores what a bulk load dropped; the import can then commit. */
    void finish() {
        flush();
        restoreIndexes();
    }

    /** The contact and time of every stored activity, as fingerprints. */
    private Fingerprints loadStoredActivities() {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM activity");
             ResultSet n = count.executeQuery()) {
            Fingerprints set = new Fingerprints((int) Math.min(1 << 26, n.next() ? n.getLong(1) : 0));
            try (PreparedStatement st = connection.prepareStatement(Fingerprints.STORED); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    set.add(Fingerprints.of(rs.getLong(1), rs.getLong(2)));
                }
            }
            return set;
        } catch (SQLException e) {
            throw new StoreException("cannot read the stored activities: " + e.getMessage(), e);
        }
    }

    private void loadFollowUpKeys() {
        followUps = new HashSet<>();
        followUpKinds = new HashSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT contact_id, kind, occurred_at FROM sales_follow_up");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                FollowUpKind kind = FollowUpKind.valueOf(rs.getString(2));
                followUps.add(new FollowUpKey(rs.getLong(1), kind, rs.getLong(3)));
                followUpKinds.add(kindKey(rs.getLong(1), kind));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the stored follow-ups: " + e.getMessage(), e);
        }
    }

    private static int execute(PreparedStatement st, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                StatementBatches.bind(st, i + 1, values[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseErrors.failed("import write failed", e);
        }
    }

    /** Flushes every batch, parents first, once any of them is full. */
    private void flushWhenFull() {
        batches.flushWhenFull();
    }

    void flush() {
        batches.flush();
    }

    @Override
    public void close() throws SQLException {
        batches.close();
        activityUpdate.close();
        followUpUpdate.close();
    }
}
