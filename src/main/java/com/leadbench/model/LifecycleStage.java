package com.leadbench.model;

/** Where a record stands in the funnel (docs/scorecard.md, "How tier and stage follow from the score"). */
public enum LifecycleStage {
    CONTACT("Contact"),
    LEAD("Lead"),
    MQL("MQL"),
    SQL("SQL"),
    /** Exported to sales in a handoff packet; sales reports what follows. */
    HANDED_OFF("Handed off"),
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

    /** MQL or SQL: a lead marketing qualified and sales should hear about. */
    public boolean isQualified() {
        return this == MQL || this == SQL;
    }
}
