package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.scoring.ActivityRule;
import com.leadbench.scoring.Decay;
import com.leadbench.scoring.Repeat;
import com.leadbench.scoring.RulePart;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An intent signal: activities of some types, optionally narrowed to asset kinds, a page or asset
 * pattern (a regular expression found anywhere in the asset) and product lines. Negative points
 * make negative intent (unsubscribes, bounces, careers pages).
 */
public record SignalRule(String id, String label, Set<ActivityType> types, Set<String> assetKinds, Pattern pagePattern,
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
                && (pagePattern == null || a.asset() != null && pagePattern.matcher(a.asset()).find())
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

    /** Records compare patterns by identity; compare their sources instead. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SignalRule r && id.equals(r.id) && label.equals(r.label) && types.equals(r.types)
                && assetKinds.equals(r.assetKinds) && patternSource(pagePattern).equals(patternSource(r.pagePattern))
                && productLines.equals(r.productLines) && Double.compare(points, r.points) == 0
                && Objects.equals(cap, r.cap) && Objects.equals(windowDays, r.windowDays) && decay.equals(r.decay)
                && repeat == r.repeat && enabled == r.enabled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, types, assetKinds, patternSource(pagePattern), productLines, points, cap, windowDays, decay, repeat, enabled);
    }

    private static String patternSource(Pattern p) {
        return p == null ? "" : p.pattern();
    }
}
