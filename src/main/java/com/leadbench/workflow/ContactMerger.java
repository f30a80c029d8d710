package com.leadbench.workflow;

import com.leadbench.format.MergeJson;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.MovedRows;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.policy.MergePlan;
import com.leadbench.scoring.policy.SalesStages;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.OwnedByContact;
import com.leadbench.store.ReviewNoteRepository;
import com.leadbench.store.StageTransitionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    public static final String MERGE = AuditRepository.MERGE;
    public static final String UNMERGE = "unmerge";
    private static final String ENTITY = "contact";

    private final Database database;
    private final AuditRepository audit;
    private final LeadRepository contacts;
    private final StageTransitionRepository stages;
    private final OwnedByContact activities;
    private final OwnedByContact followUps;
    private final OwnedByContact notes;
    private final OwnedByContact decisions;
    private final OwnedByContact transitions;

    public ContactMerger(Database database) {
        this.database = database;
        this.audit = new AuditRepository(database);
        this.contacts = new LeadRepository(database);
        this.stages = new StageTransitionRepository(database);
        this.activities = new ActivityRepository(database).owned();
        this.followUps = new FollowUpRepository(database).owned();
        this.notes = new ReviewNoteRepository(database).owned();
        this.decisions = new LeadDecisionRepository(database).owned();
        this.transitions = stages.owned();
    }

    /** The repositories of the rows a merge moves, in the order it moves them. */
    private List<OwnedByContact> owned() {
        return List.of(activities, followUps, transitions, notes, decisions);
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
            Contact kept = contacts.contactRow(keptId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + keptId));
            Contact merged = contacts.contactRow(mergedId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + mergedId));
            Map<String, String> keptCustom = contacts.customFields(keptId, true);
            Contact snapshot = withCustomFields(merged, contacts.customFields(mergedId, false));
            LifecycleStage keptStage = stages.lastAppendedStage(keptId).orElse(null);
            LifecycleStage mergedStage = stages.lastAppendedStage(mergedId).orElse(null);

            MovedRows moved = new MovedRows(activities.idsOf(mergedId), followUps.idsOf(mergedId),
                    transitions.idsOf(mergedId), notes.idsOf(mergedId), decisions.idsOf(mergedId));
            List<FieldFill> fills = MergePlan.fills(kept, keptCustom, merged, snapshot.customFields());

            for (OwnedByContact rows : owned()) {
                rows.moveAll(mergedId, keptId);
            }
            // the merged row goes first: its external id may be one of the fills, and that column is unique
            contacts.delete(mergedId);
            for (FieldFill fill : fills) {
                contacts.writeField(keptId, fill, fill.after());
            }

            Long appended = null;
            LifecycleStage combined = stages.lastAppendedStage(keptId).orElse(LifecycleStage.CONTACT);
            LifecycleStage wanted = isSales(keptStage) ? keptStage : isSales(mergedStage) ? mergedStage : null;
            if (wanted != null && combined != wanted) {
                appended = appendTransition(keptId, combined, wanted, at, "Merge of contact #" + mergedId + " into #" + keptId
                        + ": " + wanted.label() + " as reported by sales on " + (wanted == keptStage ? "the kept" : "the merged") + " record");
            }
            String keptName = kept.displayName();
            MergeRecord record = new MergeRecord(0, at, actor, keptId, keptName, snapshot, fills, moved, keptStage, appended, reason, null);
            long auditId = audit.append(new AuditEntry(0, at, actor, MERGE, ENTITY, keptId, MergeJson.write(record)));
            return record.withAuditId(auditId);
        });
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
            MergeRecord m = find(mergeAuditId).orElseThrow(() ->
                    new IllegalArgumentException("audit line #" + mergeAuditId + " is not a merge of contacts"));
            if (m.undone()) {
                throw new IllegalStateException("the merge of #" + m.mergedId() + " into #" + m.keptId() + " was already undone on " + m.undoneAt());
            }
            long keptId = m.keptId();
            long mergedId = m.mergedId();
            if (contacts.contactRow(keptId).isEmpty()) {
                throw new IllegalStateException("contact #" + keptId + " no longer exists; undo the merge that removed it first");
            }
            if (contacts.contactRow(mergedId).isPresent()) {
                throw new IllegalStateException("contact id #" + mergedId + " has been given to another contact since; the merged contact cannot get it back");
            }

            List<String> restored = new ArrayList<>();
            List<String> leftAsIs = new ArrayList<>();
            Contact kept = contacts.contactRow(keptId).orElseThrow();
            Map<String, String> keptCustom = contacts.customFields(keptId, true);
            for (FieldFill fill : m.filled()) {
                String now = fill.custom() ? keptCustom.get(fill.field()) : MergePlan.value(kept, fill.field());
                boolean present = !fill.custom() || keptCustom.containsKey(fill.field());
                if (present && fill.after().equals(now)) {
                    contacts.writeField(keptId, fill, fill.before());
                    restored.add(label(fill));
                } else {
                    leftAsIs.add(label(fill));
                }
            }

            Contact c = m.merged();
            String externalId = c.externalId();
            if (externalId != null && contacts.externalIdTaken(externalId)) {
                throw new IllegalStateException("external id " + externalId + " of contact #" + mergedId + " is used by another contact now");
            }
            contacts.restore(c);

            MovedRows moved = m.moved();
            activities.moveBack(moved.activities(), keptId, mergedId);
            followUps.moveBack(moved.followUps(), keptId, mergedId);
            transitions.moveBack(moved.transitions(), keptId, mergedId);
            notes.moveBack(moved.reviewNotes(), keptId, mergedId);
            decisions.moveBack(moved.decisions(), keptId, mergedId);

            Long appended = null;
            LifecycleStage before = m.keptStageBefore() == null ? LifecycleStage.CONTACT : m.keptStageBefore();
            LifecycleStage now = stages.lastAppendedStage(keptId).orElse(LifecycleStage.CONTACT);
            if (now != before && (isSales(now) || isSales(before))) {
                appended = appendTransition(keptId, now, before, at,
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
        Map<Long, Instant> undone = new HashMap<>();
        List<MergeRecord> merges = new ArrayList<>();
        for (AuditEntry line : audit.about(ENTITY, List.of(MERGE, UNMERGE))) {
            if (onlyId != null && line.action().equals(MERGE) && line.id() != onlyId) {
                continue;
            }
            try {
                if (UNMERGE.equals(line.action())) {
                    undone.putIfAbsent(MergeJson.readUndo(line.detail()).undoes(), line.at());
                } else {
                    merges.add(MergeJson.read(line.detail(), line.id(), line.at(), line.actor()));
                }
            } catch (IllegalArgumentException notOurs) {
                // an audit line about contacts written by something else: not a merge this class can undo
            }
        }
        return merges.stream().map(m -> undone.containsKey(m.auditId()) ? m.undoneAt(undone.get(m.auditId())) : m).toList();
    }

    // ------------------------------------------------------------------ rows

    private long appendTransition(long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause) {
        return stages.append(new StageTransition(0, contactId, from, to, at, cause, null));
    }

    private static Contact withCustomFields(Contact c, Map<String, String> custom) {
        return new Contact(c.id(), c.externalId(), c.email(), c.firstName(), c.lastName(), c.jobTitle(), c.phone(), c.country(),
                c.ipCountry(), c.source(), c.campaign(), c.createdAt(), c.owner(), c.accountId(), custom);
    }

    private static boolean isSales(LifecycleStage stage) {
        return SalesStages.reported(stage);
    }
}
