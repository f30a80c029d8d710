package com.leadbench.scoring.rules;

/** The time-window test both engines use: not in the future, and no older than the window. */
public final class Windows {

    public static final long DAY_MS = 86_400_000L;

    private Windows() {
    }

    public static boolean inside(long ageMillis, int windowDays) {
        return ageMillis >= 0 && ageMillis <= windowDays * DAY_MS;
    }
}
