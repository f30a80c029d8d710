package com.leadbench.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A person who gave an email address. {@code id} is 0 until the store assigns one;
 * {@code accountId} is null for a contact whose company is unknown.
 */
public record Contact(
        long id,
        String externalId,
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        String phone,
        String country,
        String ipCountry,
        String source,
        String campaign,
        Instant createdAt,
        String owner,
        Long accountId,
        Map<String, String> customFields) {

    public Contact {
        if (id < 0) {
            throw new IllegalArgumentException("contact id must not be negative: " + id);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        customFields = Map.copyOf(Objects.requireNonNullElse(customFields, Map.of()));
    }

    /** "First Last"; else the email; else the external id; else "(unnamed #id)". */
    public String displayName() {
        return displayName(id, externalId, email, firstName, lastName);
    }

    /** The display name rule, for rows that are not whole contacts. */
    public static String displayName(long id, String externalId, String email, String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        String name = (first + " " + last).strip();
        if (!name.isEmpty()) {
            return name;
        }
        if (email != null && !email.isBlank()) {
            return email;
        }
        if (externalId != null && !externalId.isBlank()) {
            return externalId;
        }
        return "(unnamed #" + id + ")";
    }

    /** The part of the email after '@', lower case; null when there is none. */
    public String emailDomain() {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : email.substring(at + 1).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
