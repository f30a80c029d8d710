package com.leadbench.model;

import java.time.Instant;

/** One row of the leads table: the contact with its company and the time of its latest activity. */
public record LeadSummary(
        long contactId,
        String name,
        String email,
        String company,
        String jobTitle,
        String industry,
        String country,
        Instant lastActivity) {
}
