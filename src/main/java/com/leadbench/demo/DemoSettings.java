package com.leadbench.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the demo generator makes: how many contacts, from which seed, with activity over the
 * eighteen months before {@code endDate}. The same settings always give the same database.
 */
public record DemoSettings(int contacts, long seed, LocalDate endDate) {

    public static final int DEFAULT_CONTACTS = 5_000;
    public static final long DEFAULT_SEED = 42L;

    public DemoSettings {
        if (contacts < 1) {
            throw new IllegalArgumentException("contacts must be at least 1, was " + contacts);
        }
        Objects.requireNonNull(endDate, "endDate");
    }
}
