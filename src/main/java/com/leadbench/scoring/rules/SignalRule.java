package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An intent signal: activities of some types, optionally narrowed to asset kinds, a page or asset
 * pattern (a regular expression found anywhere in the asset) and product lines. Negative points
 * make negative intent (unsubscribes, bounces, careers pages).
 */
public record SignalRule(String id, String label, Set<ActivityType> types, Set<String> assetKinds, PagePattern pagePattern,
                         Set<String> productLines, double points, Double cap, Integer windowDays, Decay decay,
                         Repeat repeat, boolean enabled) implements ActivityRule {

    public SignalRule {
        types = Set.copyOf(types);
        assetKinds = Set.copyOf(assetKinds.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
        productLines = Set.copyOf(productLines.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(repeat, "repeat");
    }

    @Override
    public String kind() {
        return "activity";
    }

    @Override
    public RulePart part() {
        return RulePart.INTENT;
    }

    @Override
    public boolean matches(Activity a) {
        return (types.isEmpty() || types.contains(a.type()))
                && (assetKinds.isEmpty() || a.assetKind() != null && assetKinds.contains(a.assetKind().toLowerCase(Locale.ROOT)))
                && (pagePattern == null || a.asset() != null && pagePattern.find(a.asset()))
                && (productLines.isEmpty() || a.productLine() != null && productLines.contains(a.productLine().toLowerCase(Locale.ROOT)));
    }

    /** The activity type names, sorted, for documents and screens. */
    public List<String> typeNames() {
        return types.stream().map(Enum::name).sorted().toList();
    }

    @Override
    public SignalRule withPoints(double newPoints) {
        return new SignalRule(id, label, types, assetKinds, pagePattern, productLines, newPoints, cap, windowDays, decay, repeat, enabled);
    }

    @Override
    public SignalRule withEnabled(boolean on) {
        return new SignalRule(id, label, types, assetKinds, pagePattern, productLines, points, cap, windowDays, decay, repeat, on);
    }

    @Override
    public SignalRule withLabel(String newLabel) {
        return new SignalRule(id, newLabel, types, assetKinds, pagePattern, productLines, points, cap, windowDays, decay, repeat, enabled);
    }

    @Override
    public SignalRule withCap(Double newCap) {
        return new SignalRule(id, label, types, assetKinds, pagePattern, productLines, points, newCap, windowDays, decay, repeat, enabled);
    }

    @Override
    public SignalRule withWindowDays(Integer days) {
        return new SignalRule(id, label, types, assetKinds, pagePattern, productLines, points, cap, days, decay, repeat, enabled);
    }

    @Override
    public SignalRule withDecay(Decay newDecay) {
        return new SignalRule(id, label, types, assetKinds, pagePattern, productLines, points, cap, windowDays, newDecay, repeat, enabled);
    }

    @Override
    public List<ScorecardProblem> problems(String at) {
        return types.isEmpty() && assetKinds.isEmpty() && pagePattern == null && productLines.isEmpty()
                ? List.of(new ScorecardProblem(at, "matches every activity: give types, assetKinds, pagePattern or productLines"))
                : List.of();
    }
}
