package com.leadbench.model;

/** Why two contacts look like the same person: the rule of the Data hygiene tab that paired them. */
public enum DuplicateRule {
    /** The same address, ignoring case and surrounding spaces. */
    SAME_EMAIL("Same email", "Email"),
    /** The same first and last name (case, accents and spacing ignored) at the same company. */
    SAME_NAME_AT_COMPANY("Same name at the same company", "Name at company");

    private final String label;
    private final String shortLabel;

    DuplicateRule(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** For narrow table columns: "Email", "Name at company". */
    public String shortLabel() {
        return shortLabel;
    }
}
