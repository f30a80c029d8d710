package com.leadbench.scoring.start;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of leads gives a scorecard to judge by: how many contacts have an email (and how many
 * of those are at personal mail providers), a stated country, a company with industry, employees or
 * revenue, a job title; whether accounts are marked as customers or competitors; which activity
 * types and asset kinds occur, whether pricing and contact pages were viewed, whether forms carry
 * text; and how long ago the newest activity happened. Counts, not values: the profile says which
 * rules can fire on the data, not how to price them.
 */
public record DataProfile(int leads, int withEmail, int withPersonalEmail, int withCountry, int withCompany, int withIndustry,
                          int withEmployees, int withRevenue, int withJobTitle, boolean customers, boolean competitors,
                          Set<ActivityType> activityTypes, Set<String> assetKinds, boolean pricingPages, boolean contactPages,
                          boolean formText, OptionalInt daysSinceNewestActivity) {

    /** Nothing at all: a database without leads. */
    public static final DataProfile EMPTY = new DataProfile(0, 0, 0, 0, 0, 0, 0, 0, 0, false, false, Set.of(), Set.of(), false, false,
            false, OptionalInt.empty());

    private static final long DAY_MS = 86_400_000L;
    private static final PagePattern PRICING = PagePattern.compile(GeneralPreset.PRICING_PAGES);
    private static final PagePattern CONTACT = PagePattern.compile(GeneralPreset.CONTACT_PAGES);

    public DataProfile {
        activityTypes = activityTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(activityTypes));
        assetKinds = Set.copyOf(assetKinds);
        Objects.requireNonNull(daysSinceNewestActivity, "daysSinceNewestActivity");
    }

    /** The profile of {@code leads}, with the age of their newest activity counted back from {@code asOfMillis}. */
    public static DataProfile of(LeadColumns leads, long asOfMillis) {
        int email = 0;
        int personal = 0;
        int country = 0;
        int company = 0;
        int industry = 0;
        int employees = 0;
        int revenue = 0;
        int title = 0;
        boolean customers = false;
        boolean competitors = false;
        for (int i = 0; i < leads.size(); i++) {
            Contact c = leads.contact(i);
            Optional<Account> account = leads.account(i);
            if (present(c.email())) {
                email++;
                if (GeneralPreset.isPersonalDomain(c.emailDomain())) {
                    personal++;
                }
            }
            if (present(c.country())) {
                country++;
            }
            if (present(c.jobTitle())) {
                title++;
            }
            if (account.isPresent()) {
                Account a = account.get();
                company += present(a.name()) ? 1 : 0;
                industry += present(a.industry()) ? 1 : 0;
                employees += a.employees() != null ? 1 : 0;
                revenue += a.annualRevenue() != null ? 1 : 0;
                customers |= a.customer();
                competitors |= a.competitor();
            }
        }
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        Set<String> kinds = new TreeSet<>();
        boolean pricing = false;
        boolean contact = false;
        boolean text = false;
        for (Activity a : leads.distinctActivities()) {
            types.add(a.type());
            if (present(a.assetKind())) {
                kinds.add(a.assetKind().strip().toLowerCase(Locale.ROOT));
            }
            if (a.type() == ActivityType.PAGE_VIEW && a.asset() != null) {
                pricing |= PRICING.find(a.asset());
                contact |= CONTACT.find(a.asset());
            }
            text |= present(a.formText());
        }
        OptionalInt age = leads.newestActivity().stream()
                .mapToInt(newest -> (int) Math.max(0, Math.min(Integer.MAX_VALUE, (asOfMillis - newest) / DAY_MS))).findFirst();
        return new DataProfile(leads.size(), email, personal, country, company, industry, employees, revenue, title, customers,
                competitors, types, kinds, pricing, contact, text, age);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Whether some activity of {@code type} occurs. */
    public boolean has(ActivityType type) {
        return activityTypes.contains(type);
    }

    /** Whether {@code part} of the leads, or more, have what {@code count} counted. */
    public boolean most(int count, double part) {
        return leads > 0 && count >= part * leads;
    }
}
