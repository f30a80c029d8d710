package com.leadbench.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.model.DecisionKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StageChangesTest {

    private static StageTransition last(String from, String to) {
        return new StageTransition(1, 1, from.isEmpty() ? null : LifecycleStage.valueOf(from), LifecycleStage.valueOf(to),
                Instant.EPOCH, "test", 1);
    }

    @ParameterizedTest(name = "{0} -> {1} after {2}: {3}")
    @CsvSource({
            "'',         LEAD,       MQL, true",
            "LEAD,       MQL,        MQL, false",
            "MQL,        SQL,        LEAD, true",
            "HANDED_OFF, WON,        LEAD, false",
            "SQL,        ACCEPTED,   MQL, false",
            "MQL,        REJECTED,   SQL, false",
            "SQL,        LOST,       MQL, false",
            "MQL,        HANDED_OFF, SQL, true",
            "MQL,        HANDED_OFF, LEAD, false",
            "SQL,        HANDED_OFF, MQL, false",
    })
    void scoringRecordsAMoveUnlessSalesOwnsTheLead(String from, String to, LifecycleStage after, boolean recorded) {
        assertEquals(recorded, StageChanges.records(last(from, to), after));
    }

    @org.junit.jupiter.api.Test
    void aLeadWithoutHistoryIsAContact() {
        assertEquals(false, StageChanges.records(null, LifecycleStage.CONTACT));
        assertEquals(true, StageChanges.records(null, LifecycleStage.LEAD));
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void onlyTierOverridesMoveAStageAndOnlyOnceSomethingIsPublished(DecisionKind kind) {
        boolean moves = EnumSet.of(DecisionKind.TIER_OVERRIDE, DecisionKind.OVERRIDE_REMOVED).contains(kind);
        assertEquals(moves, StageChanges.followsDecision(kind, 3));
        assertEquals(false, StageChanges.followsDecision(kind, 0));
    }

    @ParameterizedTest
    @EnumSource(LifecycleStage.class)
    void salesStagesAreTheFourSalesReports(LifecycleStage stage) {
        boolean sales = EnumSet.of(LifecycleStage.ACCEPTED, LifecycleStage.REJECTED, LifecycleStage.WON, LifecycleStage.LOST)
                .contains(stage);
        assertEquals(sales, SalesStages.reported(stage));
    }
}
