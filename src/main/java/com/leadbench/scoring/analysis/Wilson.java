package com.leadbench.scoring.analysis;

/** The 95% Wilson score interval of a share: how far {@code hits} of {@code n} can be trusted, small groups included. */
public final class Wilson {

    /** The two-sided 95% normal quantile. */
    static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The interval for {@code hits} of {@code n}: {low, high}; NaN for both when {@code n} is 0. */
    public static double[] interval(int hits, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) hits / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
