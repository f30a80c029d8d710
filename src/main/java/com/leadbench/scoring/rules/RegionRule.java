package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Points when the lead's country (the contact's, else the account's) or the account's region is in a list. */
public record RegionRule(String id, String label, List<String> countries, List<String> regions, double points, boolean enabled)
        implements ProfileRule {

    public RegionRule {
        countries = countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        regions = regions.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String kind() {
        return "region";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        String country = facts.contact().country() != null ? facts.contact().country()
                : facts.account().map(a -> a.country()).orElse(null);
        if (country != null && countries.contains(country.strip().toUpperCase(Locale.ROOT))) {
            return Optional.of("Country: " + country);
        }
        return facts.account().map(a -> a.region())
                .filter(r -> regions.contains(r.strip().toLowerCase(Locale.ROOT)))
                .map(r -> "Region: " + r);
    }

    @Override
    public RegionRule withPoints(double newPoints) {
        return new RegionRule(id, label, countries, regions, newPoints, enabled);
    }

    @Override
    public RegionRule withEnabled(boolean on) {
        return new RegionRule(id, label, countries, regions, points, on);
    }

    @Override
    public RegionRule withLabel(String newLabel) {
        return new RegionRule(id, newLabel, countries, regions, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return countries.isEmpty() && regions.isEmpty() ? List.of(new ScorecardProblem(at, "needs countries, regions or both")) : List.of();
    }
}
