package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Excludes email domains: exact ones ("gmail.com") and suffixes written with a leading dot
 * (".edu" for students). Used for personal mail providers and for schools.
 */
public record DomainExclusion(String id, String label, List<String> domains, boolean enabled) implements ExclusionRule {

    public DomainExclusion {
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String kind() {
        return "email_domain";
    }

    @Override
    public Optional<String> reason(LeadFacts facts) {
        String domain = facts.emailDomain();
        if (domain == null) {
            return Optional.empty();
        }
        for (String d : domains) {
            if (d.startsWith(".") ? domain.endsWith(d) : domain.equals(d)) {
                return Optional.of(label + " (" + domain + ")");
            }
        }
        return Optional.empty();
    }

    @Override
    public DomainExclusion withEnabled(boolean on) {
        return new DomainExclusion(id, label, domains, on);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return domains.isEmpty() ? List.of(ScorecardProblem.empty(at + ".domains")) : List.of();
    }
}
