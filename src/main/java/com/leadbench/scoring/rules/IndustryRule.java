package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Points when the account's industry is in a list (negative points for non-target segments). */
public record IndustryRule(String id, String label, List<String> industries, double points, boolean enabled) implements ProfileRule {

    public IndustryRule {
        industries = List.copyOf(industries);
    }

    @Override
    public String kind() {
        return "industry";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        return facts.account()
                .map(a -> a.industry())
                .filter(this::listed)
                .map(i -> "Industry: " + i);
    }

    @Override
    public boolean matchesAt(LeadFacts facts, long asOfMillis) {
        return facts.account().map(a -> a.industry()).filter(this::listed).isPresent();
    }

    /** Whether the industry is one of the list, whatever the case (read for every lead: no set is built). */
    private boolean listed(String industry) {
        String key = industry.toLowerCase(Locale.ROOT);
        for (String wanted : industries) {
            if (wanted.toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public IndustryRule withPoints(double newPoints) {
        return new IndustryRule(id, label, industries, newPoints, enabled);
    }

    @Override
    public IndustryRule withEnabled(boolean on) {
        return new IndustryRule(id, label, industries, points, on);
    }

    @Override
    public IndustryRule withLabel(String newLabel) {
        return new IndustryRule(id, newLabel, industries, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return industries.isEmpty() ? List.of(ScorecardProblem.empty(at + ".industries")) : List.of();
    }
}
