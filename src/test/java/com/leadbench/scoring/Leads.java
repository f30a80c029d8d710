package com.leadbench.scoring;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built leads for scoring tests: a fluent builder over contact, account and activities. */
final class Leads {

    static final Instant AS_OF = Instant.parse("2026-11-20T12:00:00Z");

    private String email = "ada@acme-foods.com";
    private String title = "Reliability Engineer";
    private String country = "US";
    private String ipCountry = "US";
    private Account account = new Account(1, "acme-foods.com", "Acme Foods", "Food & Beverage Processing", 1200, 3.0e8, "US",
            "North America", false, false, null, Map.of());
    private Map<String, String> custom = Map.of();
    private final List<Activity> activities = new ArrayList<>();

    static Leads lead() {
        return new Leads();
    }

    Leads email(String value) {
        email = value;
        return this;
    }

    Leads title(String value) {
        title = value;
        return this;
    }

    Leads country(String value) {
        country = value;
        return this;
    }

    Leads ipCountry(String value) {
        ipCountry = value;
        return this;
    }

    Leads account(Account value) {
        account = value;
        return this;
    }

    Leads industry(String industry) {
        account = new Account(account.id(), account.domain(), account.name(), industry, account.employees(), account.annualRevenue(),
                account.country(), account.region(), account.customer(), account.competitor(), account.accountManager(), account.customFields());
        return this;
    }

    Leads employees(Integer employees) {
        account = new Account(account.id(), account.domain(), account.name(), account.industry(), employees, account.annualRevenue(),
                account.country(), account.region(), account.customer(), account.competitor(), account.accountManager(), account.customFields());
        return this;
    }

    Leads region(String region) {
        account = new Account(account.id(), account.domain(), account.name(), account.industry(), account.employees(), account.annualRevenue(),
                account.country(), region, account.customer(), account.competitor(), account.accountManager(), account.customFields());
        return this;
    }

    Leads noAccount() {
        account = null;
        return this;
    }

    Leads custom(Map<String, String> fields) {
        custom = fields;
        return this;
    }

    /** An activity {@code daysAgo} before {@link #AS_OF}. */
    Leads did(ActivityType type, String asset, String kind, int daysAgo) {
        return did(type, asset, kind, daysAgo, null);
    }

    Leads did(ActivityType type, String asset, String kind, int daysAgo, String text) {
        activities.add(new Activity(activities.size() + 1, 7, type, asset, kind, "components",
                AS_OF.minus(Duration.ofDays(daysAgo)), null, text));
        return this;
    }

    Leads times(int n, ActivityType type, String asset, String kind, int daysAgo) {
        for (int i = 0; i < n; i++) {
            did(type, asset, kind, daysAgo);
        }
        return this;
    }

    LeadFacts facts() {
        Contact c = new Contact(7, "X-7", email, "Ada", "Moreno", title, null, country, ipCountry, "Organic search", null,
                Instant.parse("2026-01-01T00:00:00Z"), null, account == null ? null : account.id(), custom);
        return new LeadFacts(c, Optional.ofNullable(account), activities);
    }
}
