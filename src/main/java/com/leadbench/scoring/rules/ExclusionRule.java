package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Optional;

/** A rule that keeps a contact from becoming a lead. The contact is kept and marked with the reason. */
public sealed interface ExclusionRule permits DomainExclusion, CompetitorExclusion, CountryExclusion, EmailValidityExclusion {

    String id();

    String label();

    String kind();

    boolean enabled();

    /** Why this contact is excluded ("Personal email domain gmail.com"), or empty. */
    Optional<String> reason(LeadFacts facts);

    ExclusionRule withEnabled(boolean enabled);

    /** What makes this exclusion unusable, each at a path under {@code at} ("$.exclusions[0]"), beyond its id. */
    default List<ScorecardProblem> problems(String at) {
        return List.of();
    }
}
