package com.leadbench.scoring.rules;

/** Which part of the score a rule feeds. */
public enum RulePart {
    EXCLUSION("Exclusion"),
    FIT("Fit"),
    INTENT("Intent");

    private final String label;

    RulePart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
