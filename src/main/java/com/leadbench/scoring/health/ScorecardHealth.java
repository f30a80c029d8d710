package com.leadbench.scoring.health;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ExclusionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a scorecard shuts the data out (ADR 0010: whenever a scorecard excludes most leads, or
 * qualifies none, the manager is told which rule does it). Given the leads and their scores under
 * the scorecard, it warns when more than half the leads are excluded, naming the exclusion rule that
 * excludes the most (each lead counted for the first enabled rule that excludes it, as scoring does),
 * and when no lead is an MQL or SQL, naming what blocks them: the fit gate when most leads that are
 * not excluded fall below it, else the MQL tier's threshold against the highest score seen.
 * A scorecard that does neither gets no warning; so does an empty set of leads.
 */
public final class ScorecardHealth {

    /** What is wrong: most leads excluded, or none qualified. */
    public enum Kind { EXCLUDES_MOST, QUALIFIES_NONE }

    /** One warning: what kind, the rule or threshold at fault ("invalid-email", "fitGate", "tiers.B"), and the sentence to show. */
    public record Warning(Kind kind, String cause, String text) {

        public Warning {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(text, "text");
        }
    }

    private ScorecardHealth() {
    }

    /** The warnings for {@code card} over {@code leads} scored as {@code scores} (indexed like the leads). */
    public static List<Warning> check(Scorecard card, LeadColumns leads, PreviewScores scores) {
        int n = scores.size();
        if (n != leads.size()) {
            throw new IllegalArgumentException("one score per lead: " + n + " scores for " + leads.size() + " leads");
        }
        List<Warning> warnings = new ArrayList<>();
        if (n == 0) {
            return warnings;
        }
        int excluded = 0;
        int qualified = 0;
        for (int i = 0; i < n; i++) {
            excluded += scores.tier(i) == Tier.EXCLUDED ? 1 : 0;
            LifecycleStage stage = scores.stage(i);
            qualified += stage == LifecycleStage.MQL || stage == LifecycleStage.SQL ? 1 : 0;
        }
        if (excluded * 2 > n) {
            warnings.add(mostExcluded(card, leads, scores, excluded));
        }
        if (qualified == 0) {
            warnings.add(noneQualified(card.thresholds(), scores, n - excluded));
        }
        return warnings;
    }

    private static Warning mostExcluded(Scorecard card, LeadColumns leads, PreviewScores scores, int excluded) {
        List<ExclusionRule> rules = card.exclusions().stream().filter(ExclusionRule::enabled).toList();
        int[] first = new int[rules.size()];
        for (int i = 0; i < leads.size(); i++) {
            if (scores.tier(i) != Tier.EXCLUDED) {
                continue;
            }
            LeadFacts profile = leads.profile(i);
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).reason(profile).isPresent()) {
                    first[r]++;
                    break;
                }
            }
        }
        int n = leads.size();
        int top = -1;
        for (int r = 0; r < rules.size(); r++) {
            if (first[r] > 0 && (top < 0 || first[r] > first[top])) {
                top = r;
            }
        }
        if (top < 0) {
            // excluded by something outside the exclusion rules: should not happen, but say what is known
            return new Warning(Kind.EXCLUDES_MOST, "exclusions", "The scorecard excludes " + share(excluded, n) + ".");
        }
        ExclusionRule rule = rules.get(top);
        String text = rule.label() + " (" + rule.id() + ") excludes " + share(first[top], n);
        if (first[top] < excluded) {
            text += "; with the other exclusions " + share(excluded, n) + " are excluded";
        }
        return new Warning(Kind.EXCLUDES_MOST, rule.id(), text);
    }

    private static Warning noneQualified(Thresholds t, PreviewScores scores, int eligible) {
        String start = "No lead qualifies (no MQL or SQL): ";
        if (eligible == 0) {
            return new Warning(Kind.QUALIFIES_NONE, "exclusions", start + "every lead is excluded.");
        }
        int belowGate = 0;
        double highestFit = Double.NEGATIVE_INFINITY;
        double highestTotal = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.size(); i++) {
            if (scores.tier(i) == Tier.EXCLUDED) {
                continue;
            }
            highestFit = Math.max(highestFit, scores.fit(i));
            if (scores.fit(i) < t.fitGate()) {
                belowGate++;
            } else {
                highestTotal = Math.max(highestTotal, scores.total(i));
            }
        }
        if (belowGate * 2 > eligible) {
            return new Warning(Kind.QUALIFIES_NONE, "fitGate", start + "the fit gate of " + Points.format(t.fitGate()) + " stops "
                    + share(belowGate, eligible, "leads that are not excluded")
                    + "; the highest fit seen is " + Points.format(highestFit) + ".");
        }
        TierSpec mql = t.spec(t.mqlTier());
        return new Warning(Kind.QUALIFIES_NONE, "tiers." + t.mqlTier().name(), start + mql.name() + ", the MQL tier, starts at "
                + Points.format(mql.minScore()) + ", above the highest score seen (" + Points.format(highestTotal) + ").");
    }

    /** "8,000 of 8,000 leads (100%)"; a share short of all never reads 100%, nor one above none 0%. */
    static String share(int count, int of) {
        return share(count, of, "leads");
    }

    private static String share(int count, int of, String what) {
        long percent = Math.round(100.0 * count / of);
        if (count < of && percent == 100) {
            percent = 99;
        } else if (count > 0 && percent == 0) {
            percent = 1;
        }
        return String.format(Locale.US, "%,d of %,d %s (%d%%)", count, of, what, percent);
    }
}
