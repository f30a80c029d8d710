package com.leadbench.scoring.rules;

import java.util.Objects;

/**
 * How much an activity of a given age still counts inside its window: fully ({@code NONE}),
 * falling to zero at the window's end ({@code LINEAR}), or halving every {@code halfLifeDays}.
 */
public record Decay(Kind kind, double halfLifeDays) {

    public enum Kind { NONE, LINEAR, HALF_LIFE }

    public static final Decay NONE = new Decay(Kind.NONE, 0);

    private static final double DAY_MS = 86_400_000.0;

    public Decay {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.HALF_LIFE) {
            halfLifeDays = 0; // only a half-life has one, and only it is written
        }
    }

    public static Decay linear() {
        return new Decay(Kind.LINEAR, 0);
    }

    public static Decay halfLife(double days) {
        return new Decay(Kind.HALF_LIFE, days);
    }

    /**
     * The weight of an activity {@code ageMillis} old in a window of {@code windowDays}
     * (0: outside the window or in the future). Both engines call this one function.
     */
    public double weight(long ageMillis, int windowDays) {
        if (!Windows.inside(ageMillis, windowDays)) {
            return 0.0;
        }
        return switch (kind) {
            case NONE -> 1.0;
            case LINEAR -> 1.0 - ageMillis / (windowDays * DAY_MS);
            case HALF_LIFE -> Math.pow(0.5, ageMillis / (halfLifeDays * DAY_MS));
        };
    }

    public String describe() {
        return switch (kind) {
            case NONE -> "no decay";
            case LINEAR -> "linear decay";
            case HALF_LIFE -> "half-life " + Points.format(halfLifeDays) + " days";
        };
    }
}
