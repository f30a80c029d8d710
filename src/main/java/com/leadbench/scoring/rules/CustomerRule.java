package com.leadbench.scoring.rules;

import com.leadbench.model.Account;
import com.leadbench.scoring.lead.LeadFacts;
import java.util.Optional;

/** Points (often zero or negative) for a contact at an existing customer, which routes to its account manager. */
public record CustomerRule(String id, String label, double points, boolean enabled) implements ProfileRule {

    @Override
    public String kind() {
        return "existing_customer";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        return facts.account().filter(Account::customer)
                .map(a -> "Existing customer" + (a.accountManager() == null ? "" : " (account manager " + a.accountManager() + ")"));
    }

    @Override
    public CustomerRule withPoints(double newPoints) {
        return new CustomerRule(id, label, newPoints, enabled);
    }

    @Override
    public CustomerRule withEnabled(boolean on) {
        return new CustomerRule(id, label, points, on);
    }

    @Override
    public CustomerRule withLabel(String newLabel) {
        return new CustomerRule(id, newLabel, points, enabled);
    }
}
