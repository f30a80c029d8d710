package com.leadbench.importing;

import java.time.Instant;

/**
 * A contact's fields as one import row gives them; null means "not given" (an update keeps what is
 * stored). For an inserted contact {@code createdAt} is always set.
 */
public record ContactValues(String externalId, String email, String firstName, String lastName, String jobTitle,
                            String phone, String country, String ipCountry, String source, String campaign,
                            Instant createdAt, String owner, Long accountId) {

    /** Only the account: what an outcomes row changes on its contact. */
    public static ContactValues ofAccount(long accountId) {
        return new ContactValues(null, null, null, null, null, null, null, null, null, null, null, null, accountId);
    }

    ContactValues withCreatedAt(Instant at) {
        return new ContactValues(externalId, email, firstName, lastName, jobTitle, phone, country, ipCountry, source,
                campaign, at, owner, accountId);
    }
}
