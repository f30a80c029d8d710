package com.leadbench.store;

import java.time.Instant;

/** Instants are stored as epoch milliseconds. */
final class Times {

    private Times() {
    }

    static Long toMillis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant fromMillis(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
