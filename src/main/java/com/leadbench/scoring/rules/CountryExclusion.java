package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Excludes countries the company does not sell to, by stated country, else by IP country. */
public record CountryExclusion(String id, String label, List<String> countries, boolean enabled) implements ExclusionRule {

    public CountryExclusion {
        countries = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    @Override
    public String kind() {
        return "country";
    }

    @Override
    public Optional<String> reason(LeadFacts facts) {
        String stated = facts.contact().country();
        if (stated != null && !stated.isBlank()) {
            return countries.contains(stated.strip().toUpperCase(Locale.ROOT))
                    ? Optional.of(label + " (country " + stated + ")") : Optional.empty();
        }
        String ip = facts.contact().ipCountry();
        return ip != null && countries.contains(ip.strip().toUpperCase(Locale.ROOT))
                ? Optional.of(label + " (IP country " + ip + ")") : Optional.empty();
    }

    @Override
    public CountryExclusion withEnabled(boolean on) {
        return new CountryExclusion(id, label, countries, on);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return countries.isEmpty() ? List.of(ScorecardProblem.empty(at + ".countries")) : List.of();
    }
}
