package com.leadbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.scoring.StageChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demo sales answer the replayed qualifications: chains move earlier, never before the alert, never later. */
class SalesResponseTest {

    private static final Instant MQL = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant SQL = Instant.parse("2026-03-20T10:00:00Z");
    private static final List<StageChange> CHANGES = List.of(
            new StageChange(Instant.parse("2026-01-01T00:00:00Z"), LifecycleStage.CONTACT, LifecycleStage.LEAD, "lead"),
            new StageChange(MQL, LifecycleStage.LEAD, LifecycleStage.MQL, "mql"),
            new StageChange(SQL, LifecycleStage.MQL, LifecycleStage.SQL, "sql"));

    private static SalesFollowUp f(long id, FollowUpKind kind, String at) {
        return new SalesFollowUp(id, 7, kind, Instant.parse(at), null, null);
    }

    @Test
    void aChainMovesEarlierAsAWholeToAnswerTheAlert() {
        List<SalesFollowUp> generated = List.of(f(1, FollowUpKind.FIRST_CONTACT, "2026-04-10T10:00:00Z"),
                f(2, FollowUpKind.ACCEPTED, "2026-04-12T10:00:00Z"), f(3, FollowUpKind.WON, "2026-06-01T10:00:00Z"));
        for (long seed = 1; seed <= 40; seed++) {
            List<SalesFollowUp> answered = SalesResponse.retime(generated, CHANGES, seed);
            Instant first = answered.getFirst().at();
            assertTrue(!first.isBefore(MQL), "never before the MQL alert");
            assertTrue(first.isBefore(generated.getFirst().at()), "earlier than generated");
            Duration shift = Duration.between(first, generated.getFirst().at());
            for (int i = 0; i < generated.size(); i++) {
                assertEquals(generated.get(i).at().minus(shift), answered.get(i).at(), "the reports keep their spacing");
                assertEquals(generated.get(i).kind(), answered.get(i).kind());
            }
        }
        assertEquals(SalesResponse.retime(generated, CHANGES, 3), SalesResponse.retime(generated, CHANGES, 3), "seeded");
    }

    @Test
    void aChainIsNeverMovedLaterNorAnsweredWithoutAQualificationBeforeIt() {
        // called two hours after becoming an MQL: sooner than any alert delay would put it, so it stays
        List<SalesFollowUp> quick = List.of(f(1, FollowUpKind.FIRST_CONTACT, "2026-03-02T10:30:00Z"));
        assertEquals(quick, SalesResponse.retime(quick, CHANGES, 5));
        // called while still a Lead: no alert to answer
        List<SalesFollowUp> early = List.of(f(1, FollowUpKind.FIRST_CONTACT, "2026-02-01T10:00:00Z"),
                f(2, FollowUpKind.REJECTED, "2026-02-02T10:00:00Z"));
        assertEquals(early, SalesResponse.retime(early, CHANGES, 5));
    }

    @Test
    void aLeadThatFellBackIsAnsweredFromItsNewQualification() {
        Instant again = Instant.parse("2026-08-01T10:00:00Z");
        List<StageChange> twice = List.of(CHANGES.get(0), CHANGES.get(1),
                new StageChange(Instant.parse("2026-06-01T00:00:00Z"), LifecycleStage.MQL, LifecycleStage.LEAD, "faded"),
                new StageChange(again, LifecycleStage.LEAD, LifecycleStage.MQL, "again"));
        List<SalesFollowUp> generated = List.of(f(1, FollowUpKind.FIRST_CONTACT, "2026-08-20T10:00:00Z"));
        for (long seed = 1; seed <= 20; seed++) {
            Instant first = SalesResponse.retime(generated, twice, seed).getFirst().at();
            assertFalse(first.isBefore(again), "answers the second qualification, seed " + seed);
        }
    }
}
