package com.leadbench.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.routing.Routing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fit to capacity by hand. The scorecard of {@link CapacityReplayTest} (Chemicals +30, each download
 * +20; A 70, B 50, C 30, SQL 90; MQL from B) with one queue, Sales, taking 2 leads a week. Five
 * Chemicals leads are created on the day of their first download: L1 (04-18, 50 then 70), L6 (04-20,
 * 50, 70, 90) in the first week; L2 (04-25, 50), L3 and L4 (04-26 and 04-27, 70 at once) in the second.
 * As drafted the second week sends 3 (L2, L3, L4): over. Raised by one point (B 51), L2 at 50 is no
 * MQL: 2 a week in both weeks, within.
 */
class CapacityFitTest {

    private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");
    private static final Scorecard CARD = CapacityReplayTest.CARD.withRouting(
            new Routing(List.of(), "Account management", "Data-fix queue", List.of(), "Sales", Map.of("Sales", 2)));

    private static LeadColumns leads() {
        LeadColumns.Builder b = LeadColumns.builder();
        Account chemicals = new Account(1, "acme.example", "Acme Chemicals", "Chemicals", 500, null, "US", "North America", false, false,
                null, Map.of());
        Map<Long, String> created = Map.of(1L, "2026-04-18", 2L, "2026-04-25", 3L, "2026-04-26", 4L, "2026-04-27", 6L, "2026-04-20");
        for (long id : List.of(1L, 2L, 3L, 4L, 6L)) {
            b.contact(new Contact(id, null, "l" + id + "@example.com", "Lead", "No" + id, "Engineer", null, "US", null, null, null,
                    Instant.parse(created.get(id) + "T00:00:00Z"), null, 1L, Map.of()), chemicals);
        }
        CapacityReplayTest.download(b, 1, "2026-04-18T10:00:00Z", "2026-04-19T10:00:00Z");
        CapacityReplayTest.download(b, 2, "2026-04-25T10:00:00Z");
        CapacityReplayTest.download(b, 3, "2026-04-26T10:00:00Z", "2026-04-26T10:00:00Z");
        CapacityReplayTest.download(b, 4, "2026-04-27T10:00:00Z", "2026-04-27T10:00:00Z");
        CapacityReplayTest.download(b, 6, "2026-04-20T10:00:00Z", "2026-04-20T11:00:00Z", "2026-04-20T12:00:00Z");
        return b.build();
    }

    @Test
    void theLowestShiftThatKeepsTheQueueWithinCapacityIsOnePoint() {
        assertEquals(Map.of("Sales", 3), CapacityReplay.run(CARD, leads(), Map.of(), TO, 2).weeks().get(1).byQueue(), "as drafted: over");
        List<Integer> replays = new ArrayList<>();
        CapacityFit.Fit fit = CapacityFit.fit(CARD, leads(), Map.of(), TO, 2, 2, replays::add).orElseThrow();
        assertEquals(1, fit.shift());
        assertEquals(2, fit.weeksWithin());
        assertEquals(71, fit.card().thresholds().a().minScore(), 1e-9);
        assertEquals(51, fit.card().thresholds().b().minScore(), 1e-9);
        assertEquals(31, fit.card().thresholds().c().minScore(), 1e-9);
        assertEquals(91, fit.card().thresholds().sqlThreshold(), 1e-9);
        assertEquals(Map.of("Sales", 2), fit.replay().weeks().get(0).byQueue());
        assertEquals(Map.of("Sales", 2), fit.replay().weeks().get(1).byQueue());
        assertEquals(replays.size(), fit.replays());
        assertTrue(fit.replays() <= 13, "bisection over 2,000 points: " + fit.replays());
    }

    @Test
    void aDraftThatAlreadyFitsIsLeftAsItIs() {
        CapacityFit.Fit fit = CapacityFit.fit(CARD, leads(), Map.of(), TO, 2, 1, n -> { }).orElseThrow();
        assertEquals(0, fit.shift(), "the first week is within as drafted");
        assertEquals(1, fit.replays());
        assertEquals(CARD.thresholds(), fit.card().thresholds());
    }

    @Test
    void withoutAnAgreedCapacityThereIsNothingToFit() {
        Scorecard none = CARD.withRouting(CARD.routing().withWeeklyCapacity("Sales", null));
        assertEquals(Optional.empty(), CapacityFit.fit(none, leads(), Map.of(), TO, 2, 2, n -> { }));
        assertThrows(IllegalArgumentException.class, () -> CapacityFit.fit(CARD, leads(), Map.of(), TO, 2, 3, n -> { }));
    }

    @Test
    void theShiftKeepsTheGapsBetweenThresholds() {
        Scorecard lowered = CapacityFit.shifted(CARD, -20);
        assertEquals(50, lowered.thresholds().spec(Tier.A).minScore(), 1e-9);
        assertEquals(10, lowered.thresholds().spec(Tier.C).minScore(), 1e-9);
        assertEquals(70, lowered.thresholds().sqlThreshold(), 1e-9);
    }
}
