package com.leadbench.handoff;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of handoff.csv for each CRM (docs/handoff.md, "Packet files"), in file order.
 * Values are text as the CRM's importer reads it: points as {@link Points#format} writes them,
 * amounts without a trailing ".0", dates {@code yyyy-MM-dd}, instants ISO-8601 in UTC, enums by
 * name, booleans {@code true}/{@code false}; null is the empty cell.
 */
public final class CrmColumns {

    /** HubSpot's Lead Status for a lead nobody has worked yet. */
    static final String HUBSPOT_LEAD_STATUS = "NEW";
    /** Salesforce's default Lead Status for a lead nobody has worked yet. */
    static final String SALESFORCE_STATUS = "Open - Not Contacted";
    /** Salesforce requires Company on a Lead. */
    static final String SALESFORCE_NO_COMPANY = "[not provided]";
    /** Salesforce requires LastName on a Lead; without a name or an email. */
    static final String SALESFORCE_NO_NAME = "Unknown";

    private static final List<CsvColumn> HUBSPOT = List.of(
            column("First Name", HandoffLead::firstName),
            column("Last Name", HandoffLead::lastName),
            column("Email", HandoffLead::email),
            column("Phone Number", HandoffLead::phone),
            column("Job Title", HandoffLead::jobTitle),
            column("Company Name", HandoffLead::company),
            column("Company Domain Name", HandoffLead::domain),
            column("Industry", HandoffLead::industry),
            column("Number of Employees", l -> whole(l.employees())),
            column("Country/Region", HandoffLead::country),
            column("Lifecycle Stage", l -> hubSpotLifecycleStage(l.stage())),
            column("Lead Status", l -> HUBSPOT_LEAD_STATUS),
            column("Contact owner", l -> l.route().queue()),
            column("Leadbench Tier", l -> l.tier().name()),
            column("Leadbench Score", l -> Points.format(l.total())),
            column("Leadbench Fit", l -> Points.format(l.fit())),
            column("Leadbench Intent", l -> Points.format(l.intent())),
            column("Leadbench Route Rule", l -> l.route().ruleId()),
            column("Response Deadline", l -> date(l.deadline().due())),
            column("Urgent", l -> String.valueOf(l.urgent())),
            column("Next Step", HandoffLead::nextStep),
            column("Handoff Note", HandoffLead::note),
            column("Handoff Packet", HandoffLead::packetId),
            column("Leadbench Contact ID", l -> String.valueOf(l.contactId())));

    private static final List<CsvColumn> SALESFORCE = List.of(
            column("FirstName", HandoffLead::firstName),
            column("LastName", CrmColumns::salesforceLastName),
            column("Email", HandoffLead::email),
            column("Phone", HandoffLead::phone),
            column("Title", HandoffLead::jobTitle),
            column("Company", l -> present(l.company()) ? l.company() : SALESFORCE_NO_COMPANY),
            column("Website", HandoffLead::domain),
            column("Industry", HandoffLead::industry),
            column("NumberOfEmployees", l -> whole(l.employees())),
            column("AnnualRevenue", l -> amount(l.annualRevenue())),
            column("Country", HandoffLead::country),
            column("LeadSource", HandoffLead::source),
            column("Status", l -> SALESFORCE_STATUS),
            column("Rating", CrmColumns::salesforceRating),
            column("Description", HandoffLead::note),
            column("Leadbench_Tier__c", l -> l.tier().name()),
            column("Leadbench_Score__c", l -> Points.format(l.total())),
            column("Leadbench_Fit__c", l -> Points.format(l.fit())),
            column("Leadbench_Intent__c", l -> Points.format(l.intent())),
            column("Leadbench_Stage__c", l -> l.stage().name()),
            column("Route__c", l -> l.route().queue()),
            column("Route_Rule__c", l -> l.route().ruleId()),
            column("Response_Deadline__c", l -> date(l.deadline().due())),
            column("Urgent__c", l -> String.valueOf(l.urgent())),
            column("Next_Step__c", HandoffLead::nextStep),
            column("Handoff_Packet__c", HandoffLead::packetId),
            column("Leadbench_Contact_Id__c", l -> String.valueOf(l.contactId())));

    private static final List<CsvColumn> GENERIC = List.of(
            column("contact_id", l -> String.valueOf(l.contactId())),
            column("external_id", HandoffLead::externalId),
            column("first_name", HandoffLead::firstName),
            column("last_name", HandoffLead::lastName),
            column("email", HandoffLead::email),
            column("phone", HandoffLead::phone),
            column("job_title", HandoffLead::jobTitle),
            column("persona", HandoffLead::persona),
            column("company", HandoffLead::company),
            column("domain", HandoffLead::domain),
            column("industry", HandoffLead::industry),
            column("employees", l -> whole(l.employees())),
            column("annual_revenue", l -> amount(l.annualRevenue())),
            column("country", HandoffLead::country),
            column("region", HandoffLead::region),
            column("source", HandoffLead::source),
            column("campaign", HandoffLead::campaign),
            column("stage", l -> l.stage().name()),
            column("tier", l -> l.tier().name()),
            column("scored_tier", l -> l.scoredTier().name()),
            column("override_reason", HandoffLead::overrideReason),
            column("fit", l -> Points.format(l.fit())),
            column("intent", l -> Points.format(l.intent())),
            column("total", l -> Points.format(l.total())),
            column("scorecard", HandoffLead::scorecard),
            column("route", l -> l.route().queue()),
            column("route_rule", l -> l.route().ruleId()),
            column("route_reason", l -> l.route().reason()),
            column("product_line", HandoffLead::productLine),
            column("qualified_at", l -> instant(l.deadline().qualifiedAt())),
            column("deadline", l -> date(l.deadline().due())),
            column("business_days", l -> String.valueOf(l.deadline().businessDays())),
            column("overdue", l -> String.valueOf(l.overdue())),
            column("urgent", l -> String.valueOf(l.urgent())),
            column("next_step", HandoffLead::nextStep),
            column("note", HandoffLead::note),
            column("note_edited", l -> String.valueOf(l.noteEdited())),
            column("packet_id", HandoffLead::packetId),
            column("handed_off_at", l -> instant(l.handedOffAt())));

    private CrmColumns() {
    }

    /** The columns of {@code format}'s file, in order. */
    public static List<CsvColumn> of(CrmFormat format) {
        return switch (format) {
            case HUBSPOT -> HUBSPOT;
            case SALESFORCE -> SALESFORCE;
            case GENERIC -> GENERIC;
        };
    }

    /** The headers of {@code format}'s file, in order. */
    public static List<String> headers(CrmFormat format) {
        return of(format).stream().map(CsvColumn::header).toList();
    }

    /**
     * HubSpot's internal lifecycle stage value. A packet carries the stage the lead qualified at
     * (MQL or SQL); HANDED_OFF does not say which, and anything else is not a qualified stage, so
     * both import as a plain {@code lead}.
     */
    static String hubSpotLifecycleStage(LifecycleStage stage) {
        return switch (stage) {
            case MQL -> "marketingqualifiedlead";
            case SQL -> "salesqualifiedlead";
            default -> "lead";
        };
    }

    /** Hot for tier A or an SQL, Warm for tier B, Cold otherwise. */
    static String salesforceRating(HandoffLead lead) {
        if (lead.tier() == Tier.A || lead.stage() == LifecycleStage.SQL) {
            return "Hot";
        }
        return lead.tier() == Tier.B ? "Warm" : "Cold";
    }

    /** The last name; Salesforce requires one, so without it the email, else "Unknown". */
    static String salesforceLastName(HandoffLead lead) {
        if (present(lead.lastName())) {
            return lead.lastName();
        }
        return present(lead.email()) ? lead.email() : SALESFORCE_NO_NAME;
    }

    private static CsvColumn column(String header, Function<HandoffLead, String> value) {
        return new CsvColumn(header, value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String whole(Integer value) {
        return value == null ? null : value.toString();
    }

    /** 300000000, 1234.5: the amount as written, without exponent or trailing zeros. */
    static String amount(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static String instant(Instant value) {
        return value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value);
    }
}
