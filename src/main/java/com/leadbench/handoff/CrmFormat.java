package com.leadbench.handoff;

import java.util.Locale;

/** Which CRM the CSV file is for: its column names and values. */
public enum CrmFormat {
    HUBSPOT("HubSpot"),
    SALESFORCE("Salesforce"),
    GENERIC("Generic CSV");

    private final String label;

    CrmFormat(String label) {
        this.label = label;
    }

    /** "HubSpot", "Salesforce", "Generic CSV". */
    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By key, any case: "hubspot", "salesforce", "generic". */
    public static CrmFormat of(String key) {
        for (CrmFormat f : values()) {
            if (f.key().equalsIgnoreCase(key.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + key + "\" (hubspot, salesforce, generic)");
    }
}
