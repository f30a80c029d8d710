package com.leadbench.scoring.start;

import com.leadbench.model.Account;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.preview.LeadColumns;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Hand-built leads as columns: contacts with or without email, title and company, and their activities. */
public final class HandBuilt {

    public static final Instant AS_OF = Instant.parse("2026-11-20T12:00:00Z");

    private final LeadColumns.Builder builder = LeadColumns.builder();
    private long next = 1;

    public static HandBuilt leads() {
        return new HandBuilt();
    }

    /** Adds a contact; returns its id. A null {@code employees} and {@code industry} with no account: no company. */
    public long contact(String email, String title, Integer employees) {
        long id = next++;
        Account account = employees == null ? null
                : new Account(id, "company" + id + ".com", "Company " + id, null, employees, null, "US", null, false, false, null, Map.of());
        builder.contact(new Contact(id, "CRM-" + id, email, "First" + id, "Last" + id, title, null, null, null, "Web", null,
                Instant.parse("2026-01-01T00:00:00Z"), null, account == null ? null : id, Map.of()), account);
        return id;
    }

    /** Adds an activity of contact {@code id}, {@code daysAgo} days before {@link #AS_OF}. */
    public HandBuilt did(long id, ActivityType type, String asset, String kind, int daysAgo) {
        builder.activity(id, type, asset, kind, null, AS_OF.minus(Duration.ofDays(daysAgo)).toEpochMilli(), null);
        return this;
    }

    public LeadColumns build() {
        return builder.build();
    }
}
