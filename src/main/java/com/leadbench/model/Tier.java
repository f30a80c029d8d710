package com.leadbench.model;

/**
 * Where a lead's score puts it. A, B and C are the scorecard's tiers (best first); a lead that is
 * excluded, or that misses every tier or the fit gate, is said so rather than given a tier.
 */
public enum Tier {
    A("Tier A"),
    B("Tier B"),
    C("Tier C"),
    NOT_QUALIFIED("Not qualified"),
    EXCLUDED("Excluded");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for A, B and C. */
    public boolean isTier() {
        return ordinal() <= C.ordinal();
    }

    /** True when this tier is at least as good as {@code other} (A is best). */
    public boolean atLeast(Tier other) {
        return isTier() && other.isTier() && ordinal() <= other.ordinal();
    }

    /** Lower-case name for CSS pseudo-classes and files: "a", "not-qualified". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
