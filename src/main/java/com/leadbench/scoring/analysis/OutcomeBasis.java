package com.leadbench.scoring.analysis;

import com.leadbench.scoring.rules.Rule;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What every candidate is judged against: who was won, the base win rate, the least support a candidate needs, the
 * moment each lead is judged at, and the rule ids handed out so far (each candidate's id is unique within one search).
 */
final class OutcomeBasis {

    private final boolean[] won;
    private final int wins;
    private final double baseRate;
    private final int minSupport;
    private final long[] asOf;
    private final Set<String> ids = new HashSet<>();

    OutcomeBasis(Outcomes outcomes, long[] asOf, int minSupport) {
        this.won = outcomes.won();
        this.wins = outcomes.wins();
        this.baseRate = won.length == 0 ? Double.NaN : (double) wins / won.length;
        this.minSupport = minSupport;
        this.asOf = asOf;
    }

    boolean won(int lead) {
        return won[lead];
    }

    int leads() {
        return won.length;
    }

    int wins() {
        return wins;
    }

    double baseRate() {
        return baseRate;
    }

    int minSupport() {
        return minSupport;
    }

    /** The moment lead {@code lead} is judged at ({@link Backtest#learningTimes}). */
    long asOf(int lead) {
        return asOf[lead];
    }

    /**
     * A candidate with its win rate, lift and Wilson interval, and its rule made with a fresh id
     * {@code candidate-<slug of source and value>}.
     */
    Candidate candidate(String source, String value, int leads, int wins, Function<String, Rule> rule, Candidate.Kind kind,
                        String leak) {
        double rate = (double) wins / leads;
        double[] ci = Wilson.interval(wins, leads);
        String id = uniqueId("candidate-" + slug(source + " " + value));
        return new Candidate(source, value, leads, wins, rate, baseRate > 0 ? rate / baseRate : Double.NaN, ci[0], ci[1],
                rule.apply(id), kind, leak);
    }

    private String uniqueId(String base) {
        String id = base;
        for (int k = 2; !ids.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    /**
     * Whether two win rates differ at the 95% level by the two-proportion z-test (pooled); two groups that both
     * always or never won do not differ.
     */
    static boolean differ(int wins1, int n1, int wins2, int n2) {
        if (n1 == 0 || n2 == 0) {
            return false;
        }
        double pooled = (double) (wins1 + wins2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return false;
        }
        return Math.abs((double) wins1 / n1 - (double) wins2 / n2) / se >= Wilson.Z95;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "value" : s;
    }
}
