package com.leadbench.model;

/** What sales reported about a lead after handoff. */
public enum FollowUpKind {
    FIRST_CONTACT("First contact"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
