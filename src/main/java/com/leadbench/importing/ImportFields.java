package com.leadbench.importing;

import java.util.List;
import java.util.Optional;

/**
 * The target fields of each import kind, in the order the wizard lists them (described in
 * {@code docs/import.md}). Besides these, any column can be placed as {@code custom:<name>}.
 */
public final class ImportFields {

    /** A column placed as {@code custom:<name>} is kept as the custom field {@code <name>}. */
    public static final String CUSTOM_PREFIX = "custom:";

    /** How a field's text is read; {@code LONG_TEXT} is text that may be long (form text, notes: see {@link ImportLimits}). */
    public enum Type { TEXT, LONG_TEXT, DATE, INTEGER, DECIMAL, BOOLEAN, ACTIVITY_TYPE, FOLLOW_UP_KIND, DOMAIN }

    /** One target field. */
    public record Field(String name, Type type, String description) {
    }

    private static final List<Field> CONTACT = List.of(
            text("external_id", "the contact's id in the source system; matches on re-import"),
            text("email", "email address; matches on re-import when there is no external id"),
            text("first_name", "first name"),
            text("last_name", "last name"),
            text("job_title", "job title (mapped to personas by the scorecard)"),
            text("phone", "phone number"),
            text("country", "stated country"),
            text("ip_country", "country of the IP address"),
            text("source", "lead source (organic search, trade show, ...)"),
            text("campaign", "campaign"),
            new Field("created_at", Type.DATE, "when the contact was created (default: the time of the import, for new contacts)"),
            text("owner", "owner in sales"));

    private static final List<Field> ACCOUNT = List.of(
            text("company", "company name; finds or creates the account when there is no domain"),
            new Field("domain", Type.DOMAIN, "company web domain; finds or creates the account"),
            text("industry", "industry segment"),
            new Field("employees", Type.INTEGER, "number of employees"),
            new Field("annual_revenue", Type.DECIMAL, "annual revenue"),
            text("company_country", "the company's country"),
            text("region", "sales region (North America, Europe, ...)"),
            new Field("is_customer", Type.BOOLEAN, "existing customer (true/false, yes/no, 1/0)"),
            text("account_manager", "account manager"));

    private static final List<Field> FIRST_ACTIVITY = List.of(
            new Field("activity_type", Type.ACTIVITY_TYPE, "adds one activity per row of this type (PAGE_VIEW, DOWNLOAD, ...)"),
            text("activity_asset", "that activity's page or asset"),
            text("activity_asset_kind", "that activity's asset kind (product_page, spec_sheet, ...)"),
            text("activity_product_line", "that activity's product line"),
            new Field("activity_at", Type.DATE, "when it happened (default: created_at)"),
            text("activity_campaign", "that activity's campaign"),
            new Field("activity_form_text", Type.LONG_TEXT, "free text of a submitted form"));

    private static final List<Field> CONTACT_KEY = List.of(
            text("contact_external_id", "the contact's external id (found first)"),
            text("contact_email", "the contact's email (found when there is no external id match)"));

    private static final List<Field> ACTIVITY = List.of(
            new Field("type", Type.ACTIVITY_TYPE, "PAGE_VIEW, DOWNLOAD, WEBINAR_REGISTRATION, ..., or its label (\"Page view\")"),
            text("asset", "page URL or asset name"),
            text("asset_kind", "product_page, spec_sheet, cad_file, case_study, pricing_page, ..."),
            text("product_line", "product line"),
            new Field("occurred_at", Type.DATE, "when it happened"),
            text("campaign", "campaign"),
            new Field("form_text", Type.LONG_TEXT, "free text of a submitted form"));

    private static final List<Field> OUTCOME = List.of(
            new Field("kind", Type.FOLLOW_UP_KIND, "FIRST_CONTACT, ACCEPTED, REJECTED, WON or LOST (also \"Closed Won\", \"Closed Lost\")"),
            new Field("occurred_at", Type.DATE, "when sales reported it"),
            new Field("amount", Type.DECIMAL, "deal amount"),
            new Field("note", Type.LONG_TEXT, "note"));

    private ImportFields() {
    }

    private static Field text(String name, String description) {
        return new Field(name, Type.TEXT, description);
    }

    /** Every target field of {@code kind}, in display order. */
    public static List<Field> of(ImportKind kind) {
        return switch (kind) {
            case CONTACTS -> concat(CONTACT, ACCOUNT, FIRST_ACTIVITY);
            case ACTIVITIES -> concat(CONTACT_KEY, ACTIVITY);
            case OUTCOMES -> concat(CONTACT_KEY, OUTCOME, ACCOUNT);
        };
    }

    public static Optional<Field> find(ImportKind kind, String name) {
        return of(kind).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** What must be placed (by a column or a constant); "a or b" means at least one of them. */
    public static List<String> required(ImportKind kind) {
        return switch (kind) {
            case CONTACTS -> List.of("external_id or email");
            case ACTIVITIES -> List.of("contact_external_id or contact_email", "type", "occurred_at");
            case OUTCOMES -> List.of("contact_external_id or contact_email", "kind", "occurred_at");
        };
    }

    /** True for the fields that describe the account of a row. */
    static boolean isAccountField(String name) {
        return ACCOUNT.stream().anyMatch(f -> f.name().equals(name));
    }

    @SafeVarargs
    private static List<Field> concat(List<Field>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
