package com.leadbench.scoring;

import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.rules.RulePart;
import java.time.Instant;
import java.util.Objects;

/**
 * One rule's part in a score: what it saw ({@code evidence}), the points before caps and decay
 * ({@code rawPoints}) and the points it adds ({@code points}). {@code at} is the latest evidence
 * time, or null for facts without a date.
 */
public record Contribution(String ruleId, String label, RulePart part, String evidence, double rawPoints, double points, Instant at) {

    public Contribution {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** "Spec sheet download (+16)". */
    public String summary() {
        return label + " (" + Points.signed(points) + ")";
    }
}
