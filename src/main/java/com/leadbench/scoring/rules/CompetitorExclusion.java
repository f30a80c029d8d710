package com.leadbench.scoring.rules;

import com.leadbench.model.Account;
import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Excludes competitors: by their email domains, or an account flagged as a competitor. */
public record CompetitorExclusion(String id, String label, List<String> domains, boolean enabled) implements ExclusionRule {

    public CompetitorExclusion {
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String kind() {
        return "competitor";
    }

    @Override
    public Optional<String> reason(LeadFacts facts) {
        String domain = facts.emailDomain();
        if (domain != null && domains.contains(domain)) {
            return Optional.of(label + " (" + domain + ")");
        }
        return facts.account().filter(Account::competitor).map(a -> label + " (" + a.name() + " is marked as a competitor)");
    }

    @Override
    public CompetitorExclusion withEnabled(boolean on) {
        return new CompetitorExclusion(id, label, domains, on);
    }
}
