package com.leadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What sales reported in a stretch: from its start (included) to its end (excluded, or none). */
class SalesOutcomeTest {

    private static final List<SalesFollowUp> FOLLOW_UPS = List.of(
            followUp(FollowUpKind.REJECTED, "2026-03-01T00:00:00Z"),
            followUp(FollowUpKind.ACCEPTED, "2026-03-10T00:00:00Z"),
            followUp(FollowUpKind.WON, "2026-03-20T00:00:00Z"));

    private static SalesFollowUp followUp(FollowUpKind kind, String at) {
        return new SalesFollowUp(0, 1, kind, Instant.parse(at), null, null);
    }

    private static SalesOutcome between(String from, String until) {
        return SalesOutcome.between(FOLLOW_UPS, Instant.parse(from), until == null ? null : Instant.parse(until));
    }

    @Test
    void theStartIsIncludedAndTheEndIsNot() {
        assertEquals(new SalesOutcome(true, false, false, false), between("2026-03-10T00:00:00Z", "2026-03-20T00:00:00Z"));
        assertEquals(new SalesOutcome(false, false, true, false), between("2026-03-10T00:00:01Z", null), "no end: the win counts");
        assertEquals(new SalesOutcome(true, true, false, false), between("2026-02-01T00:00:00Z", "2026-03-19T23:59:59Z"));
    }

    @Test
    void aWinIsAnOpportunityEvenWithoutAnAcceptance() {
        assertTrue(new SalesOutcome(false, false, true, false).opportunity());
        assertTrue(new SalesOutcome(true, false, false, false).opportunity());
        assertFalse(new SalesOutcome(false, true, false, true).opportunity());
    }
}
