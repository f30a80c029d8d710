package com.leadbench.scoring.preview;

import com.leadbench.model.ActivityType;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.Windows;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-contact aggregates of one scorecard's rules at one as-of time: a column per rule, plus
 * who is excluded and who made a fast-track request. Built once; {@link #adapt} reuses every column
 * whose rule still matches the same things, so a points or threshold change rebuilds nothing and a
 * keyword or window change rebuilds only that rule's column.
 */
public final class FeatureMatrix {

    private final LeadColumns leads;
    private final long[] asOf;
    private final Scorecard scorecard;
    private final Map<RuleColumn.Key, double[]> columns;
    private final double[][] byRule;
    private final List<ExclusionRule> exclusionKey;
    private final boolean[] excluded;
    private final FastTrack fastTrackKey;
    private final int fastTrackWindow;
    private final boolean[] requested;

    private FeatureMatrix(LeadColumns leads, long[] asOf, Scorecard scorecard, Map<RuleColumn.Key, double[]> columns,
                          double[][] byRule, List<ExclusionRule> exclusionKey, boolean[] excluded,
                          FastTrack fastTrackKey, int fastTrackWindow, boolean[] requested) {
        this.leads = leads;
        this.asOf = asOf;
        this.scorecard = scorecard;
        this.columns = columns;
        this.byRule = byRule;
        this.exclusionKey = exclusionKey;
        this.excluded = excluded;
        this.fastTrackKey = fastTrackKey;
        this.fastTrackWindow = fastTrackWindow;
        this.requested = requested;
    }

    /** Builds every column for {@code scorecard} as of {@code asOfMillis}. */
    public static FeatureMatrix build(LeadColumns leads, Scorecard scorecard, long asOfMillis) {
        long[] asOf = new long[leads.size()];
        java.util.Arrays.fill(asOf, asOfMillis);
        return build(leads, scorecard, asOf);
    }

    /**
     * Builds every column with each contact scored as of its own time ({@code asOfMillis[i]}), as a
     * backtest does: each lead as it looked before its outcome was known.
     */
    public static FeatureMatrix build(LeadColumns leads, Scorecard scorecard, long[] asOfMillis) {
        if (asOfMillis.length != leads.size()) {
            throw new IllegalArgumentException("one as-of time per contact: " + asOfMillis.length + " for " + leads.size());
        }
        return new FeatureMatrix(leads, asOfMillis.clone(), null, Map.of(), new double[0][], null, null, null, -1, null)
                .adapt(scorecard);
    }

    /** The matrix for an edited scorecard, recomputing only the columns whose matching changed. */
    public FeatureMatrix adapt(Scorecard next) {
        Map<RuleColumn.Key, double[]> reused = new HashMap<>();
        List<Rule> rules = next.rules();
        double[][] values = new double[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            RuleColumn.Key key = RuleColumn.key(rules.get(r), next.windowDays());
            double[] column = reused.get(key);
            if (column == null) {
                column = columns.get(key);
            }
            if (column == null) {
                column = RuleColumn.compute(rules.get(r), next.windowDays(), leads, asOf);
            }
            reused.put(key, column);
            values[r] = column;
        }
        List<ExclusionRule> enabledExclusions = next.exclusions().stream().filter(ExclusionRule::enabled).toList();
        boolean[] excludedNow = enabledExclusions.equals(exclusionKey) ? excluded : excluded(enabledExclusions);
        int window = next.fastTrack().effectiveWindowDays(next.windowDays());
        boolean sameFastTrack = next.fastTrack().equals(fastTrackKey) && window == fastTrackWindow;
        boolean[] requestedNow = sameFastTrack ? requested : requested(next.fastTrack(), window);
        return new FeatureMatrix(leads, asOf, next, reused, values, enabledExclusions, excludedNow, next.fastTrack(), window, requestedNow);
    }

    /**
     * This matrix over spliced columns: the contacts the splice kept keep their values and their
     * as-of time; the changed and added ones are computed as of {@code asOfChanged}. The same as
     * {@link #build(LeadColumns, Scorecard, long[])} with those as-of times, in proportion to the
     * contacts changed (plus copying each column).
     */
    public FeatureMatrix follow(LeadColumns.Spliced spliced, long asOfChanged) {
        LeadColumns next = spliced.columns();
        int[] previous = spliced.previous();
        int n = next.size();
        long[] nextAsOf = new long[n];
        for (int i = 0; i < n; i++) {
            nextAsOf[i] = previous[i] >= 0 ? asOf[previous[i]] : asOfChanged;
        }
        int[] changed = spliced.changed();
        // each column follows once, computed for the changed contacts with the first rule it serves, as adapt computed it
        Map<RuleColumn.Key, double[]> nextColumns = new HashMap<>();
        double[][] values = new double[byRule.length][];
        List<Rule> rules = scorecard.rules();
        for (int r = 0; r < rules.size(); r++) {
            RuleColumn.Key key = RuleColumn.key(rules.get(r), scorecard.windowDays());
            double[] column = nextColumns.get(key);
            if (column == null) {
                double[] old = byRule[r];
                column = new double[n];
                for (int i = 0; i < n; i++) {
                    if (previous[i] >= 0) {
                        column[i] = old[previous[i]];
                    }
                }
                RuleColumn.fill(rules.get(r), scorecard.windowDays(), next, nextAsOf, column, changed);
                nextColumns.put(key, column);
            }
            values[r] = column;
        }
        boolean[] nextExcluded = new boolean[n];
        boolean[] nextRequested = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (previous[i] >= 0) {
                nextExcluded[i] = excluded[previous[i]];
                nextRequested[i] = requested[previous[i]];
            }
        }
        FeatureMatrix followed = new FeatureMatrix(next, nextAsOf, scorecard, nextColumns, values, exclusionKey, nextExcluded,
                fastTrackKey, fastTrackWindow, nextRequested);
        followed.markExcluded(exclusionKey, nextExcluded, changed);
        followed.markRequested(fastTrackKey, fastTrackWindow, nextRequested, changed);
        return followed;
    }

    private boolean[] excluded(List<ExclusionRule> rules) {
        boolean[] out = new boolean[leads.size()];
        markExcluded(rules, out, null);
        return out;
    }

    /** Sets {@code out[i]} for each contact of {@code rows} (every contact when null). */
    private void markExcluded(List<ExclusionRule> rules, boolean[] out, int[] rows) {
        int count = rows == null ? out.length : rows.length;
        for (int n = 0; n < count; n++) {
            int i = rows == null ? n : rows[n];
            LeadFacts profile = leads.profile(i);
            out[i] = false;
            for (ExclusionRule rule : rules) {
                Optional<String> reason = rule.reason(profile);
                if (reason.isPresent()) {
                    out[i] = true;
                    break;
                }
            }
        }
    }

    private boolean[] requested(FastTrack fastTrack, int window) {
        boolean[] out = new boolean[leads.size()];
        markRequested(fastTrack, window, out, null);
        return out;
    }

    private void markRequested(FastTrack fastTrack, int window, boolean[] out, int[] rows) {
        if (!fastTrack.enabled()) {
            return;
        }
        boolean[] typeMatch = new boolean[leads.signatureCount()];
        for (int s = 0; s < typeMatch.length; s++) {
            ActivityType type = leads.signatureActivity(s).type();
            typeMatch[s] = fastTrack.types().contains(type);
        }
        int count = rows == null ? out.length : rows.length;
        for (int n = 0; n < count; n++) {
            int i = rows == null ? n : rows[n];
            out[i] = false;
            int end = leads.first(i + 1);
            for (int k = leads.first(i); k < end && !out[i]; k++) {
                out[i] = typeMatch[leads.signature(k)] && Windows.inside(asOf[i] - leads.at(k), window);
            }
        }
    }

    public LeadColumns leads() {
        return leads;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    /** The time contact {@code i} is scored as of. */
    public long asOf(int i) {
        return asOf[i];
    }

    /** Rule {@code r}'s value for every contact (see {@link RuleColumn}); read-only by convention. */
    public double[] column(int rule) {
        return byRule[rule];
    }

    public boolean excluded(int i) {
        return excluded[i];
    }

    boolean requested(int i) {
        return requested[i];
    }

    /** Distinct columns held (a column shared by identical rules counts once). */
    public int columnCount() {
        return columns.size();
    }

    /** Approximate heap held by the aggregates, in bytes. */
    public long bytes() {
        long perColumn = (long) leads.size() * Double.BYTES;
        return columns.size() * perColumn + 2L * leads.size();
    }

    /** For tests and diagnostics: the columns a change would have to rebuild. */
    public int rebuildCount(Scorecard next) {
        int n = 0;
        List<RuleColumn.Key> seen = new ArrayList<>();
        for (Rule r : next.rules()) {
            RuleColumn.Key key = RuleColumn.key(r, next.windowDays());
            if (!columns.containsKey(key) && !seen.contains(key)) {
                seen.add(key);
                n++;
            }
        }
        return n;
    }
}
