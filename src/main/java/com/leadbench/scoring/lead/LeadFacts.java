package com.leadbench.scoring.lead;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine knows about one lead: the contact, its account and its activities, kept oldest
 * first (ties by id) so that every sum over them is taken in one fixed order.
 */
public record LeadFacts(Contact contact, Optional<Account> account, List<Activity> activities) {

    public static final Comparator<Activity> CHRONOLOGICAL =
            Comparator.comparing(Activity::occurredAt).thenComparingLong(Activity::id);

    public LeadFacts {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(account, "account");
        activities = inOrder(activities) ? List.copyOf(activities) : activities.stream().sorted(CHRONOLOGICAL).toList();
    }

    private static boolean inOrder(List<Activity> list) {
        for (int i = 1; i < list.size(); i++) {
            if (CHRONOLOGICAL.compare(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The contact's email domain, lower case, or null. */
    public String emailDomain() {
        return contact.emailDomain();
    }

    /** A field by name, for generic rules: {@code contact.<name>}, {@code account.<name>} or a custom field. */
    public String field(String name) {
        String key = name.strip();
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("contact.")) {
            return contactField(key.substring("contact.".length()));
        }
        if (lower.startsWith("account.")) {
            return accountField(key.substring("account.".length()));
        }
        String own = contact.customFields().get(key);
        if (own != null) {
            return own;
        }
        return account.map(a -> a.customFields().get(key)).orElse(null);
    }

    private String contactField(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "email" -> contact.email();
            case "email_domain" -> contact.emailDomain();
            case "first_name" -> contact.firstName();
            case "last_name" -> contact.lastName();
            case "job_title" -> contact.jobTitle();
            case "phone" -> contact.phone();
            case "country" -> contact.country();
            case "ip_country" -> contact.ipCountry();
            case "source" -> contact.source();
            case "campaign" -> contact.campaign();
            case "owner" -> contact.owner();
            case "external_id" -> contact.externalId();
            default -> contact.customFields().get(name);
        };
    }

    private String accountField(String name) {
        if (account.isEmpty()) {
            return null;
        }
        Account a = account.get();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "domain" -> a.domain();
            case "name" -> a.name();
            case "industry" -> a.industry();
            case "employees" -> a.employees() == null ? null : a.employees().toString();
            case "annual_revenue" -> a.annualRevenue() == null ? null : Double.toString(a.annualRevenue());
            case "country" -> a.country();
            case "region" -> a.region();
            case "customer" -> Boolean.toString(a.customer());
            case "competitor" -> Boolean.toString(a.competitor());
            case "account_manager" -> a.accountManager();
            default -> a.customFields().get(name);
        };
    }
}
