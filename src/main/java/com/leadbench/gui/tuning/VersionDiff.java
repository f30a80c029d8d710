package com.leadbench.gui.tuning;

import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Two scorecards compared rule by rule: one row {what, older, newer} per difference. */
final class VersionDiff {

    private VersionDiff() {
    }

    static List<String[]> rows(Scorecard older, Scorecard newer) {
        List<String[]> rows = new ArrayList<>();
        for (Tier t : List.of(Tier.A, Tier.B, Tier.C)) {
            add(rows, t.label() + " from", num(older.thresholds().spec(t).minScore()), num(newer.thresholds().spec(t).minScore()));
        }
        add(rows, "SQL from", num(older.thresholds().sqlThreshold()), num(newer.thresholds().sqlThreshold()));
        add(rows, "Fit gate", num(older.thresholds().fitGate()), num(newer.thresholds().fitGate()));
        add(rows, "MQL from tier", older.thresholds().mqlTier().label(), newer.thresholds().mqlTier().label());
        add(rows, "Window (days)", Integer.toString(older.windowDays()), Integer.toString(newer.windowDays()));
        Set<String> exclusionIds = new LinkedHashSet<>();
        older.exclusions().forEach(e -> exclusionIds.add(e.id()));
        newer.exclusions().forEach(e -> exclusionIds.add(e.id()));
        for (String id : exclusionIds) {
            Optional<ExclusionRule> a = older.exclusions().stream().filter(e -> e.id().equals(id)).findFirst();
            Optional<ExclusionRule> b = newer.exclusions().stream().filter(e -> e.id().equals(id)).findFirst();
            String name = "Exclusion: " + b.or(() -> a).map(ExclusionRule::label).orElse(id);
            add(rows, name, a.map(e -> e.enabled() ? "on" : "off").orElse("—"), b.map(e -> e.enabled() ? "on" : "off").orElse("—"));
        }
        Set<String> ruleIds = new LinkedHashSet<>();
        older.rules().forEach(r -> ruleIds.add(r.id()));
        newer.rules().forEach(r -> ruleIds.add(r.id()));
        for (String id : ruleIds) {
            Optional<Rule> a = older.rule(id);
            Optional<Rule> b = newer.rule(id);
            String name = b.or(() -> a).map(Rule::label).orElse(id);
            if (a.isEmpty() || b.isEmpty()) {
                add(rows, name, a.map(VersionDiff::summary).orElse("(absent)"), b.map(VersionDiff::summary).orElse("(absent)"));
                continue;
            }
            add(rows, name + ": points", num(a.get().points()), num(b.get().points()));
            add(rows, name + ": on", a.get().enabled() ? "on" : "off", b.get().enabled() ? "on" : "off");
            add(rows, name + ": label", a.get().label(), b.get().label());
            if (a.get() instanceof ActivityBased x && b.get() instanceof ActivityBased y) {
                add(rows, name + ": cap", x.cap() == null ? "none" : num(x.cap()), y.cap() == null ? "none" : num(y.cap()));
                add(rows, name + ": window", Integer.toString(x.effectiveWindowDays(older.windowDays())),
                        Integer.toString(y.effectiveWindowDays(newer.windowDays())));
                add(rows, name + ": decay", x.decay().describe(), y.decay().describe());
            }
            if (!a.get().withPoints(0).withEnabled(true).withLabel("").equals(b.get().withPoints(0).withEnabled(true).withLabel(""))
                    && !(a.get() instanceof ActivityBased)) {
                add(rows, name + ": what it matches", "(earlier definition)", "(changed)");
            }
        }
        return rows;
    }

    private static String summary(Rule r) {
        return r.kind() + ", " + num(r.points()) + " points" + (r.enabled() ? "" : ", off");
    }

    private static void add(List<String[]> rows, String what, String a, String b) {
        if (!Objects.equals(a, b)) {
            rows.add(new String[] {what, a, b});
        }
    }

    private static String num(double v) {
        return Points.format(v);
    }
}
