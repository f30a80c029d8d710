package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What the data-hygiene checks read about one contact: who, how to reach them, and their company.
 * {@code accountId} and the account's domain and name are null for a contact without a company.
 */
public record ContactFacts(
        long id,
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        String country,
        Long accountId,
        String accountDomain,
        String accountName,
        Instant createdAt) {

    public ContactFacts {
        if (id < 1) {
            throw new IllegalArgumentException("a stored contact has an id of 1 or more: " + id);
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same display name as {@link Contact#displayName()}. */
    public String displayName() {
        return Contact.displayName(id, null, email, firstName, lastName);
    }

    /** Older first: by creation time, then by id. */
    public boolean isOlderThan(ContactFacts other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime != 0 ? byTime < 0 : id < other.id;
    }
}
