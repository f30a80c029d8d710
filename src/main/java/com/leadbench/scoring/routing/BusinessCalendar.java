package com.leadbench.scoring.routing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: Monday to Friday, except the holidays. */
public record BusinessCalendar(Set<LocalDate> holidays) {

    public BusinessCalendar {
        // an unmodifiable set is taken as it is: a calendar is made for every deadline a report counts
        holidays = Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The {@code n}th business day after {@code start} (start itself never counts, whatever day it
     * is); for 0, {@code start} when it is a business day, else the next one.
     */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + n);
        }
        LocalDate day = start;
        if (n == 0) {
            while (!isBusinessDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
