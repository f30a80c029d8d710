package com.leadbench.scoring.rules;

import java.util.Locale;

/** How points read: whole numbers without decimals, others with one. */
public final class Points {

    private Points() {
    }

    public static String format(double points) {
        double rounded = Math.round(points * 10.0) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return String.format(Locale.ROOT, "%d", (long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }

    public static String signed(double points) {
        String text = format(points);
        return points >= 0 && !text.startsWith("-") ? "+" + text : text;
    }
}
