package com.leadbench.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualificationsTest {

    /** Thursday 2026-11-19, 10:00 UTC. */
    private static final Instant THURSDAY = Instant.parse("2026-11-19T10:00:00Z");
    private static final Deadlines DEADLINES = new Deadlines(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 5), 1,
            Set.of(LocalDate.parse("2026-11-20")), ZoneId.of("UTC"));

    private static TierOverride override(Tier tier, Instant at) {
        return new TierOverride(tier, "known account", "manager", at);
    }

    private static SalesFollowUp contact(Instant at) {
        return new SalesFollowUp(0, 1, FollowUpKind.FIRST_CONTACT, at, null, null);
    }

    @Test
    void tierAMqlIsDueTheNextBusinessDaySkippingHolidaysAndWeekends() {
        Deadline d = Qualifications.deadline(DEADLINES, THURSDAY, LifecycleStage.MQL, Tier.A, Optional.empty());
        assertEquals(LocalDate.parse("2026-11-23"), d.due());
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), d.endsAt());
    }

    @Test
    void theOverriddenTierSetsTheDeadline() {
        Deadline scored = Qualifications.deadline(DEADLINES, THURSDAY, LifecycleStage.MQL, Tier.C, Optional.empty());
        Deadline overridden = Qualifications.deadline(DEADLINES, THURSDAY, LifecycleStage.MQL, Tier.C,
                Optional.of(override(Tier.A, THURSDAY.plusSeconds(60))));
        assertEquals(5, scored.businessDays());
        assertEquals(1, overridden.businessDays());
    }

    @Test
    void anExcludedLeadKeepsItsExclusionWhateverTheOverride() {
        assertEquals(Tier.EXCLUDED, TierOverrides.tier(Tier.EXCLUDED, Optional.of(override(Tier.A, THURSDAY))));
    }

    @Test
    void anSqlIsDueBySqlBusinessDaysWhateverTheTier() {
        Deadline d = Qualifications.deadline(DEADLINES, THURSDAY, LifecycleStage.SQL, Tier.C, Optional.of(override(Tier.B, THURSDAY)));
        assertEquals(1, d.businessDays());
    }

    @Test
    void firstContactCountsFromTheQualifyingMomentUntilItEnds() {
        List<SalesFollowUp> followUps = List.of(contact(THURSDAY.minusSeconds(1)), contact(THURSDAY), contact(THURSDAY.plusSeconds(9)));
        assertEquals(Optional.of(THURSDAY), Qualifications.firstContact(followUps, THURSDAY, null));
        assertEquals(Optional.empty(), Qualifications.firstContact(followUps, THURSDAY.plusSeconds(1), THURSDAY.plusSeconds(9)));
        assertEquals(Optional.of(THURSDAY.plusSeconds(9)), Qualifications.firstContact(followUps, THURSDAY.plusSeconds(1), null));
    }

    @Test
    void overdueMeansPassedAndNotContacted() {
        Deadline d = Qualifications.deadline(DEADLINES, THURSDAY, LifecycleStage.MQL, Tier.A, Optional.empty());
        Instant after = d.endsAt();
        Instant before = d.endsAt().minusMillis(1);
        var silent = new Qualifications.Response(d, Optional.empty());
        assertFalse(silent.overdue(before));
        assertTrue(silent.overdue(after));
        assertFalse(silent.due(before));
        assertTrue(silent.due(after));
        assertFalse(silent.contactedInTime());
        var late = new Qualifications.Response(d, Optional.of(after));
        assertTrue(late.contacted());
        assertFalse(late.overdue(after.plusSeconds(3600)));
        assertFalse(late.contactedInTime());
        assertTrue(late.due(before));
        assertTrue(new Qualifications.Response(d, Optional.of(before)).contactedInTime());
    }

    @Test
    void anOverrideCountsForTheQualificationItWasSetDuringAndLaterOnes() {
        Optional<TierOverride> o = Optional.of(override(Tier.A, THURSDAY));
        assertEquals(o, Qualifications.overrideFor(o, null));
        assertEquals(o, Qualifications.overrideFor(o, THURSDAY.plusSeconds(1)));
        assertEquals(Optional.empty(), Qualifications.overrideFor(o, THURSDAY));
    }

    @Test
    void theQualifyingVersionJudgesAndTheCardInForceStandsInForAnUnknownOne() {
        Scorecard inForce = ScorecardJson.defaultPreset();
        Scorecard qualifying = ScorecardJson.defaultPreset();
        Map<Integer, Scorecard> versions = Map.of(2, qualifying);
        assertSame(qualifying, Qualifications.card(2, versions, inForce));
        assertSame(inForce, Qualifications.card(null, versions, inForce));
        assertSame(inForce, Qualifications.card(3, versions, inForce));
    }
}
