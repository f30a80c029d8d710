package com.leadbench.importing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mappings that ship with Leadbench (documented in {@code docs/import.md}). A preset names every
 * column its product's export can have; fit it to a file ({@link ImportMapping#fittedTo}) to leave out
 * the ones that file lacks.
 *
 * <p>Presets are named starting points, not the only way in: the matcher
 * ({@code com.leadbench.importing.matching.MappingMatcher}) starts from the preset that fits a file's
 * columns best ({@link #closest}) or from the one a person picks, and places the columns the preset
 * does not name itself.
 */
public final class MappingPresets {

    public static final String HUBSPOT_CONTACTS = "hubspot-contacts";
    public static final String SALESFORCE_LEADS = "salesforce-leads";
    public static final String GENERIC_ACTIVITIES = "generic-activities";
    public static final String OLIST_LEADS = "olist-leads";
    public static final String OLIST_DEALS = "olist-deals";

    private static final List<ImportMapping> ALL = List.of(hubspot(), salesforce(), genericActivities(), olistLeads(), olistDeals());

    private MappingPresets() {
    }

    public static List<ImportMapping> all() {
        return ALL;
    }

    /** The preset with this name (ignoring case). */
    public static Optional<ImportMapping> named(String name) {
        return ALL.stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The presets that import {@code kind}, in the order they ship. */
    public static List<ImportMapping> of(ImportKind kind) {
        return ALL.stream().filter(m -> m.kind() == kind).toList();
    }

    /**
     * The preset of {@code kind} that fits these columns best, fitted to them: the one that names the
     * most of them (ignoring case), provided the file has the preset's own id column spelled exactly as
     * the product spells it (the one it places into {@code external_id} or {@code contact_external_id}:
     * HubSpot's {@code Record ID}, not Zoho's {@code Record Id}; common names such as {@code Email} say
     * nothing about the product) and at
     * least three of its columns, or all of them for a preset of fewer. Empty when none fits.
     */
    public static Optional<ImportMapping> closest(ImportKind kind, List<String> headers) {
        ImportMapping best = null;
        int bestCount = 0;
        for (ImportMapping preset : of(kind)) {
            ImportMapping fitted = preset.fittedTo(exactNames(preset, headers));
            int count = fitted.columns().size();
            boolean hasId = preset.columns().values().stream().anyMatch(MappingPresets::isId);
            boolean identity = hasId ? preset.columns().entrySet().stream().anyMatch(e -> isId(e.getValue()) && headers.contains(e.getKey()))
                    : fitted.columns().values().stream().anyMatch(MappingPresets::isIdentity);
            boolean enough = count >= Math.min(3, preset.columns().size());
            if (identity && enough && count > bestCount) {
                best = fitted;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The preset's own spelling of each header that it names ignoring case, so that fitting keeps them. */
    private static List<String> exactNames(ImportMapping preset, List<String> headers) {
        List<String> names = new java.util.ArrayList<>();
        for (String column : preset.columns().keySet()) {
            for (String header : headers) {
                if (header.strip().equalsIgnoreCase(column)) {
                    names.add(column);
                }
            }
        }
        return names;
    }

    private static boolean isId(String target) {
        return target.equals("external_id") || target.equals("contact_external_id");
    }

    private static boolean isIdentity(String target) {
        return switch (target) {
            case "external_id", "email", "contact_external_id", "contact_email" -> true;
            default -> false;
        };
    }

    /** HubSpot's contacts export (Contacts > Export, CSV), dates as {@code 2024-03-05 14:22}. */
    private static ImportMapping hubspot() {
        return new ImportMapping(HUBSPOT_CONTACTS, ImportKind.CONTACTS, columns(
                "Record ID", "external_id",
                "Email", "email",
                "First Name", "first_name",
                "Last Name", "last_name",
                "Job Title", "job_title",
                "Phone Number", "phone",
                "Country/Region", "country",
                "IP Country", "ip_country",
                "Original Source", "source",
                "Create Date", "created_at",
                "Contact owner", "owner",
                "Company Name", "company",
                "Website URL", "domain",
                "Industry", "industry",
                "Number of Employees", "employees",
                "Annual Revenue", "annual_revenue"),
                Set.of(), DayOrder.ISO, set("--", "Select"), ImportMapping.ON_CONTACT, Map.of());
    }

    /** Salesforce's leads report export (US locale: {@code 3/5/2024}), with its picklist placeholders. */
    private static ImportMapping salesforce() {
        return new ImportMapping(SALESFORCE_LEADS, ImportKind.CONTACTS, columns(
                "Lead ID", "external_id",
                "Email", "email",
                "First Name", "first_name",
                "Last Name", "last_name",
                "Title", "job_title",
                "Phone", "phone",
                "Country", "country",
                "Lead Source", "source",
                "Create Date", "created_at",
                "Lead Owner", "owner",
                "Company", "company",
                "Website", "domain",
                "Industry", "industry",
                "No. of Employees", "employees",
                "Annual Revenue", "annual_revenue"),
                Set.of(), DayOrder.US, set("--None--", "Select", "[not provided]"), ImportMapping.ON_CONTACT, Map.of());
    }

    /** Leadbench's own activities file: one activity per row, the contact by external id or email. */
    private static ImportMapping genericActivities() {
        return new ImportMapping(GENERIC_ACTIVITIES, ImportKind.ACTIVITIES, columns(
                "external_id", "contact_external_id",
                "email", "contact_email",
                "type", "type",
                "asset", "asset",
                "asset_kind", "asset_kind",
                "product_line", "product_line",
                "occurred_at", "occurred_at",
                "campaign", "campaign",
                "form_text", "form_text"),
                Set.of(), DayOrder.ISO, Set.of(), ImportMapping.ON_CONTACT, Map.of());
    }

    /**
     * Olist's olist_marketing_qualified_leads_dataset.csv: one contact per MQL, with its landing
     * page as a first page view at the first contact date, and its origin as source.
     */
    private static ImportMapping olistLeads() {
        return new ImportMapping(OLIST_LEADS, ImportKind.CONTACTS, columns(
                "mql_id", "external_id",
                "first_contact_date", "created_at",
                "landing_page_id", "activity_asset",
                "origin", "source"),
                Set.of(), DayOrder.ISO, Set.of(), ImportMapping.ON_CONTACT,
                ordered("activity_type", "PAGE_VIEW", "activity_asset_kind", "landing_page"));
    }

    /**
     * Olist's olist_closed_deals_dataset.csv: a WON follow-up per deal, joined on mql_id, and one
     * account per deal (the seller; domain {@code olist-seller-<seller_id>}) holding the deal's other
     * columns as custom fields. Olist writes 0.0 for a revenue the seller did not declare.
     */
    private static ImportMapping olistDeals() {
        return new ImportMapping(OLIST_DEALS, ImportKind.OUTCOMES, columns(
                "mql_id", "contact_external_id",
                "won_date", "occurred_at"),
                Set.of(), DayOrder.ISO, set("0.0"), ImportMapping.ON_ACCOUNT,
                ordered("kind", "WON",
                        "amount", "{declared_monthly_revenue}",
                        "note", "{business_segment}",
                        "domain", "olist-seller-{seller_id}",
                        "company", "Olist seller {seller_id}",
                        "industry", "{business_segment}"));
    }

    private static Set<String> set(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    private static Map<String, String> columns(String... pairs) {
        return ordered(pairs);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
