package com.leadbench.importing;

/**
 * Where each target field of an import sits among a bound mapping's fields: an index for
 * {@link BoundMapping#text} and the typed readers, -1 when nothing feeds it. A contacts file's first
 * activity and an activities file's row read the same targets under different names.
 */
record ImportTargets(
        int externalId,
        int email,
        int firstName,
        int lastName,
        int jobTitle,
        int phone,
        int country,
        int ipCountry,
        int source,
        int campaign,
        int createdAt,
        int owner,
        int company,
        int domain,
        int industry,
        int employees,
        int revenue,
        int companyCountry,
        int region,
        int customer,
        int accountManager,
        int type,
        int asset,
        int assetKind,
        int productLine,
        int at,
        int activityCampaign,
        int formText,
        int kind,
        int amount,
        int note) {

    static ImportTargets of(BoundMapping bound) {
        boolean contacts = bound.mapping().kind() == ImportKind.CONTACTS;
        return new ImportTargets(
                bound.index(contacts ? "external_id" : "contact_external_id"),
                bound.index(contacts ? "email" : "contact_email"),
                bound.index("first_name"),
                bound.index("last_name"),
                bound.index("job_title"),
                bound.index("phone"),
                bound.index("country"),
                bound.index("ip_country"),
                bound.index("source"),
                bound.index("campaign"),
                bound.index("created_at"),
                bound.index("owner"),
                bound.index("company"),
                bound.index("domain"),
                bound.index("industry"),
                bound.index("employees"),
                bound.index("annual_revenue"),
                bound.index("company_country"),
                bound.index("region"),
                bound.index("is_customer"),
                bound.index("account_manager"),
                bound.index(contacts ? "activity_type" : "type"),
                bound.index(contacts ? "activity_asset" : "asset"),
                bound.index(contacts ? "activity_asset_kind" : "asset_kind"),
                bound.index(contacts ? "activity_product_line" : "product_line"),
                bound.index(contacts ? "activity_at" : "occurred_at"),
                bound.index(contacts ? "activity_campaign" : "campaign"),
                bound.index(contacts ? "activity_form_text" : "form_text"),
                bound.index("kind"),
                bound.index("amount"),
                bound.index("note"));
    }
}
