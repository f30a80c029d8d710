package com.leadbench.ingest;

/**
 * How a file writes dates. ISO ({@code 2024-03-05}, {@code 2024-03-05 14:22:10}, {@code 2024-03-05T14:22:10Z})
 * is always understood; US ({@code 3/5/2024}) and EUROPEAN ({@code 5/3/2024}, {@code 5.3.2024}) must be
 * chosen, because {@code 3/5/2024} means different days in the two.
 */
public enum DayOrder {
    ISO,
    /** Month first: {@code M/d/yyyy}, with an optional time ({@code 3/5/2024 2:22 PM}). */
    US,
    /** Day first: {@code d/M/yyyy}, {@code d.M.yyyy} or {@code d-M-yyyy}, with an optional time. */
    EUROPEAN
}
