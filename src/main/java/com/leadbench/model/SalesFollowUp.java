package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** One report from sales about a lead: first contact, accepted / rejected, won / lost. */
public record SalesFollowUp(
        long id,
        long contactId,
        FollowUpKind kind,
        Instant at,
        Double amount,
        String note) {

    public SalesFollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
