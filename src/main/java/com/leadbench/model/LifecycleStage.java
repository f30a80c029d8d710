package com.leadbench.model;

/** Where a record stands in the funnel (DOMAIN.md, "The lifecycle"). */
public enum LifecycleStage {
    CONTACT("Contact"),
    LEAD("Lead"),
    MQL("MQL"),
    SQL("SQL"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    LifecycleStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
