package com.leadbench.scoring;

import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a scorecard scores a company from its contacts (format in {@code docs/scorecard.md}):
 * <ul>
 * <li>account fit: the points the scorecard's industry, company-size, region and existing-customer
 * rules give the company itself;</li>
 * <li>engagement: each contact's intent points, at most {@code contactCap} each, so that one busy
 * visitor cannot make an account hot; only engaged contacts (intent of at least
 * {@code engagedMinimum}) count;</li>
 * <li>buying-group breadth: {@code pointsPerRole} for every role of {@code roles} filled by an engaged
 * contact. A role is a persona of the scorecard's persona rules, so a job title maps to a role
 * exactly as it does for a lead's fit. No roles named means every persona the scorecard gives
 * points to.</li>
 * </ul>
 * The account's tier is the best of A, B and C whose minimum its score reaches; an account at
 * {@code mqaTier} or better is a marketing-qualified account (MQA).
 */
public record AccountScoring(double contactCap, double engagedMinimum, double pointsPerRole, List<String> roles,
                             double tierA, double tierB, double tierC, Tier mqaTier) {

    /** What a scorecard without an {@code accounts} block uses. */
    public static final AccountScoring DEFAULT = new AccountScoring(30, 20, 20, List.of(), 120, 80, 50, Tier.A);

    public AccountScoring {
        roles = List.copyOf(roles);
        Objects.requireNonNull(mqaTier, "mqaTier");
    }

    /** The roles of the buying group, in the order the scorecard names them (its persona rules' order by default). */
    public List<String> roles(List<Rule> rules) {
        if (!roles.isEmpty()) {
            return roles;
        }
        Set<String> personas = new LinkedHashSet<>();
        for (Rule r : rules) {
            if (r instanceof PersonaRule p && p.points() > 0) {
                personas.add(p.persona().strip());
            }
        }
        return List.copyOf(personas);
    }

    /** The tier a score reaches: A, B, C or not qualified. */
    public Tier tier(double score) {
        if (score >= tierA) {
            return Tier.A;
        }
        if (score >= tierB) {
            return Tier.B;
        }
        return score >= tierC ? Tier.C : Tier.NOT_QUALIFIED;
    }

    public double minimum(Tier tier) {
        return switch (tier) {
            case A -> tierA;
            case B -> tierB;
            case C -> tierC;
            default -> throw new IllegalArgumentException("no minimum for " + tier);
        };
    }

    public boolean isMqa(Tier tier) {
        return tier.isTier() && tier.atLeast(mqaTier);
    }

    public AccountScoring withMinimum(Tier tier, double points) {
        return new AccountScoring(contactCap, engagedMinimum, pointsPerRole, roles,
                tier == Tier.A ? points : tierA, tier == Tier.B ? points : tierB, tier == Tier.C ? points : tierC, mqaTier);
    }

    public AccountScoring withContactCap(double points) {
        return new AccountScoring(points, engagedMinimum, pointsPerRole, roles, tierA, tierB, tierC, mqaTier);
    }

    public AccountScoring withEngagedMinimum(double points) {
        return new AccountScoring(contactCap, points, pointsPerRole, roles, tierA, tierB, tierC, mqaTier);
    }

    public AccountScoring withMqaTier(Tier tier) {
        return new AccountScoring(contactCap, engagedMinimum, pointsPerRole, roles, tierA, tierB, tierC, tier);
    }

    public AccountScoring withPointsPerRole(double points) {
        return new AccountScoring(contactCap, engagedMinimum, points, roles, tierA, tierB, tierC, mqaTier);
    }

    /** What makes these settings unusable with {@code rules}, at paths under {@code $.accounts}. */
    public List<ScorecardProblem> problems(List<Rule> rules) {
        List<ScorecardProblem> problems = new ArrayList<>();
        finite("contactCap", contactCap, problems);
        finite("engagedMinimum", engagedMinimum, problems);
        finite("pointsPerRole", pointsPerRole, problems);
        finite("tiers.A", tierA, problems);
        finite("tiers.B", tierB, problems);
        finite("tiers.C", tierC, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        if (contactCap <= 0) {
            problems.add(new ScorecardProblem("$.accounts.contactCap", "must be above 0 points, was " + Points.format(contactCap)));
        }
        if (engagedMinimum <= 0) {
            problems.add(new ScorecardProblem("$.accounts.engagedMinimum",
                    "must be above 0 points (a contact with no intent is not engaged), was " + Points.format(engagedMinimum)));
        }
        if (pointsPerRole < 0) {
            problems.add(new ScorecardProblem("$.accounts.pointsPerRole", "must be 0 or more, was " + Points.format(pointsPerRole)));
        }
        if (!(tierA > tierB)) {
            problems.add(new ScorecardProblem("$.accounts.tiers.A", "account Tier A (" + Points.format(tierA)
                    + ") must be above account Tier B (" + Points.format(tierB) + ")"));
        }
        if (!(tierB > tierC)) {
            problems.add(new ScorecardProblem("$.accounts.tiers.B", "account Tier B (" + Points.format(tierB)
                    + ") must be above account Tier C (" + Points.format(tierC) + ")"));
        }
        if (!mqaTier.isTier()) {
            problems.add(new ScorecardProblem("$.accounts.mqaTier", "the MQA tier must be A, B or C"));
        }
        Set<String> personas = new LinkedHashSet<>();
        for (Rule r : rules) {
            if (r instanceof PersonaRule p) {
                personas.add(p.persona().strip());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            String at = "$.accounts.roles[" + i + "]";
            if (role.isBlank()) {
                problems.add(ScorecardProblem.empty(at));
            } else if (!personas.contains(role.strip())) {
                problems.add(new ScorecardProblem(at, "no persona rule names the role \"" + role
                        + "\": add a persona rule with that persona, or name one of " + (personas.isEmpty() ? "(none)" : String.join(", ", personas))));
            } else if (!seen.add(role.strip())) {
                problems.add(new ScorecardProblem(at, "the role \"" + role + "\" is named twice"));
            }
        }
        return problems;
    }

    private static void finite(String field, double value, List<ScorecardProblem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(ScorecardProblem.notANumber("$.accounts." + field));
        }
    }
}
