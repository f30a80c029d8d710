package com.leadbench.workflow;

import static com.leadbench.store.StoreFixtures.account;
import static com.leadbench.store.StoreFixtures.activity;
import static com.leadbench.store.jooq.Tables.ACTIVITY;
import static com.leadbench.store.jooq.Tables.AUDIT_LOG;
import static com.leadbench.store.jooq.Tables.CONTACT;
import static com.leadbench.store.jooq.Tables.CONTACT_FIELD;
import static com.leadbench.store.jooq.Tables.LEAD_DECISION;
import static com.leadbench.store.jooq.Tables.REVIEW_NOTE;
import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;
import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.MergeJson;
import com.leadbench.model.Account;
import com.leadbench.model.ActivityType;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.store.StoreFixtures;
import com.leadbench.store.TestDsl;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging duplicate contacts and undoing it, on a real SQLite file. */
class ContactMergerTest {

    private static final Instant MERGED_AT = Instant.parse("2026-07-01T12:00:00Z");
    private static final Instant UNDONE_AT = Instant.parse("2026-07-02T12:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private LeadRepository leads;
    private ActivityRepository activities;
    private FollowUpRepository followUps;
    private StageTransitionRepository stages;
    private ContactMerger merger;
    private long kept;
    private long merged;
    private long bystander;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("merge.db"));
        leads = new LeadRepository(db);
        activities = new ActivityRepository(db);
        followUps = new FollowUpRepository(db);
        stages = new StageTransitionRepository(db);
        merger = new ContactMerger(db);

        Account acme = leads.insert(account("acme.com", Map.of()));
        Account other = leads.insert(account("other.com", Map.of()));
        // the older record: no external id, no title, a blank phone, an empty custom field
        kept = leads.insert(new Contact(0, null, "ada@acme.com", "Ada", "Lovelace", null, " ", "US", null, "Organic search",
                null, Instant.parse("2026-01-05T10:00:00Z"), null, acme.id(), Map.of("segment", "food", "origin", "")));
        // the newer record of the same person, with what the older one lacks (and a few conflicts)
        merged = leads.insert(new Contact(0, "NB-2", "ADA@acme.com", "Ada", "Lovelace", "Reliability Engineer", "+1 555 0199",
                "DE", "DE", "Trade show", "Hannover 2026", Instant.parse("2026-03-05T10:00:00Z"), "Tom Reyes", other.id(),
                Map.of("segment", "pharma", "origin", "paid_search", "lead_type", "online_big")));
        bystander = leads.insert(StoreFixtures.contact("grace@acme.com", acme.id(), Map.of()));

        activities.insert(activity(kept, ActivityType.PAGE_VIEW, "/products", "2026-02-01T09:00:00Z"));
        activities.insert(activity(kept, ActivityType.DOWNLOAD, "spec sheet", "2026-02-02T09:00:00Z"));
        activities.insert(activity(merged, ActivityType.DOWNLOAD, "CAD file", "2026-04-01T09:00:00Z"));
        activities.insert(activity(bystander, ActivityType.PAGE_VIEW, "/blog", "2026-04-01T10:00:00Z"));
        activities.insert(activity(merged, ActivityType.QUOTE_REQUEST, "/quote", "2026-04-03T09:00:00Z"));
        activities.insert(activity(merged, ActivityType.PAGE_VIEW, "/pricing", "2026-04-02T09:00:00Z"));
        followUps.insert(new SalesFollowUp(0, merged, FollowUpKind.FIRST_CONTACT, Instant.parse("2026-04-05T09:00:00Z"), null, "called"));
        followUps.insert(new SalesFollowUp(0, bystander, FollowUpKind.FIRST_CONTACT, Instant.parse("2026-04-05T09:00:00Z"), null, "x"));
        transition(kept, null, LifecycleStage.LEAD, "2026-02-01T00:00:00Z");
        transition(merged, null, LifecycleStage.LEAD, "2026-03-06T00:00:00Z");
        transition(merged, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-04-03T00:00:00Z");
        transition(bystander, null, LifecycleStage.LEAD, "2026-04-04T00:00:00Z");
        note(merged, "asked for a quote on PX-200");
        note(bystander, "not the same person");
        // the manager's decisions belong to a contact too: they move with it and back
        new LeadDecisionRepository(db).append(new com.leadbench.model.LeadDecision(0, merged,
                com.leadbench.model.DecisionKind.TIER_OVERRIDE, com.leadbench.model.Tier.A, null, "known project", Instant.parse("2026-04-04T00:00:00Z"),
                "manager"));
        new LeadDecisionRepository(db).append(new com.leadbench.model.LeadDecision(0, bystander,
                com.leadbench.model.DecisionKind.NOTE_EDITED, null, null, "call after 3 pm", Instant.parse("2026-04-04T00:00:00Z"), "manager"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void transition(long contact, LifecycleStage from, LifecycleStage to, String at) {
        stages.record(List.of(new StageTransition(0, contact, from, to, Instant.parse(at), "test", null)));
    }

    private void note(long contact, String text) {
        TestDsl.of(db).insertInto(REVIEW_NOTE).set(REVIEW_NOTE.CONTACT_ID, (int) contact)
                .set(REVIEW_NOTE.WRITTEN_AT, 1L).set(REVIEW_NOTE.AUTHOR, "manager").set(REVIEW_NOTE.TEXT, text).execute();
    }

    // ------------------------------------------------------------------ what the database holds

    private static final Map<String, TableField<?, Integer>[]> OWNED = owned();

    @SuppressWarnings("unchecked")
    private static Map<String, TableField<?, Integer>[]> owned() {
        Map<String, TableField<?, Integer>[]> m = new LinkedHashMap<>();
        m.put("activity", new TableField[] {ACTIVITY.ID, ACTIVITY.CONTACT_ID});
        m.put("sales_follow_up", new TableField[] {SALES_FOLLOW_UP.ID, SALES_FOLLOW_UP.CONTACT_ID});
        m.put("stage_transition", new TableField[] {STAGE_TRANSITION.ID, STAGE_TRANSITION.CONTACT_ID});
        m.put("review_note", new TableField[] {REVIEW_NOTE.ID, REVIEW_NOTE.CONTACT_ID});
        m.put("lead_decision", new TableField[] {LEAD_DECISION.ID, LEAD_DECISION.CONTACT_ID});
        return m;
    }

    /** Per table, which contact owns each row. */
    private Map<String, Map<Integer, Integer>> ownership() {
        Map<String, Map<Integer, Integer>> out = new LinkedHashMap<>();
        OWNED.forEach((name, f) -> {
            Map<Integer, Integer> rows = new TreeMap<>();
            TestDsl.of(db).select(f[0], f[1]).from(f[0].getTable()).fetch().forEach(r -> rows.put(r.value1(), r.value2()));
            out.put(name, rows);
        });
        return out;
    }

    private int owns(String table, long contact) {
        return (int) ownership().get(table).values().stream().filter(c -> c == contact).count();
    }

    /** Every row of every table a merge touches, as text. */
    private String everything() {
        StringBuilder s = new StringBuilder();
        for (Table<?> t : List.of(CONTACT, CONTACT_FIELD, ACTIVITY, SALES_FOLLOW_UP, STAGE_TRANSITION, REVIEW_NOTE, AUDIT_LOG)) {
            s.append(t.getName()).append('\n').append(TestDsl.of(db).selectFrom(t).orderBy(t.fields()[0], t.fields()[1]).fetch().formatCSV());
        }
        return s.toString();
    }

    private List<AuditEntry> audit() {
        return new AuditRepository(db).latest(100);
    }

    // ------------------------------------------------------------------ merge

    @Test
    void mergeMovesEveryRowFillsEmptyFieldsAndDeletesTheMergedContact() {
        Map<String, Map<Integer, Integer>> before = ownership();
        assertEquals(2, owns("activity", kept));
        assertEquals(3, owns("activity", merged));
        assertEquals(0, owns("sales_follow_up", kept));
        assertEquals(1, owns("stage_transition", kept));
        assertEquals(2, owns("stage_transition", merged));
        assertEquals(1, owns("review_note", merged));
        assertEquals(1, owns("lead_decision", merged));
        long contactsBefore = leads.counts().contacts();

        MergeRecord m = merger.merge(kept, merged, "Same email", "manager", MERGED_AT);

        assertEquals(5, owns("activity", kept));
        assertEquals(1, owns("sales_follow_up", kept));
        assertEquals(3, owns("stage_transition", kept));
        assertEquals(1, owns("review_note", kept));
        assertEquals(1, owns("lead_decision", kept), "the tier override moved with the merged contact");
        for (String table : OWNED.keySet()) {
            assertEquals(0, owns(table, merged), table + " rows left on the merged contact");
            assertEquals(before.get(table).keySet(), ownership().get(table).keySet(), table + ": no row lost or added");
            assertEquals(1, owns(table, bystander), table + ": the bystander's row did not move");
        }
        assertTrue(leads.contact(merged).isEmpty(), "the merged contact is deleted");
        assertEquals(0, TestDsl.of(db).fetchCount(CONTACT_FIELD, CONTACT_FIELD.CONTACT_ID.eq((int) merged)));
        assertEquals(contactsBefore - 1, leads.counts().contacts());

        Contact after = leads.contact(kept).orElseThrow();
        assertEquals("NB-2", after.externalId(), "empty: filled");
        assertEquals("Reliability Engineer", after.jobTitle(), "empty: filled");
        assertEquals("+1 555 0199", after.phone(), "blank: filled");
        assertEquals("DE", after.ipCountry());
        assertEquals("Hannover 2026", after.campaign());
        assertEquals("Tom Reyes", after.owner());
        assertEquals("US", after.country(), "the kept contact's own value wins");
        assertEquals("ada@acme.com", after.email());
        assertEquals("Organic search", after.source());
        assertEquals(Instant.parse("2026-01-05T10:00:00Z"), after.createdAt());
        assertEquals(1L, after.accountId(), "the kept contact's company stays");
        assertEquals(Map.of("segment", "food", "origin", "paid_search", "lead_type", "online_big"), after.customFields(),
                "custom fields kept; the kept contact's value wins, an empty one is filled");

        assertEquals(java.util.Set.of("external_id", "job_title", "phone", "ip_country", "campaign", "owner"),
                m.filled().stream().filter(f -> !f.custom()).map(FieldFill::field).collect(java.util.stream.Collectors.toSet()),
                "only the kept contact's empty columns");
    }

    @Test
    void mergeWritesOneAuditLineWithTheFullSnapshot() {
        Contact mergedBefore = leads.contact(merged).orElseThrow();
        Map<String, Map<Integer, Integer>> before = ownership();
        int auditBefore = audit().size();

        MergeRecord m = merger.merge(kept, merged, "Same email", "manager", MERGED_AT);

        List<AuditEntry> lines = audit();
        assertEquals(auditBefore + 1, lines.size(), "one audit line");
        AuditEntry line = lines.getFirst();
        assertEquals("merge", line.action());
        assertEquals("contact", line.entity());
        assertEquals(kept, line.entityId());
        assertEquals(MERGED_AT, line.at());
        assertEquals(m.auditId(), line.id());

        MergeRecord read = MergeJson.read(line.detail(), line.id(), line.at(), line.actor());
        assertEquals(m, read, "the detail reads back as what the merge returned");
        assertEquals(mergedBefore, read.merged(), "the merged contact's full row and custom fields");
        assertEquals(ids(before, "activity", merged), read.moved().activities());
        assertEquals(ids(before, "sales_follow_up", merged), read.moved().followUps());
        assertEquals(ids(before, "stage_transition", merged), read.moved().transitions());
        assertEquals(ids(before, "review_note", merged), read.moved().reviewNotes());
        assertEquals(ids(before, "lead_decision", merged), read.moved().decisions());
        assertEquals(3 + 1 + 2 + 1 + 1, read.moved().total());
        assertEquals(LifecycleStage.LEAD, read.keptStageBefore());
        assertEquals("Same email", read.reason());
        assertEquals("Ada Lovelace", read.keptName());
        Map<String, FieldFill> fills = new TreeMap<>();
        read.filled().forEach(f -> fills.put((f.custom() ? "custom:" : "") + f.field(), f));
        assertEquals(List.of("campaign", "custom:lead_type", "custom:origin", "external_id", "ip_country", "job_title", "owner", "phone"),
                List.copyOf(fills.keySet()));
        assertEquals(new FieldFill("phone", false, true, " ", "+1 555 0199"), fills.get("phone"));
        assertEquals(new FieldFill("lead_type", true, false, null, "online_big"), fills.get("custom:lead_type"));
        assertEquals(new FieldFill("origin", true, true, "", "paid_search"), fills.get("custom:origin"));
        assertTrue(line.detail().contains("\"merged\":{\"id\":" + merged), line.detail());
    }

    private static List<Long> ids(Map<String, Map<Integer, Integer>> ownership, String table, long contact) {
        return ownership.get(table).entrySet().stream().filter(e -> e.getValue() == contact).map(e -> (long) e.getKey()).toList();
    }

    @Test
    void aFailedMergeChangesNothing() {
        String before = everything();
        assertThrows(IllegalArgumentException.class, () -> merger.merge(kept, kept, null, "manager", MERGED_AT));
        assertThrows(IllegalArgumentException.class, () -> merger.merge(kept, 9_999, null, "manager", MERGED_AT));
        assertThrows(IllegalArgumentException.class, () -> merger.merge(9_999, merged, null, "manager", MERGED_AT));
        assertEquals(before, everything());

        // a merge is one transaction: when its last step (the audit line) fails, the moves and the delete are undone too
        TestDsl.of(db).execute("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log full'); END");
        RuntimeException failed = assertThrows(RuntimeException.class, () -> merger.merge(kept, merged, null, "manager", MERGED_AT));
        assertTrue(failed.getMessage().contains("audit log full"), failed.getMessage());
        TestDsl.of(db).execute("DROP TRIGGER audit_full");
        assertEquals(before, everything());

        // and it joins a surrounding transaction: when the work around it fails, nothing of it stays
        assertThrows(IllegalStateException.class, () -> db.transaction(() -> {
            merger.merge(kept, merged, null, "manager", MERGED_AT);
            throw new IllegalStateException("power cut");
        }));
        assertEquals(before, everything());
        assertTrue(merger.history().isEmpty());
    }

    // ------------------------------------------------------------------ undo

    @Test
    void undoRestoresTheContactItsFieldsAndRowOwnershipExactly() {
        Contact keptBefore = leads.contact(kept).orElseThrow();
        Contact mergedBefore = leads.contact(merged).orElseThrow();
        Map<String, Map<Integer, Integer>> before = ownership();
        Map<Long, LifecycleStage> stagesBefore = stages.currentStages();

        MergeRecord m = merger.merge(kept, merged, "Same email", "manager", MERGED_AT);
        MergeRecord undone = merger.undo(m.auditId(), "manager", UNDONE_AT);

        assertEquals(UNDONE_AT, undone.undoneAt());
        assertEquals(mergedBefore, leads.contact(merged).orElseThrow(), "same id, same fields, same custom fields");
        assertEquals(keptBefore, leads.contact(kept).orElseThrow(), "the filled fields are empty again");
        assertEquals(before, ownership(), "every row belongs to whom it belonged before");
        assertEquals(stagesBefore, stages.currentStages());

        List<AuditEntry> lines = audit();
        assertEquals(List.of("unmerge", "merge"), lines.stream().map(AuditEntry::action).toList(), "the merge line is kept");
        assertEquals(m.auditId(), MergeJson.readUndo(lines.getFirst().detail()).undoes());
        List<MergeRecord> history = merger.history();
        assertEquals(1, history.size());
        assertEquals(UNDONE_AT, history.getFirst().undoneAt());
    }

    @Test
    void aMergeIsUndoneOnceAndTheDatabaseIsLeftAsItWasWhenUndoIsRefused() {
        MergeRecord m = merger.merge(kept, merged, null, "manager", MERGED_AT);
        String afterMerge = everything();
        TestDsl.of(db).execute("CREATE TRIGGER audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log full'); END");
        assertThrows(RuntimeException.class, () -> merger.undo(m.auditId(), "manager", UNDONE_AT));
        TestDsl.of(db).execute("DROP TRIGGER audit_full");
        assertEquals(afterMerge, everything(), "an undo that fails at its last step leaves the merge as it was");

        merger.undo(m.auditId(), "manager", UNDONE_AT);
        String before = everything();
        assertThrows(IllegalStateException.class, () -> merger.undo(m.auditId(), "manager", UNDONE_AT));
        assertThrows(IllegalArgumentException.class, () -> merger.undo(9_999, "manager", UNDONE_AT));
        assertEquals(before, everything());

        // merged again, then the kept contact merged into another: the first undo must wait for the second
        MergeRecord again = merger.merge(kept, merged, null, "manager", MERGED_AT);
        MergeRecord later = merger.merge(bystander, kept, null, "manager", MERGED_AT);
        String between = everything();
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> merger.undo(again.auditId(), "manager", UNDONE_AT));
        assertTrue(refused.getMessage().contains("#" + kept + " no longer exists"), refused.getMessage());
        assertEquals(between, everything());
        merger.undo(later.auditId(), "manager", UNDONE_AT);
        merger.undo(again.auditId(), "manager", UNDONE_AT);
        assertEquals(3, leads.counts().contacts());
        assertEquals(2, owns("activity", kept));
        assertEquals(3, owns("activity", merged));
    }

    @Test
    void undoLeavesAFieldChangedSinceTheMergeAndSaysSo() {
        MergeRecord m = merger.merge(kept, merged, null, "manager", MERGED_AT);
        TestDsl.of(db).update(CONTACT).set(CONTACT.JOB_TITLE, "Plant Manager").where(CONTACT.ID.eq((int) kept)).execute();
        merger.undo(m.auditId(), "manager", UNDONE_AT);

        Contact after = leads.contact(kept).orElseThrow();
        assertEquals("Plant Manager", after.jobTitle(), "changed since the merge: left as it is");
        assertNull(after.externalId(), "unchanged since the merge: restored");
        MergeJson.Undo undo = MergeJson.readUndo(audit().getFirst().detail());
        assertEquals(List.of("job_title"), undo.leftAsIs());
        assertTrue(undo.restored().contains("external_id") && undo.restored().contains("custom:lead_type"), undo.restored().toString());
    }

    // ------------------------------------------------------------------ stages

    @Test
    void aStageReportedBySalesOnTheKeptContactSurvivesTheMergedHistory() {
        transition(kept, LifecycleStage.LEAD, LifecycleStage.WON, "2026-05-01T00:00:00Z");
        transition(merged, LifecycleStage.MQL, LifecycleStage.SQL, "2026-05-02T00:00:00Z");  // a later row id

        MergeRecord m = merger.merge(kept, merged, null, "manager", MERGED_AT);
        assertEquals(LifecycleStage.WON, stages.currentStages().get(kept));
        assertTrue(m.appendedTransition() != null, "a transition says why the stage is Won again");

        merger.undo(m.auditId(), "manager", UNDONE_AT);
        assertEquals(LifecycleStage.WON, stages.currentStages().get(kept));
        assertEquals(LifecycleStage.SQL, stages.currentStages().get(merged));
    }

    @Test
    void aStageReportedBySalesOnTheMergedContactIsTakenOverAndGivenBackOnUndo() {
        transition(merged, LifecycleStage.MQL, LifecycleStage.WON, "2026-05-02T00:00:00Z");
        transition(kept, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-05-03T00:00:00Z");  // the kept one's is newer

        MergeRecord m = merger.merge(kept, merged, null, "manager", MERGED_AT);
        assertEquals(LifecycleStage.WON, stages.currentStages().get(kept));

        merger.undo(m.auditId(), "manager", UNDONE_AT);
        assertEquals(LifecycleStage.MQL, stages.currentStages().get(kept), "back to its own stage");
        assertEquals(LifecycleStage.WON, stages.currentStages().get(merged));
    }
}
