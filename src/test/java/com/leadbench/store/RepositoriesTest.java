package com.leadbench.store;

import static com.leadbench.store.StoreFixtures.account;
import static com.leadbench.store.StoreFixtures.activity;
import static com.leadbench.store.StoreFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.DecisionKind;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LeadDecision;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.StageTransition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repositories against a real SQLite file. */
class RepositoriesTest {

    @TempDir
    Path dir;

    private Database db;
    private LeadRepository leads;
    private ActivityRepository activities;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("repo.db"));
        leads = new LeadRepository(db);
        activities = new ActivityRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void contactAndAccountRoundTripWithCustomFields() {
        Account acme = leads.insert(account("acme.com", Map.of("segment", "food")));
        long id = leads.insert(contact("ada@acme.com", acme.id(), Map.of("lead_type", "online_big", "origin", "paid_search")));

        Contact read = leads.contact(id).orElseThrow();
        assertEquals("ada@acme.com", read.email());
        assertEquals(acme.id(), read.accountId());
        assertEquals(Instant.parse("2026-01-05T10:00:00Z"), read.createdAt());
        assertEquals(Map.of("lead_type", "online_big", "origin", "paid_search"), read.customFields());
        Account readAccount = leads.account(acme.id()).orElseThrow();
        assertEquals(1200, readAccount.employees());
        assertEquals(Map.of("segment", "food"), readAccount.customFields());
    }

    @Test
    void summariesCarryCompanyAndLatestActivity() {
        Account acme = leads.insert(account("acme.com", Map.of()));
        long ada = leads.insert(contact("ada@acme.com", acme.id(), Map.of()));
        long bob = leads.insert(contact("bob@gmail.com", null, Map.of()));
        activities.insert(activity(ada, ActivityType.DOWNLOAD, "PX-200 spec sheet", "2026-03-01T09:00:00Z"));
        activities.insert(activity(ada, ActivityType.PAGE_VIEW, "/pricing", "2026-04-01T09:00:00Z"));

        List<LeadSummary> rows = leads.summaries();
        assertEquals(2, rows.size());
        assertEquals("Acme acme.com", rows.get(0).company());
        assertEquals(Instant.parse("2026-04-01T09:00:00Z"), rows.get(0).lastActivity());
        assertNull(rows.get(1).company());
        assertNull(rows.get(1).lastActivity());
        assertEquals(bob, rows.get(1).contactId());
    }

    @Test
    void activitiesComeNewestFirst() {
        long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
        activities.insert(activity(ada, ActivityType.DOWNLOAD, "old", "2026-01-01T00:00:00Z"));
        activities.insert(activity(ada, ActivityType.DOWNLOAD, "new", "2026-05-01T00:00:00Z"));
        activities.insert(activity(ada, ActivityType.DOWNLOAD, "middle", "2026-03-01T00:00:00Z"));
        assertEquals(List.of("new", "middle", "old"), activities.forContact(ada).stream().map(Activity::asset).toList());
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThrows(RuntimeException.class,
                () -> activities.insert(activity(999, ActivityType.PAGE_VIEW, "/", "2026-01-01T00:00:00Z")));
    }

    @Test
    void transitionsAreAppendedAndReadInOrder() {
        long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
        StageTransitionRepository stages = new StageTransitionRepository(db);
        ScorecardVersion v1 = new ScorecardRepository(db).publish("Default", "{}", "first", Instant.parse("2026-01-01T00:00:00Z"));
        stages.record(List.of(new StageTransition(0, ada, LifecycleStage.CONTACT, LifecycleStage.LEAD,
                Instant.parse("2026-02-01T00:00:00Z"), "passed exclusion rules", v1.version())));
        stages.record(List.of(new StageTransition(0, ada, LifecycleStage.LEAD, LifecycleStage.MQL,
                Instant.parse("2026-03-01T00:00:00Z"), "score 72 >= tier B", v1.version())));
        List<StageTransition> history = stages.forContact(ada);
        assertEquals(List.of(LifecycleStage.LEAD, LifecycleStage.MQL), history.stream().map(StageTransition::to).toList());
        assertEquals(1, history.get(1).scorecardVersion());
    }

    @Test
    void scorecardVersionsCountUpAndNeverChange() {
        ScorecardRepository scorecards = new ScorecardRepository(db);
        assertTrue(scorecards.published().isEmpty());
        scorecards.publish("Default", "{\"v\":1}", "first", Instant.parse("2026-01-01T00:00:00Z"));
        ScorecardVersion second = scorecards.publish("Default", "{\"v\":2}", "raise tier A", Instant.parse("2026-02-01T00:00:00Z"));
        assertEquals(2, second.version());
        assertEquals("{\"v\":2}", scorecards.published().orElseThrow().document());
        assertEquals(List.of(1, 2), scorecards.history().stream().map(ScorecardVersion::version).toList());
        assertEquals("{\"v\":1}", scorecards.history().get(0).document());
    }

    @Test
    void detailBringsEverythingTogether() {
        Account acme = leads.insert(account("acme.com", Map.of()));
        long ada = leads.insert(contact("ada@acme.com", acme.id(), Map.of()));
        activities.insert(activity(ada, ActivityType.QUOTE_REQUEST, "/products/px-200", "2026-05-01T00:00:00Z"));
        new FollowUpRepository(db).insert(new SalesFollowUp(0, ada, FollowUpKind.WON, Instant.parse("2026-06-01T00:00:00Z"), 12000.0, "components"));
        LeadDetails details = new LeadDetails(leads, activities, new FollowUpRepository(db), new StageTransitionRepository(db));
        LeadDetail detail = details.load(ada).orElseThrow();
        assertEquals("acme.com", detail.account().orElseThrow().domain());
        assertEquals(1, detail.activities().size());
        assertEquals(FollowUpKind.WON, detail.followUps().get(0).kind());
        assertTrue(details.load(12345).isEmpty());
    }

    @Test
    void auditLogKeepsNewestFirst() {
        AuditRepository audit = new AuditRepository(db);
        audit.append(new AuditEntry(0, Instant.parse("2026-01-01T00:00:00Z"), "manager", "publish", "scorecard", 1L, "first"));
        audit.append(new AuditEntry(0, Instant.parse("2026-01-02T00:00:00Z"), "manager", "merge", "contact", 7L, "7 <- 9"));
        assertEquals(List.of("merge", "publish"), audit.latest(10).stream().map(AuditEntry::action).toList());
    }

    @Test
    void bulkLoadIsAllOrNothing() {
        BulkLoader loader = new BulkLoader(db);
        assertThrows(RuntimeException.class, () -> loader.load(sink -> {
            sink.contact(new Contact(1, "A", "a@x.com", "A", "B", null, null, null, null, null, null, Instant.EPOCH, null, null, Map.of()));
            sink.activity(new Activity(1, 1, ActivityType.PAGE_VIEW, "/", null, null, Instant.EPOCH, null, null));
            sink.activity(new Activity(2, 42, ActivityType.PAGE_VIEW, "/", null, null, Instant.EPOCH, null, null));
        }));
        assertEquals(0, leads.counts().contacts(), "the contact of the failed load was rolled back");
        assertEquals(0, leads.counts().activities());
    }

    @Test
    void resetEmptiesEverything() {
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        Account acme = leads.insert(account("acme.com", Map.of("segment", "food")));
        long ada = leads.insert(contact("ada@acme.com", acme.id(), Map.of("origin", "paid_search")));
        activities.insert(activity(ada, ActivityType.PAGE_VIEW, "/pricing", "2025-03-01T09:00:00Z"));
        new FollowUpRepository(db).insert(new SalesFollowUp(0, ada, FollowUpKind.FIRST_CONTACT, at, null, "called"));
        ScorecardVersion v = new ScorecardRepository(db).publish("Card", "{}", "first", at);
        PacketRepository packets = new PacketRepository(db);
        packets.insert("P-1", at, "manager", "generic", "tier A", 1);
        StageTransitionRepository stages = new StageTransitionRepository(db);
        stages.record(List.of(new StageTransition(0, ada, LifecycleStage.CONTACT, LifecycleStage.MQL, at, "scored", v.version())));
        stages.record(List.of(new StageTransition(0, ada, LifecycleStage.MQL, LifecycleStage.HANDED_OFF, at, "handed off",
                v.version(), "P-1")));
        new LeadDecisionRepository(db).append(new LeadDecision(0, ada, DecisionKind.NOTE_EDITED, null, null, "call her", at, "manager"));
        new ReviewNoteRepository(db).insert(new ReviewNote(0, ada, at, "manager", "looks good"));
        new AuditRepository(db).append(new AuditEntry(0, at, "manager", "review_note", "contact", ada, "looks good"));
        new AccountQualificationRepository(db).record(List.of(new com.leadbench.model.AccountQualification(0, acme.id(), at, 130,
                com.leadbench.model.Tier.A, "Score 130 reached account Tier A", v.version())));
        List<String> tables = dataTables();
        for (String table : tables) {
            assertTrue(rows(table) > 0, table + " must hold a row before the reset, or the test proves nothing about it");
        }
        DataReset reset = new DataReset(db);
        assertTrue(!reset.isEmpty());

        reset.wipe();

        assertTrue(reset.isEmpty());
        for (String table : tables) {
            assertEquals(0, rows(table), table + " after the reset");
        }
        assertEquals(1, rows("leadbench_meta"), "the reset keeps what marks the file as Leadbench's");
        assertEquals(1, db.dsl().fetchValue("SELECT count(*) FROM changed_contact WHERE contact_id = " + ada, Integer.class),
                "the change log names the contacts the reset deleted, so a snapshot taken before drops them");
        assertTrue(((Number) db.dsl().fetchValue("SELECT count(*) FROM changed_stage WHERE contact_id = " + ada)).intValue() > 0,
                "the stage change log names the contacts whose transitions the reset deleted, so stages kept before drop them");
    }

    /**
     * Every table the migrations make for data: all but SQLite's own, Flyway's history, the file's
     * mark, the snapshot's stamp and change log (ADR 0013) and the stage change log (V4), which say what changed, not what is.
     */
    private List<String> dataTables() {
        List<String> tables = db.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                + " AND name NOT IN ('flyway_schema_history', 'leadbench_meta', 'lead_snapshot_stamp', 'changed_contact', 'changed_account', 'changed_stage')"
                + " ORDER BY name").getValues(0, String.class);
        assertEquals(List.of("account", "account_field", "account_qualification", "activity", "audit_log", "contact", "contact_field", "handoff_packet",
                "lead_decision", "review_note", "sales_follow_up", "scorecard_version", "stage_transition"), tables);
        return tables;
    }

    private int rows(String table) {
        return db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)));
    }
}
