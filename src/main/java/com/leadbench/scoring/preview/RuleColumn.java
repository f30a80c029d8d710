package com.leadbench.scoring.preview;

import com.leadbench.model.Activity;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.Windows;

/**
 * One rule's precomputed value per contact: for a profile rule its {@link ProfileRule#valueAt value} (1 or 0
 * for most kinds, the field's number for a per-unit rule); for an activity rule the
 * sum of the decay weights of its matching activities inside the window (or the latest one's
 * weight when it counts once). Points and caps are applied later, in the rescoring pass.
 */
final class RuleColumn {

    /** What the column depends on: the rule without points, label, cap or switch, and its window. */
    record Key(Rule matcher, int windowDays) {
    }

    private RuleColumn() {
    }

    static Key key(Rule rule, int scorecardWindowDays) {
        Rule neutral = rule.withPoints(0).withLabel("").withEnabled(true);
        return switch (neutral) {
            case ActivityRule a -> new Key(a.withCap(null).withWindowDays(null), a.effectiveWindowDays(scorecardWindowDays));
            case FormKeywordRule f -> new Key(f.withWindowDays(null), f.effectiveWindowDays(scorecardWindowDays));
            case ProfileRule p -> new Key(p, 0);
        };
    }

    static double[] compute(Rule rule, int scorecardWindowDays, LeadColumns leads, long[] asOf) {
        double[] values = new double[leads.size()];
        fill(rule, scorecardWindowDays, leads, asOf, values, null);
        return values;
    }

    /** Sets {@code values[i]} for each contact {@code i} of {@code rows} (every contact when null), leaving the others. */
    static void fill(Rule rule, int scorecardWindowDays, LeadColumns leads, long[] asOf, double[] values, int[] rows) {
        switch (rule) {
            case ProfileRule p -> {
                int count = rows == null ? values.length : rows.length;
                for (int n = 0; n < count; n++) {
                    int i = rows == null ? n : rows[n];
                    values[i] = p.valueAt(leads.profile(i), asOf[i]);
                }
            }
            case ActivityRule a -> activity(a, a.effectiveWindowDays(scorecardWindowDays), leads, asOf, values, rows);
            // form texts are activities' (form submissions'): read from the activity columns, as intent rules are
            case FormKeywordRule f -> activity(f, f.effectiveWindowDays(scorecardWindowDays), leads, asOf, values, rows);
        }
    }

    private static void activity(ActivityBased rule, int window, LeadColumns leads, long[] asOf, double[] values, int[] rows) {
        boolean[] matches = new boolean[leads.signatureCount()];
        for (int s = 0; s < matches.length; s++) {
            Activity signature = leads.signatureActivity(s);
            matches[s] = rule.matches(signature);
        }
        Decay decay = rule.decay();
        boolean each = rule.repeat() == Repeat.EACH;
        int count = rows == null ? values.length : rows.length;
        for (int n = 0; n < count; n++) {
            int i = rows == null ? n : rows[n];
            double value = 0.0;
            long now = asOf[i];
            int end = leads.first(i + 1);
            for (int k = leads.first(i); k < end; k++) {
                if (!matches[leads.signature(k)]) {
                    continue;
                }
                long age = now - leads.at(k);
                if (!Windows.inside(age, window)) {
                    continue;
                }
                double weight = decay.weight(age, window);
                value = each ? value + weight : weight;
            }
            values[i] = value;
        }
    }
}
