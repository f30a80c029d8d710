package com.leadbench.store;

import static com.leadbench.store.StoreFixtures.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes read from a real SQLite file. */
class OutcomesLoaderTest {

    @TempDir
    Path dir;

    private Database db;
    private LeadRepository leads;
    private FollowUpRepository followUps;
    private StageTransitionRepository stages;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("outcomes.db"));
        leads = new LeadRepository(db);
        followUps = new FollowUpRepository(db);
        stages = new StageTransitionRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant day(int d) {
        return Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400L * d);
    }

    private void report(long contact, FollowUpKind kind, int day) {
        followUps.insert(new SalesFollowUp(0, contact, kind, day(day), kind == FollowUpKind.WON ? 12_000.0 : null, null));
    }

    private void move(long contact, LifecycleStage from, LifecycleStage to, int day) {
        stages.record(List.of(new StageTransition(0, contact, from, to, day(day), "test", null)));
    }

    @Test
    void readsWinsAcceptanceFirstFollowUpAndFirstQualification() {
        long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
        long bob = leads.insert(contact("bob@acme.com", null, Map.of()));
        long cy = leads.insert(contact("cy@acme.com", null, Map.of()));
        long dee = leads.insert(contact("dee@acme.com", null, Map.of()));
        long eve = leads.insert(contact("eve@acme.com", null, Map.of()));

        // ada: reported out of order; first contact on day 3 is the first follow-up
        report(ada, FollowUpKind.WON, 40);
        report(ada, FollowUpKind.ACCEPTED, 5);
        report(ada, FollowUpKind.FIRST_CONTACT, 3);
        move(ada, LifecycleStage.CONTACT, LifecycleStage.LEAD, 0);
        move(ada, LifecycleStage.LEAD, LifecycleStage.SQL, 2);
        move(ada, LifecycleStage.SQL, LifecycleStage.MQL, 1); // recorded later, happened earlier: the earliest counts
        // bob: rejected
        report(bob, FollowUpKind.FIRST_CONTACT, 8);
        report(bob, FollowUpKind.REJECTED, 9);
        move(bob, LifecycleStage.LEAD, LifecycleStage.MQL, 7);
        // cy: accepted, then lost
        report(cy, FollowUpKind.ACCEPTED, 12);
        report(cy, FollowUpKind.LOST, 50);
        // dee: only ever a lead
        move(dee, LifecycleStage.CONTACT, LifecycleStage.LEAD, 4);
        // eve: a win without an acceptance on record still counts as accepted
        report(eve, FollowUpKind.WON, 20);

        LeadColumns columns = new LeadColumnsLoader(db).load();
        Outcomes o = new OutcomesLoader(db).load(columns);
        int a = columns.indexOf(ada);
        int b = columns.indexOf(bob);
        int c = columns.indexOf(cy);
        int d = columns.indexOf(dee);
        int e = columns.indexOf(eve);

        assertEquals(5, o.size());
        assertEquals(2, o.wins());
        assertTrue(o.any());
        assertTrue(o.won()[a] && o.accepted()[a]);
        assertFalse(o.won()[b] || o.accepted()[b]);
        assertTrue(!o.won()[c] && o.accepted()[c]);
        assertFalse(o.won()[d] || o.accepted()[d]);
        assertTrue(o.won()[e] && o.accepted()[e]);

        assertEquals(day(3).toEpochMilli(), o.firstFollowUpAt()[a]);
        assertEquals(day(8).toEpochMilli(), o.firstFollowUpAt()[b]);
        assertEquals(day(12).toEpochMilli(), o.firstFollowUpAt()[c]);
        assertEquals(Outcomes.ABSENT, o.firstFollowUpAt()[d]);
        assertEquals(day(20).toEpochMilli(), o.firstFollowUpAt()[e]);

        assertEquals(day(1).toEpochMilli(), o.qualifiedAt()[a]);
        assertEquals(day(7).toEpochMilli(), o.qualifiedAt()[b]);
        assertEquals(Outcomes.ABSENT, o.qualifiedAt()[c]);
        assertEquals(Outcomes.ABSENT, o.qualifiedAt()[d], "a transition to Lead is not a qualification");
        assertEquals(Outcomes.ABSENT, o.qualifiedAt()[e]);
    }

    @Test
    void aDatabaseWithoutFollowUpsHasNoOutcomes() {
        leads.insert(contact("ada@acme.com", null, Map.of()));
        Outcomes o = new OutcomesLoader(db).load(new LeadColumnsLoader(db).load());
        assertEquals(1, o.size());
        assertFalse(o.any());
        assertEquals(Outcomes.none(1), o);
    }

    @Test
    void rowsOfContactsNotLoadedAreIgnored() {
        long ada = leads.insert(contact("ada@acme.com", null, Map.of()));
        long bob = leads.insert(contact("bob@acme.com", null, Map.of()));
        report(bob, FollowUpKind.WON, 3);
        LeadColumns onlyAda = LeadColumns.builder().contact(leads.contact(ada).orElseThrow(), null).build();
        Outcomes o = new OutcomesLoader(db).load(onlyAda);
        assertEquals(1, o.size());
        assertEquals(0, o.wins());
    }
}
