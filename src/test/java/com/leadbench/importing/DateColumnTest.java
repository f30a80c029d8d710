package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A column's day order is decided by any value that can be read only one way; otherwise it is asked for. */
class DateColumnTest {

    private static DateColumn detect(String... values) {
        return DateColumn.detect("Created", List.of(values));
    }

    @Test
    void dayAndMonthBothAtMostTwelveLeaveTheOrderOpen() {
        assertEquals(new DateColumn.AmbiguousDayOrder("Created", "3/5/2024", 0, 2, 0), detect("3/5/2024", "4/8/2025"));
    }

    @Test
    void oneDayAboveTwelveDecidesEuropeanForTheWholeColumn() {
        assertEquals(new DateColumn.Dates("Created", DayOrder.EUROPEAN, "13/5/2024", 0, 3), detect("3/5/2024", "4/8/2025", "13/5/2024"));
    }

    @Test
    void aDayAboveTwelveInTheMiddleDecidesMonthFirst() {
        assertEquals(new DateColumn.Dates("Created", DayOrder.US, "2/15/24 9:00", 0, 3), detect("2/5/24 1:51", "", "2/15/24 9:00", "2/6/24 8:00"));
    }

    @Test
    void columnsWithoutDayAndMonthNeedNoOrder() {
        assertEquals(new DateColumn.Dates("Created", DayOrder.AUTO, null, 0, 4),
                detect("2024-03-05", "15 Apr, 2021 00:03:00", "20210105", "5/5/2024"));
    }

    @Test
    void aColumnMixingBothOrdersOrHoldingTextIsNotDates() {
        assertEquals(new DateColumn.NotDates("Created", DayOrder.EUROPEAN, "5/13/2024", 0, 3, 1), detect("13/5/2024", "5/13/2024", "1/1/2024"));
        assertEquals(new DateColumn.NotDates("Created", DayOrder.AUTO, "soon", 0, 2, 1), detect("2024-03-05", "soon"));
    }

    @Test
    void theAmbiguityNamesColumnExampleAndTheWayOut() {
        String reason = ((DateColumn.AmbiguousDayOrder) detect("3/5/2024")).reason();
        assertEquals("dates such as \"3/5/2024\" in column \"Created\" can be read day first or month first, and no value in the"
                + " column decides which; choose the day order (--day-order US|EUROPEAN, or dayOrder in the mapping) or give the"
                + " column a date format", reason);
    }
}
