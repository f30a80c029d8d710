package com.leadbench.gui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftHistoryTest {

    private final Scorecard start = ScorecardJson.defaultPreset();

    private Scorecard tierB(Scorecard c, double v) {
        return c.withThresholds(t -> t.withTierMin(Tier.B, v));
    }

    @Test
    void aDragIsOneStep() {
        DraftHistory h = new DraftHistory(start);
        for (int v = 76; v <= 90; v++) {
            h.preview(tierB(h.current(), v));
        }
        assertTrue(h.commit("Tier B from 75 → 90"));
        assertEquals(90, h.current().thresholds().b().minScore());
        assertEquals(Optional.of("Tier B from 75 → 90"), h.undoName());
        assertTrue(h.undo());
        assertEquals(start, h.current(), "one undo takes back the whole drag");
        assertFalse(h.undo());
    }

    @Test
    void redoIsClearedByANewEdit() {
        DraftHistory h = new DraftHistory(start);
        h.apply("B 80", tierB(start, 80));
        h.undo();
        assertEquals(Optional.of("B 80"), h.redoName());
        h.apply("B 70", tierB(start, 70));
        assertEquals(Optional.empty(), h.redoName());
        assertTrue(h.undo());
        assertEquals(start, h.current());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        DraftHistory h = new DraftHistory(start);
        assertFalse(h.apply("same", tierB(start, 75)));
        assertEquals(Optional.empty(), h.undoName());
    }

    @Test
    void undoAndRedoWalkTheStepsInOrder() {
        DraftHistory h = new DraftHistory(start);
        h.apply("B 80", tierB(h.current(), 80));
        h.apply("B 85", tierB(h.current(), 85));
        h.undo();
        assertEquals(80, h.current().thresholds().b().minScore());
        h.undo();
        assertEquals(75, h.current().thresholds().b().minScore());
        h.redo();
        h.redo();
        assertEquals(85, h.current().thresholds().b().minScore());
        assertEquals(Optional.of("B 85"), h.undoName());
    }
}
