package com.leadbench.scoring.routing;

import java.util.Objects;

/** Where a lead goes and why: the queue or owner, the rule that chose it ({@code ruleId}) and a sentence. */
public record Route(String queue, String ruleId, String reason) {

    public static final String CUSTOMER = "customer";
    public static final String DATA_FIX = "data-fix";
    public static final String DEFAULT = "default";

    public Route {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
    }
}
