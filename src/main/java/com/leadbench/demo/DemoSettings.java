package com.leadbench.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What the demo generator makes: how many contacts, from which seed, with activity over the
 * eighteen months before {@code endDate}. The same settings always give the same database.
 */
public record DemoSettings(int contacts, long seed, LocalDate endDate) {

    public static final int DEFAULT_CONTACTS = 5_000;
    public static final long DEFAULT_SEED = 42L;

    /** How far back the generated history reaches: eighteen months. */
    public static final Duration HISTORY = Duration.ofDays(548);

    public DemoSettings {
        if (contacts < 1) {
            throw new IllegalArgumentException("contacts must be at least 1, was " + contacts);
        }
        Objects.requireNonNull(endDate, "endDate");
    }

    /** Where the generated history ends: the start of {@code endDate} (UTC); nothing happens after it. */
    public Instant historyEnd() {
        return endDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Where the generated history starts: no contact is created and nothing happens before it. */
    public Instant historyStart() {
        return historyEnd().minus(HISTORY);
    }
}
