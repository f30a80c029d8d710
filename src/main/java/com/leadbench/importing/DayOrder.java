package com.leadbench.importing;

/**
 * How a file writes dates. ISO ({@code 2024-03-05}, {@code 2024-03-05 14:22:10}, {@code 2024-03-05T14:22:10Z}),
 * month names ({@code 15 Apr, 2021 00:03:00}), {@code yyyyMMdd} and epoch seconds or milliseconds are always
 * understood; {@code 3/5/2024} means 5 March in the US and 3 May in Europe, so day-first and month-first
 * dates need a day order: stated (US, EUROPEAN) or decided per column from its values (AUTO).
 */
public enum DayOrder {
    /** Day-first and month-first dates are refused: the mapping does not say which it means. */
    ISO,
    /** Month first: {@code M/d/yyyy} or {@code M/d/yy}, with an optional time ({@code 3/5/2024 2:22 PM}). */
    US,
    /** Day first: {@code d/M/yyyy}, {@code d.M.yyyy}, {@code d-M-yyyy} or {@code d/M/yy}, with an optional time. */
    EUROPEAN,
    /**
     * Decided per date column from all its values ({@link DateColumn}): a value that can be read only one
     * way ({@code 13/5/2024}) decides it; when none does, the import asks for the day order. What a mapping
     * has when it does not say; numbers are read as under ISO (a lone {@code ,} separates thousands).
     */
    AUTO
}
