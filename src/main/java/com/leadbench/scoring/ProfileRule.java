package com.leadbench.scoring;

import java.util.Optional;

/** A fit rule on the contact's and account's facts: it either matches (full points) or not. */
public non-sealed interface ProfileRule extends Rule {

    /** What matched, for the explanation ("Industry: Chemicals"), or empty when the rule does not match. */
    Optional<String> evidence(LeadFacts facts);

    @Override
    default RulePart part() {
        return RulePart.FIT;
    }
}
