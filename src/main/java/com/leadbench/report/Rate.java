package com.leadbench.report;

import com.leadbench.scoring.analysis.Wilson;

/** {@code hits} out of {@code n}, with its 95% Wilson interval so small groups are not over-read. */
public record Rate(int hits, int n) {

    public Rate {
        if (n < 0 || hits < 0 || hits > n) {
            throw new IllegalArgumentException(hits + " of " + n);
        }
    }

    /** The share, or NaN for an empty group. */
    public double value() {
        return n == 0 ? Double.NaN : (double) hits / n;
    }

    public double low() {
        return Wilson.interval(hits, n)[0];
    }

    public double high() {
        return Wilson.interval(hits, n)[1];
    }

    /** "12.5% (3 of 24, 95% CI 4.3–31.0%)"; "no leads" for an empty group. */
    public String describe() {
        if (n == 0) {
            return "no leads";
        }
        return percent(value()) + " (" + hits + " of " + n + ", 95% CI " + String.format(java.util.Locale.ROOT, "%.1f", 100 * low())
                + "–" + percent(high()) + ")";
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
