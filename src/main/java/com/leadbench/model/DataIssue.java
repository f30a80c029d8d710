package com.leadbench.model;

/**
 * What is wrong with a record that routing and reports cannot work with: a missing firmographic
 * or contact field, or an address nobody can be reached at.
 */
public enum DataIssue {
    NO_ACCOUNT("No account", true),
    NO_COUNTRY("No country", true),
    NO_JOB_TITLE("No job title", true),
    NO_EMAIL("No email", false),
    MALFORMED_EMAIL("Malformed email", false),
    DISPOSABLE_DOMAIN("Disposable email domain", false);

    private final String label;
    private final boolean missingField;

    DataIssue(String label, boolean missingField) {
        this.label = label;
        this.missingField = missingField;
    }

    public String label() {
        return label;
    }

    /** True for a missing account, country or job title (an incomplete record); false for an email problem. */
    public boolean missingField() {
        return missingField;
    }
}
