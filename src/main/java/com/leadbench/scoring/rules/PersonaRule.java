package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Optional;

/** Maps a job title to a persona by keywords and gives the persona's points. */
public record PersonaRule(String id, String label, String persona, Keywords keywords, double points, boolean enabled)
        implements ProfileRule {

    @Override
    public String kind() {
        return "persona";
    }

    @Override
    public Optional<String> evidence(LeadFacts facts) {
        String title = facts.contact().jobTitle();
        return keywords.findIn(title).map(k -> "Job title \"" + title + "\" → " + persona);
    }

    @Override
    public boolean matchesAt(LeadFacts facts, long asOfMillis) {
        return keywords.findIn(facts.contact().jobTitle()).isPresent();
    }

    @Override
    public PersonaRule withPoints(double newPoints) {
        return new PersonaRule(id, label, persona, keywords, newPoints, enabled);
    }

    @Override
    public PersonaRule withEnabled(boolean on) {
        return new PersonaRule(id, label, persona, keywords, points, on);
    }

    @Override
    public PersonaRule withLabel(String newLabel) {
        return new PersonaRule(id, newLabel, persona, keywords, points, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return keywords.words().isEmpty() ? List.of(ScorecardProblem.empty(at + ".keywords")) : List.of();
    }
}
