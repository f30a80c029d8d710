package com.leadbench.scoring.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Response deadlines: business days after qualifying, skipping weekends and holidays, in the scorecard's time zone. */
class DeadlinesTest {

    /** Thanksgiving (Thu 2026-11-26) and Christmas Day (Fri 2026-12-25) are holidays; 2026-11-20 is a Friday. */
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(Set.of(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-25")));

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2026-11-16, 1, 2026-11-17",   // Mon -> Tue
            "2026-11-20, 1, 2026-11-23",   // Fri -> Mon, over the weekend
            "2026-11-21, 1, 2026-11-23",   // Sat -> Mon: the weekend day itself never counts
            "2026-11-22, 1, 2026-11-23",   // Sun -> Mon
            "2026-11-19, 2, 2026-11-23",   // Thu -> Mon
            "2026-11-25, 1, 2026-11-27",   // Wed -> Fri, over Thanksgiving
            "2026-11-25, 2, 2026-11-30",   // Wed -> Mon, over Thanksgiving and the weekend
            "2026-11-20, 5, 2026-11-30",   // Fri -> Fri next week, minus Thanksgiving -> Mon
            "2026-12-24, 1, 2026-12-28",   // Thu -> Mon, over Christmas Day and the weekend
            "2026-11-22, 0, 2026-11-23",   // 0 days on a Sunday: the next business day
            "2026-11-18, 0, 2026-11-18"    // 0 days on a Wednesday: the same day
    })
    void countsBusinessDays(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, CALENDAR.plusBusinessDays(start, days));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.plusBusinessDays(LocalDate.parse("2026-11-20"), -1));
    }

    private static final Deadlines CHICAGO = new Deadlines(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 5), 1,
            Set.of(LocalDate.parse("2026-11-26")), ZoneId.of("America/Chicago"));

    @Test
    void anSqlGetsTheSqlDaysAndAnMqlItsTiersDays() {
        Instant wednesdayNoon = Instant.parse("2026-11-25T18:00:00Z"); // 12:00 in Chicago
        assertEquals(LocalDate.parse("2026-11-27"), CHICAGO.deadline(wednesdayNoon, Tier.B, LifecycleStage.SQL).due());
        assertEquals(LocalDate.parse("2026-11-30"), CHICAGO.deadline(wednesdayNoon, Tier.B, LifecycleStage.MQL).due());
        assertEquals(LocalDate.parse("2026-11-27"), CHICAGO.deadline(wednesdayNoon, Tier.A, LifecycleStage.MQL).due());
        assertEquals(LocalDate.parse("2026-12-03"), CHICAGO.deadline(wednesdayNoon, Tier.C, LifecycleStage.MQL).due());
        assertEquals(5, CHICAGO.businessDays(Tier.NOT_QUALIFIED, LifecycleStage.MQL), "a tier without a number gets the longest");
    }

    @Test
    void daysAreCountedInTheScorecardsTimeZone() {
        // Friday 2026-11-20 at 23:30 in Chicago is already Saturday in UTC; the Friday counts as the start
        Instant fridayEvening = Instant.parse("2026-11-21T05:30:00Z");
        Deadlines.Deadline d = CHICAGO.deadline(fridayEvening, Tier.A, LifecycleStage.MQL);
        assertEquals(LocalDate.parse("2026-11-23"), d.due());
        assertEquals(Instant.parse("2026-11-24T06:00:00Z"), d.endsAt(), "the end of Monday in Chicago");
        assertFalse(d.passed(Instant.parse("2026-11-24T05:59:59Z")));
        assertTrue(d.passed(Instant.parse("2026-11-24T06:00:00Z")));
    }
}
