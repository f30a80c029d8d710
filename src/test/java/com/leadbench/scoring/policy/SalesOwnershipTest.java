package com.leadbench.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SalesOwnershipTest {

    private static StageTransition last(String from, String to) {
        return new StageTransition(1, 1, from.isEmpty() ? null : LifecycleStage.valueOf(from), LifecycleStage.valueOf(to),
                Instant.EPOCH, "test", 1);
    }

    @ParameterizedTest(name = "{0}: owned {1}")
    @CsvSource({
            "CONTACT,    false",
            "LEAD,       false",
            "MQL,        false",
            "SQL,        false",
            "HANDED_OFF, true",
            "ACCEPTED,   true",
            "REJECTED,   true",
            "WON,        true",
            "LOST,       true",
    })
    void salesOwnsHandedOffLeadsAndTheStagesItReports(LifecycleStage stage, boolean owned) {
        assertEquals(owned, SalesOwnership.owns(stage));
        assertEquals(owned, SalesOwnership.owns(last("LEAD", stage.name())));
    }

    @Test
    void aLeadWithoutHistoryIsNotOwned() {
        assertFalse(SalesOwnership.owns((StageTransition) null));
        assertFalse(SalesOwnership.escalates(null, LifecycleStage.SQL));
    }

    @ParameterizedTest(name = "{0} -> {1}, now {2}: escalates {3}")
    @CsvSource({
            "MQL, HANDED_OFF, SQL,  true",
            "MQL, HANDED_OFF, MQL,  false",
            "MQL, HANDED_OFF, LEAD, false",
            "SQL, HANDED_OFF, SQL,  false",
            "MQL, ACCEPTED,   SQL,  false",
            "LEAD, MQL,       SQL,  false",
    })
    void onlyAnMqlHandedOffThatBecameAnSqlEscalates(String from, String to, LifecycleStage after, boolean escalates) {
        assertEquals(escalates, SalesOwnership.escalates(last(from, to), after));
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStage.class, names = {"ACCEPTED", "REJECTED", "WON", "LOST"})
    void scoringNeverMovesALeadOutOfAStageSalesReported(LifecycleStage reported) {
        for (LifecycleStage after : LifecycleStage.values()) {
            assertFalse(SalesOwnership.scoringMayMove(last("HANDED_OFF", reported.name()), after));
        }
    }
}
