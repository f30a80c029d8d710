package com.leadbench.model;

/** Why two contacts look like the same person (DOMAIN.md, "Data hygiene"). */
public enum DuplicateRule {
    /** The same address, ignoring case and surrounding spaces. */
    SAME_EMAIL("Same email"),
    /** The same first and last name (case, accents and spacing ignored) at the same company. */
    SAME_NAME_AT_COMPANY("Same name at the same company");

    private final String label;

    DuplicateRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
