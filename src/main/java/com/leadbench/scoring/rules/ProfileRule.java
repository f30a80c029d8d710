package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.Optional;

/**
 * A fit rule on the contact's and account's facts. Most kinds either match (full points) or not; a rule may
 * instead give a value (points per unit, capped) or depend on the moment it is read at (the age of a date).
 * The engines read every profile rule through {@link #evidenceAt} and {@link #valueAt}.
 */
public sealed interface ProfileRule extends Rule
        permits IndustryRule, CompanySizeRule, RegionRule, PersonaRule, CustomerRule, FieldRule, PerUnitRule, FieldAgeRule {

    /**
     * What matched, for the explanation ("Industry: Chemicals"), or empty when the rule does not match. A rule
     * that depends on the moment ({@link #timeDependent()}) answers as of the start of the epoch here, which never
     * matches: read it with {@link #evidenceAt}.
     */
    Optional<String> evidence(LeadFacts facts);

    /** What matched as of {@code asOfMillis}; the same as {@link #evidence(LeadFacts)} for most kinds. */
    default Optional<String> evidenceAt(LeadFacts facts, long asOfMillis) {
        return evidence(facts);
    }

    /**
     * The value the points multiply as of {@code asOfMillis}: 1 when the rule matches and 0 when not, for most
     * kinds; the field's number for a per-unit rule. {@link #apply} turns it into points.
     */
    default double valueAt(LeadFacts facts, long asOfMillis) {
        return matchesAt(facts, asOfMillis) ? 1.0 : 0.0;
    }

    /**
     * Whether the rule matches as of {@code asOfMillis}: {@link #evidenceAt} is present. The preview reads it for
     * every lead; the common kinds answer without writing the explanation.
     */
    default boolean matchesAt(LeadFacts facts, long asOfMillis) {
        return evidenceAt(facts, asOfMillis).isPresent();
    }

    /** True when whether the rule matches changes with the moment it is read at (the age of a date). */
    default boolean timeDependent() {
        return false;
    }

    /**
     * For a {@link #timeDependent()} rule: the moments (epoch millis, ascending) at which its verdict on this lead
     * may change, and none when it can never match this lead. Replays read the rule again at each of them.
     */
    default long[] changesAt(LeadFacts facts) {
        return new long[0];
    }

    @Override
    default RulePart part() {
        return RulePart.FIT;
    }
}
