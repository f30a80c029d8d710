package com.leadbench.scoring.routing;

import com.leadbench.model.Tier;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One routing rule: leads of these tiers, product lines and regions go to {@code queue}. An empty
 * set matches anything; product lines and regions compare without case.
 */
public record RouteRule(String id, String label, Set<Tier> tiers, Set<String> productLines, Set<String> regions, String queue) {

    public RouteRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(queue, "queue");
        tiers = Set.copyOf(tiers);
        productLines = lower(productLines);
        regions = lower(regions);
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean matches(Tier tier, String productLine, String region) {
        return (tiers.isEmpty() || tiers.contains(tier))
                && (productLines.isEmpty() || productLine != null && productLines.contains(productLine.toLowerCase(Locale.ROOT)))
                && (regions.isEmpty() || region != null && regions.contains(region.strip().toLowerCase(Locale.ROOT)));
    }
}
