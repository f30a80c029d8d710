package com.leadbench.scoring.account;

import com.leadbench.model.Account;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import java.util.List;

/**
 * One account's score under a scorecard, explained: fit, engagement and breadth with the lines that gave
 * them, its contacts (rows of the columns it was rolled up from; the array is shared by every rollup of
 * those columns and must not be changed), the engaged ones, the buying-group
 * roles they fill and those still missing, its tier and whether it is a marketing-qualified account.
 */
public record AccountScore(Account account, int[] rows, double fit, double engagement, double breadth,
                           Explanation explanation, List<EngagedContact> engaged, List<String> roles,
                           List<String> missingRoles, Tier tier, boolean mqa) {

    /**
     * The lines of an account's score, written when first asked for: a rollup scores every account, a screen
     * explains the one chosen.
     */
    public static final class Explanation {

        private final java.util.function.Supplier<List<AccountPoints>> write;
        private volatile List<AccountPoints> lines;

        public Explanation(java.util.function.Supplier<List<AccountPoints>> write) {
            this.write = write;
        }

        /** Lines already written. */
        public static Explanation of(List<AccountPoints> lines) {
            Explanation e = new Explanation(() -> lines);
            e.lines = List.copyOf(lines);
            return e;
        }

        List<AccountPoints> lines() {
            List<AccountPoints> out = lines;
            if (out == null) {
                out = List.copyOf(write.get());
                lines = out;
            }
            return out;
        }
    }

    public AccountScore {
        java.util.Objects.requireNonNull(explanation, "explanation");
        engaged = List.copyOf(engaged);
        roles = List.copyOf(roles);
        missingRoles = List.copyOf(missingRoles);
    }

    public double score() {
        return fit + engagement + breadth;
    }

    public long accountId() {
        return account.id();
    }

    /** The name sales know the company by: its name, else its domain, else its number. */
    public String displayName() {
        if (account.name() != null && !account.name().isBlank()) {
            return account.name();
        }
        return account.domain() != null && !account.domain().isBlank() ? account.domain() : "Account " + account.id();
    }

    public int contactCount() {
        return rows.length;
    }

    /** "no Strategic Buyer engaged yet", or empty when every role is filled. */
    public String missingText() {
        return missingRoles.isEmpty() ? "" : "no " + String.join(", ", missingRoles) + " engaged yet";
    }

    /**
     * Why the account stands where it does, in one sentence: "Score 134 reached account Tier A: fit 30,
     * engagement 84 from 3 engaged contacts, buying group 20 (Maintenance Manager, Strategic Buyer)".
     */
    public String cause() {
        return "Score " + Points.format(score()) + (tier.isTier() ? " reached account " + tier.label() : " (" + tier.label() + ")")
                + ": fit " + Points.format(fit) + ", engagement " + Points.format(engagement) + " from " + engaged.size()
                + (engaged.size() == 1 ? " engaged contact" : " engaged contacts") + ", buying group " + Points.format(breadth)
                + (roles.isEmpty() ? " (no role engaged)" : " (" + String.join(", ", roles) + ")");
    }

    /** Every line of the score, fit first, then each engaged contact, then the buying group; they add up to {@link #score()}. */
    public List<AccountPoints> lines() {
        return explanation.lines();
    }

    /** The lines of one part. */
    public List<AccountPoints> lines(AccountPoints.Part part) {
        return lines().stream().filter(l -> l.part() == part).toList();
    }
}
