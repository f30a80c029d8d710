package com.leadbench.scoring.routing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where qualified leads go. In order: existing customers to their account manager (or
 * {@code customerQueue} when the account has none); records missing a {@code requiredFields}
 * field to {@code dataFixQueue}; the first matching rule; else {@code defaultQueue}.
 * Required fields are named as for field rules: {@code contact.email}, {@code account.name}, ...
 * {@code weeklyCapacity} is what sales agreed each queue can take, in new leads a week; a queue
 * not named has no agreed capacity.
 */
public record Routing(List<RouteRule> rules, String customerQueue, String dataFixQueue, List<String> requiredFields,
                      String defaultQueue, Map<String, Integer> weeklyCapacity) {

    /** For scorecards written before routing existed: everything to one queue, nothing required. */
    public static final Routing SINGLE_QUEUE = new Routing(List.of(), "Account management", "Data-fix queue", List.of(), "Sales");

    public Routing {
        rules = List.copyOf(rules);
        requiredFields = List.copyOf(requiredFields);
        Objects.requireNonNull(customerQueue, "customerQueue");
        Objects.requireNonNull(dataFixQueue, "dataFixQueue");
        Objects.requireNonNull(defaultQueue, "defaultQueue");
        weeklyCapacity = Collections.unmodifiableMap(new TreeMap<>(weeklyCapacity));
        weeklyCapacity.forEach((queue, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("the weekly capacity of " + queue + " must be 0 or more, was " + n);
            }
        });
    }

    /** Without agreed capacities. */
    public Routing(List<RouteRule> rules, String customerQueue, String dataFixQueue, List<String> requiredFields, String defaultQueue) {
        this(rules, customerQueue, dataFixQueue, requiredFields, defaultQueue, Map.of());
    }

    /** This routing with {@code queue}'s weekly capacity set to {@code leads}, or removed when that is null. */
    public Routing withWeeklyCapacity(String queue, Integer leads) {
        Map<String, Integer> next = new TreeMap<>(weeklyCapacity);
        if (leads == null) {
            next.remove(queue);
        } else {
            next.put(queue, leads);
        }
        return new Routing(rules, customerQueue, dataFixQueue, requiredFields, defaultQueue, next);
    }

    /** Every queue this routing names itself (its rules', the default, customer and data-fix queues), in that order, each once. */
    public List<String> queues() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        rules.forEach(r -> out.add(r.queue()));
        out.add(defaultQueue);
        out.add(customerQueue);
        out.add(dataFixQueue);
        return List.copyOf(out);
    }
}
