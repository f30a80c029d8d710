package com.leadbench.scoring.routing;

import java.util.List;
import java.util.Objects;

/**
 * Where qualified leads go. In order: existing customers to their account manager (or
 * {@code customerQueue} when the account has none); records missing a {@code requiredFields}
 * field to {@code dataFixQueue}; the first matching rule; else {@code defaultQueue}.
 * Required fields are named as for field rules: {@code contact.email}, {@code account.name}, ...
 */
public record Routing(List<RouteRule> rules, String customerQueue, String dataFixQueue, List<String> requiredFields,
                      String defaultQueue) {

    /** For scorecards written before routing existed: everything to one queue, nothing required. */
    public static final Routing SINGLE_QUEUE = new Routing(List.of(), "Account management", "Data-fix queue", List.of(), "Sales");

    public Routing {
        rules = List.copyOf(rules);
        requiredFields = List.copyOf(requiredFields);
        Objects.requireNonNull(customerQueue, "customerQueue");
        Objects.requireNonNull(dataFixQueue, "dataFixQueue");
        Objects.requireNonNull(defaultQueue, "defaultQueue");
    }
}
