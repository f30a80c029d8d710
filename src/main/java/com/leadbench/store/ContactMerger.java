package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.AUDIT_LOG;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;
import static com.leadbench.store.jooq.Tables.LEAD_DECISION;
import static com.leadbench.store.jooq.Tables.REVIEW_NOTE;
import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;
import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;

import com.leadbench.format.MergeJson;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.MovedRows;
import com.leadbench.scoring.policy.SalesStages;
import com.leadbench.store.jooq.tables.records.ContactRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * Merges duplicate contacts and undoes merges, with the audit log as the record of both.
 *
 * <p>A merge keeps one contact and deletes the other, but first moves the other's activities,
 * sales follow-ups, stage transitions and review notes to the kept one, fills the kept contact's
 * empty fields from it and adds the custom fields it lacks (the kept contact's values win). The
 * merged contact's full row, its custom fields, the filled fields with their values before and the
 * ids of every moved row go into the "merge" audit line as JSON ({@link MergeJson}), so that
 * {@link #undo} can put everything back; an undo appends an "unmerge" line and deletes nothing.
 * Each runs in one transaction: it lands whole or not at all.
 *
 * <p>Stages: a stage sales reported (Accepted, Rejected, Won, Lost) is never lost in a merge. If the
 * kept contact has one, it stays its stage; if only the merged one has one, the kept contact takes
 * it over. Either is recorded as an appended transition when the moved history would otherwise say
 * something else. Other stages follow from rescoring the merged record.
 *
 * <p>A custom field without a value (SQL null) carries nothing and is not kept.
 */
public final class ContactMerger {

    public static final String MERGE = "merge";
    public static final String UNMERGE = "unmerge";
    private static final String ENTITY = "contact";

    /** The contact columns a merge may fill, in table order; account_id is filled too (below). */
    private static final List<TableField<ContactRecord, String>> TEXT_COLUMNS = List.of(CONTACT.EXTERNAL_ID, CONTACT.EMAIL,
            CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.PHONE, CONTACT.COUNTRY, CONTACT.IP_COUNTRY,
            CONTACT.SOURCE, CONTACT.CAMPAIGN, CONTACT.OWNER);
    private static final String ACCOUNT_ID = CONTACT.ACCOUNT_ID.getName();

    /** The tables whose rows belong to a contact, each with its id and contact_id columns. */
    private record Owned(Table<?> table, TableField<?, Integer> id, TableField<?, Integer> contactId) {
    }

    private static final Owned ACTIVITIES = new Owned(ACTIVITY, ACTIVITY.ID, ACTIVITY.CONTACT_ID);
    private static final Owned FOLLOW_UPS = new Owned(SALES_FOLLOW_UP, SALES_FOLLOW_UP.ID, SALES_FOLLOW_UP.CONTACT_ID);
    private static final Owned TRANSITIONS = new Owned(STAGE_TRANSITION, STAGE_TRANSITION.ID, STAGE_TRANSITION.CONTACT_ID);
    private static final Owned NOTES = new Owned(REVIEW_NOTE, REVIEW_NOTE.ID, REVIEW_NOTE.CONTACT_ID);
    private static final Owned DECISIONS = new Owned(LEAD_DECISION, LEAD_DECISION.ID, LEAD_DECISION.CONTACT_ID);

    private final Database database;
    private final AuditRepository audit;

    public ContactMerger(Database database) {
        this.database = database;
        this.audit = new AuditRepository(database);
    }

    // ------------------------------------------------------------------ merge

    /**
     * Merges contact {@code mergedId} into {@code keptId} and returns what was recorded. Refuses,
     * changing nothing, a contact merged into itself or an id that does not exist.
     *
     * @param reason why the two are the same person ("Same email"), kept in the audit line; may be null
     */
    public MergeRecord merge(long keptId, long mergedId, String reason, String actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (keptId == mergedId) {
            throw new IllegalArgumentException("contact #" + keptId + " cannot be merged into itself");
        }
        return database.transaction(() -> {
            DSLContext dsl = database.dsl();
            ContactRecord kept = row(dsl, keptId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + keptId));
            ContactRecord merged = row(dsl, mergedId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + mergedId));
            Map<String, String> keptCustom = customFields(dsl, keptId, true);
            Contact snapshot = toContact(merged, customFields(dsl, mergedId, false));
            LifecycleStage keptStage = currentStage(dsl, keptId).orElse(null);
            LifecycleStage mergedStage = currentStage(dsl, mergedId).orElse(null);

            MovedRows moved = new MovedRows(ids(dsl, ACTIVITIES, mergedId), ids(dsl, FOLLOW_UPS, mergedId),
                    ids(dsl, TRANSITIONS, mergedId), ids(dsl, NOTES, mergedId), ids(dsl, DECISIONS, mergedId));
            List<FieldFill> fills = fills(kept, merged, keptCustom, snapshot.customFields());

            for (Owned owned : List.of(ACTIVITIES, FOLLOW_UPS, TRANSITIONS, NOTES, DECISIONS)) {
                moveAll(dsl, owned, mergedId, keptId);
            }
            // the merged row goes first: its external id may be one of the fills, and that column is unique
            dsl.deleteFrom(CONTACT).where(CONTACT.ID.eq((int) mergedId)).execute();
            for (FieldFill fill : fills) {
                write(dsl, keptId, fill, fill.after());
            }

            Long appended = null;
            LifecycleStage combined = currentStage(dsl, keptId).orElse(LifecycleStage.CONTACT);
            LifecycleStage wanted = isSales(keptStage) ? keptStage : isSales(mergedStage) ? mergedStage : null;
            if (wanted != null && combined != wanted) {
                appended = appendTransition(dsl, keptId, combined, wanted, at, "Merge of contact #" + mergedId + " into #" + keptId
                        + ": " + wanted.label() + " as reported by sales on " + (wanted == keptStage ? "the kept" : "the merged") + " record");
            }
            String keptName = displayName(kept);
            MergeRecord record = new MergeRecord(0, at, actor, keptId, keptName, snapshot, fills, moved, keptStage, appended, reason, null);
            long auditId = audit.append(new AuditEntry(0, at, actor, MERGE, ENTITY, keptId, MergeJson.write(record)));
            return record.withAuditId(auditId);
        });
    }

    /** The empty fields of the kept contact the merged one has values for, and the custom fields it lacks. */
    private static List<FieldFill> fills(ContactRecord kept, ContactRecord merged, Map<String, String> keptCustom,
                                         Map<String, String> mergedCustom) {
        List<FieldFill> fills = new ArrayList<>();
        for (TableField<ContactRecord, String> column : TEXT_COLUMNS) {
            String mine = kept.get(column);
            String theirs = merged.get(column);
            if (blank(mine) && !blank(theirs)) {
                fills.add(new FieldFill(column.getName(), false, true, mine, theirs));
            }
        }
        if (kept.getAccountId() == null && merged.getAccountId() != null) {
            fills.add(new FieldFill(ACCOUNT_ID, false, true, null, merged.getAccountId().toString()));
        }
        mergedCustom.forEach((name, theirs) -> {
            if (!keptCustom.containsKey(name)) {
                fills.add(new FieldFill(name, true, false, null, theirs));
            } else if (blank(keptCustom.get(name)) && !blank(theirs)) {
                fills.add(new FieldFill(name, true, true, keptCustom.get(name), theirs));
            }
        });
        return fills;
    }

    // ------------------------------------------------------------------ undo

    /**
     * Undoes the merge recorded in audit line {@code mergeAuditId}: the merged contact comes back
     * with its id and fields, the recorded rows move back to it, the kept contact's filled fields get
     * their values before (unless they were changed since: those are left and named in the audit
     * line), and an "unmerge" line is appended. Refuses, changing nothing, a line that is not a merge,
     * a merge already undone, a kept contact that no longer exists (undo the later merge first), an id
     * taken since, or rows that no longer belong to the kept contact.
     */
    public MergeRecord undo(long mergeAuditId, String actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        return database.transaction(() -> {
            DSLContext dsl = database.dsl();
            MergeRecord m = find(mergeAuditId).orElseThrow(() ->
                    new IllegalArgumentException("audit line #" + mergeAuditId + " is not a merge of contacts"));
            if (m.undone()) {
                throw new IllegalStateException("the merge of #" + m.mergedId() + " into #" + m.keptId() + " was already undone on " + m.undoneAt());
            }
            long keptId = m.keptId();
            long mergedId = m.mergedId();
            if (row(dsl, keptId).isEmpty()) {
                throw new IllegalStateException("contact #" + keptId + " no longer exists; undo the merge that removed it first");
            }
            if (row(dsl, mergedId).isPresent()) {
                throw new IllegalStateException("contact id #" + mergedId + " has been given to another contact since; the merged contact cannot get it back");
            }

            List<String> restored = new ArrayList<>();
            List<String> leftAsIs = new ArrayList<>();
            ContactRecord kept = row(dsl, keptId).orElseThrow();
            Map<String, String> keptCustom = customFields(dsl, keptId, true);
            for (FieldFill fill : m.filled()) {
                String now = fill.custom() ? keptCustom.get(fill.field()) : columnValue(kept, fill.field());
                boolean present = !fill.custom() || keptCustom.containsKey(fill.field());
                if (present && fill.after().equals(now)) {
                    write(dsl, keptId, fill, fill.before());
                    restored.add(label(fill));
                } else {
                    leftAsIs.add(label(fill));
                }
            }

            Contact c = m.merged();
            String externalId = c.externalId();
            if (externalId != null && dsl.fetchExists(CONTACT, CONTACT.EXTERNAL_ID.eq(externalId))) {
                throw new IllegalStateException("external id " + externalId + " of contact #" + mergedId + " is used by another contact now");
            }
            insert(dsl, c);

            MovedRows moved = m.moved();
            moveBack(dsl, ACTIVITIES, moved.activities(), keptId, mergedId);
            moveBack(dsl, FOLLOW_UPS, moved.followUps(), keptId, mergedId);
            moveBack(dsl, TRANSITIONS, moved.transitions(), keptId, mergedId);
            moveBack(dsl, NOTES, moved.reviewNotes(), keptId, mergedId);
            moveBack(dsl, DECISIONS, moved.decisions(), keptId, mergedId);

            Long appended = null;
            LifecycleStage before = m.keptStageBefore() == null ? LifecycleStage.CONTACT : m.keptStageBefore();
            LifecycleStage now = currentStage(dsl, keptId).orElse(LifecycleStage.CONTACT);
            if (now != before && (isSales(now) || isSales(before))) {
                appended = appendTransition(dsl, keptId, now, before, at,
                        "Undo of the merge of contact #" + mergedId + " into #" + keptId + ": stage before the merge");
            }
            audit.append(new AuditEntry(0, at, actor, UNMERGE, ENTITY, keptId, MergeJson.writeUndo(
                    new MergeJson.Undo(mergeAuditId, keptId, mergedId, restored, leftAsIs, appended))));
            return m.undoneAt(at);
        });
    }

    private static String label(FieldFill fill) {
        return fill.custom() ? "custom:" + fill.field() : fill.field();
    }

    private static void moveBack(DSLContext dsl, Owned owned, List<Long> ids, long keptId, long mergedId) {
        if (ids.isEmpty()) {
            return;
        }
        int moved = dsl.update(owned.table())
                .set(owned.contactId(), (int) mergedId)
                .where(owned.id().in(ids.stream().map(Long::intValue).toList()))
                .and(owned.contactId().eq((int) keptId))
                .execute();
        if (moved != ids.size()) {
            throw new IllegalStateException((ids.size() - moved) + " of the " + ids.size() + " " + owned.table().getName()
                    + " rows the merge moved no longer belong to contact #" + keptId + "; nothing was undone");
        }
    }

    // ------------------------------------------------------------------ history

    /** Every merge of contacts in the audit log, newest first, with the undone ones marked. */
    public List<MergeRecord> history() {
        return history(null);
    }

    /** The merge recorded in audit line {@code auditId}, marked if it was undone. */
    public Optional<MergeRecord> find(long auditId) {
        return history(auditId).stream().findFirst();
    }

    private List<MergeRecord> history(Long onlyId) {
        var query = database.dsl()
                .select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(ENTITY))
                .and(onlyId == null ? AUDIT_LOG.ACTION.in(MERGE, UNMERGE)
                        : AUDIT_LOG.ID.eq(onlyId.intValue()).and(AUDIT_LOG.ACTION.eq(MERGE)).or(AUDIT_LOG.ACTION.eq(UNMERGE)))
                .orderBy(AUDIT_LOG.ID.desc());
        Map<Long, Instant> undone = new HashMap<>();
        List<MergeRecord> merges = new ArrayList<>();
        for (Record r : query.fetch()) {
            String detail = r.get(AUDIT_LOG.DETAIL);
            Instant at = Times.fromMillis(r.get(AUDIT_LOG.OCCURRED_AT));
            try {
                if (UNMERGE.equals(r.get(AUDIT_LOG.ACTION))) {
                    undone.putIfAbsent(MergeJson.readUndo(detail).undoes(), at);
                } else {
                    merges.add(MergeJson.read(detail, r.get(AUDIT_LOG.ID), at, r.get(AUDIT_LOG.ACTOR)));
                }
            } catch (IllegalArgumentException notOurs) {
                // an audit line about contacts written by something else: not a merge this class can undo
            }
        }
        return merges.stream().map(m -> undone.containsKey(m.auditId()) ? m.undoneAt(undone.get(m.auditId())) : m).toList();
    }

    // ------------------------------------------------------------------ rows

    private static Optional<ContactRecord> row(DSLContext dsl, long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq((int) id)).fetchOptional();
    }

    /** A contact's custom fields by name; with {@code withNulls}, fields without a value too. */
    private static Map<String, String> customFields(DSLContext dsl, long contactId, boolean withNulls) {
        Map<String, String> fields = new LinkedHashMap<>();
        dsl.select(CONTACT_FIELD.FIELD_NAME, CONTACT_FIELD.FIELD_VALUE)
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

    private static List<Long> ids(DSLContext dsl, Owned owned, long contactId) {
        return dsl.select(owned.id()).from(owned.table()).where(owned.contactId().eq((int) contactId)).orderBy(owned.id())
                .fetch(r -> r.value1().longValue());
    }

    private static void moveAll(DSLContext dsl, Owned owned, long from, long to) {
        dsl.update(owned.table()).set(owned.contactId(), (int) to).where(owned.contactId().eq((int) from)).execute();
    }

    private static Optional<LifecycleStage> currentStage(DSLContext dsl, long contactId) {
        return dsl.select(STAGE_TRANSITION.TO_STAGE).from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.CONTACT_ID.eq((int) contactId))
                .orderBy(STAGE_TRANSITION.ID.desc())
                .limit(1)
                .fetchOptional(r -> LifecycleStage.valueOf(r.value1()));
    }

    private static long appendTransition(DSLContext dsl, long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause) {
        return dsl.insertInto(STAGE_TRANSITION)
                .set(STAGE_TRANSITION.CONTACT_ID, (int) contactId)
                .set(STAGE_TRANSITION.FROM_STAGE, from.name())
                .set(STAGE_TRANSITION.TO_STAGE, to.name())
                .set(STAGE_TRANSITION.OCCURRED_AT, Times.toMillis(at))
                .set(STAGE_TRANSITION.CAUSE, cause)
                .returningResult(STAGE_TRANSITION.ID)
                .fetchOne(STAGE_TRANSITION.ID);
    }

    /** Writes {@code value} into the kept contact's field of {@code fill}; a null value of a field that did not exist removes it. */
    private static void write(DSLContext dsl, long contactId, FieldFill fill, String value) {
        if (!fill.custom()) {
            if (fill.field().equals(ACCOUNT_ID)) {
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

    private static TableField<ContactRecord, String> textColumn(String name) {
        for (TableField<ContactRecord, String> column : TEXT_COLUMNS) {
            if (column.getName().equals(name)) {
                return column;
            }
        }
        throw new IllegalArgumentException("a merge does not fill contact column " + name);
    }

    private static String columnValue(ContactRecord r, String name) {
        if (name.equals(ACCOUNT_ID)) {
            return r.getAccountId() == null ? null : r.getAccountId().toString();
        }
        return r.get(textColumn(name));
    }

    /** Puts a merged contact back with its own id. */
    private static void insert(DSLContext dsl, Contact c) {
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

    private static Contact toContact(ContactRecord r, Map<String, String> custom) {
        return new Contact(r.getId(), r.getExternalId(), r.getEmail(), r.getFirstName(), r.getLastName(), r.getJobTitle(),
                r.getPhone(), r.getCountry(), r.getIpCountry(), r.getSource(), r.getCampaign(), Times.fromMillis(r.getCreatedAt()),
                r.getOwner(), r.getAccountId() == null ? null : r.getAccountId().longValue(), custom);
    }

    private static String displayName(ContactRecord r) {
        return toContact(r, Map.of()).displayName();
    }

    private static boolean isSales(LifecycleStage stage) {
        return SalesStages.reported(stage);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
