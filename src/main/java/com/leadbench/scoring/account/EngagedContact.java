package com.leadbench.scoring.account;

import java.util.List;

/**
 * A contact of an account whose intent reaches the engagement minimum: its row in the columns, its intent
 * points, the points the account counts (at most the per-contact cap) and the buying-group roles its job
 * title fills.
 */
public record EngagedContact(int row, long contactId, String name, String jobTitle, double intent, double counted, List<String> roles) {

    public EngagedContact {
        roles = List.copyOf(roles);
    }

    /** True when the cap cut this contact's intent. */
    public boolean capped() {
        return counted < intent;
    }

    /** "Dana Reyes (Maintenance Manager)", or the name alone when the title fills no role. */
    public String nameWithRoles() {
        return roles.isEmpty() ? name : name + " (" + String.join(", ", roles) + ")";
    }
}
