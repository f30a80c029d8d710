package com.leadbench.importing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.ImportKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each vendor's column names land in the right target field: alone in a file (the name and its values
 * decide) and together with the rest of that vendor's export (no column takes another's place).
 */
class VendorHeadersTest {

    /** vendor, header as the vendor writes it, target field. */
    static final String[][] NAMES = {
            {"HubSpot", "Record ID", "external_id"},
            {"HubSpot", "First Name", "first_name"},
            {"HubSpot", "Last Name", "last_name"},
            {"HubSpot", "Email", "email"},
            {"HubSpot", "Phone Number", "phone"},
            {"HubSpot", "Job Title", "job_title"},
            {"HubSpot", "Associated Company", "company"},
            {"HubSpot", "Create Date", "created_at"},
            {"HubSpot", "Contact owner", "owner"},
            {"HubSpot", "Country/Region", "country"},
            {"HubSpot", "IP Country", "ip_country"},
            {"HubSpot", "Original Source", "source"},
            {"HubSpot", "Website URL", "domain"},
            {"HubSpot", "Number of Employees", "employees"},
            {"HubSpot", "Annual Revenue", "annual_revenue"},
            {"HubSpot", "Industry", "industry"},

            {"HubSpot API", "hs_object_id", "external_id"},
            {"HubSpot API", "firstname", "first_name"},
            {"HubSpot API", "lastname", "last_name"},
            {"HubSpot API", "properties.email", "email"},
            {"HubSpot API", "jobtitle", "job_title"},
            {"HubSpot API", "createdate", "created_at"},
            {"HubSpot API", "numemployees", "employees"},
            {"HubSpot API", "hubspot_owner_id", "owner"},

            {"Salesforce API", "Id", "external_id"},
            {"Salesforce API", "FirstName", "first_name"},
            {"Salesforce API", "LastName", "last_name"},
            {"Salesforce API", "Email", "email"},
            {"Salesforce API", "Company", "company"},
            {"Salesforce API", "Title", "job_title"},
            {"Salesforce API", "LeadSource", "source"},
            {"Salesforce API", "CreatedDate", "created_at"},
            {"Salesforce API", "OwnerId", "owner"},
            {"Salesforce API", "Industry", "industry"},
            {"Salesforce API", "NumberOfEmployees", "employees"},
            {"Salesforce API", "AnnualRevenue", "annual_revenue"},
            {"Salesforce API", "Country", "country"},
            {"Salesforce API", "Website", "domain"},
            {"Salesforce API", "Phone", "phone"},
            {"Salesforce API", "BillingCountry", "company_country"},

            {"Salesforce report", "Lead ID", "external_id"},
            {"Salesforce report", "First Name", "first_name"},
            {"Salesforce report", "Last Name", "last_name"},
            {"Salesforce report", "Title", "job_title"},
            {"Salesforce report", "Company / Account", "company"},
            {"Salesforce report", "Email", "email"},
            {"Salesforce report", "Lead Source", "source"},
            {"Salesforce report", "Lead Owner", "owner"},
            {"Salesforce report", "Create Date", "created_at"},
            {"Salesforce report", "No. of Employees", "employees"},
            {"Salesforce report", "Account Owner", "account_manager"},

            {"Marketo", "Id", "external_id"},
            {"Marketo", "First Name", "first_name"},
            {"Marketo", "Last Name", "last_name"},
            {"Marketo", "Email Address", "email"},
            {"Marketo", "Company Name", "company"},
            {"Marketo", "Job Title", "job_title"},
            {"Marketo", "Phone Number", "phone"},
            {"Marketo", "Created At", "created_at"},
            {"Marketo", "Lead Source", "source"},
            {"Marketo", "Num Employees", "employees"},
            {"Marketo", "Inferred Country", "ip_country"},
            {"Marketo", "Acquisition Program", "campaign"},
            {"Marketo", "Lead Owner Email Address", "owner"},

            {"Pardot", "Prospect Id", "external_id"},
            {"Pardot", "First Name", "first_name"},
            {"Pardot", "Last Name", "last_name"},
            {"Pardot", "Email", "email"},
            {"Pardot", "Company", "company"},
            {"Pardot", "Job Title", "job_title"},
            {"Pardot", "Created Date", "created_at"},
            {"Pardot", "Source", "source"},
            {"Pardot", "Campaign", "campaign"},
            {"Pardot", "Assigned User", "owner"},
            {"Pardot", "Employees", "employees"},
            {"Pardot", "Website", "domain"},

            {"Zoho CRM", "Record Id", "external_id"},
            {"Zoho CRM", "Lead Owner", "owner"},
            {"Zoho CRM", "First Name", "first_name"},
            {"Zoho CRM", "Last Name", "last_name"},
            {"Zoho CRM", "Email", "email"},
            {"Zoho CRM", "Company", "company"},
            {"Zoho CRM", "Designation", "job_title"},
            {"Zoho CRM", "Lead Source", "source"},
            {"Zoho CRM", "Industry", "industry"},
            {"Zoho CRM", "No. of Employees", "employees"},
            {"Zoho CRM", "Annual Revenue", "annual_revenue"},
            {"Zoho CRM", "Created Time", "created_at"},
            {"Zoho CRM", "Country", "country"},

            {"Zoho CRM API", "First_Name", "first_name"},
            {"Zoho CRM API", "Last_Name", "last_name"},
            {"Zoho CRM API", "Lead_Source", "source"},
            {"Zoho CRM API", "Created_Time", "created_at"},
            {"Zoho CRM API", "No_of_Employees", "employees"},
            {"Zoho CRM API", "Annual_Revenue", "annual_revenue"},
            {"Zoho CRM API", "Designation", "job_title"},
            {"Zoho CRM API", "Owner", "owner"},

            {"Pipedrive", "ID", "external_id"},
            {"Pipedrive", "First name", "first_name"},
            {"Pipedrive", "Last name", "last_name"},
            {"Pipedrive", "Email - Work", "email"},
            {"Pipedrive", "Phone - Work", "phone"},
            {"Pipedrive", "Organization", "company"},
            {"Pipedrive", "Owner", "owner"},
            {"Pipedrive", "Person created", "created_at"},

            {"Pipedrive prefixed", "Person - ID", "external_id"},
            {"Pipedrive prefixed", "Person - Email", "email"},
            {"Pipedrive prefixed", "Person - First name", "first_name"},
            {"Pipedrive prefixed", "Person - Last name", "last_name"},
            {"Pipedrive prefixed", "Person - Owner", "owner"},
            {"Pipedrive prefixed", "Person - Person created", "created_at"},
            {"Pipedrive prefixed", "Organization - Name", "company"},
            {"Pipedrive prefixed", "Organization - Country", "company_country"},

            {"Mautic", "id", "external_id"},
            {"Mautic", "firstname", "first_name"},
            {"Mautic", "lastname", "last_name"},
            {"Mautic", "email", "email"},
            {"Mautic", "company", "company"},
            {"Mautic", "position", "job_title"},
            {"Mautic", "country", "country"},
            {"Mautic", "phone", "phone"},
            {"Mautic", "date_added", "created_at"},
            {"Mautic", "owner", "owner"},

            {"ActiveCampaign", "Contact ID", "external_id"},
            {"ActiveCampaign", "Email", "email"},
            {"ActiveCampaign", "First Name", "first_name"},
            {"ActiveCampaign", "Last Name", "last_name"},
            {"ActiveCampaign", "Organization", "company"},
            {"ActiveCampaign", "Phone", "phone"},
            {"ActiveCampaign", "Date Created", "created_at"},
            {"ActiveCampaign", "Country", "country"},

            {"lead lists", "Prospect ID", "external_id"},
            {"lead lists", "Lead Source", "source"},
            {"lead lists", "Country", "country"},
            {"lead lists", "Email", "email"},
            {"lead lists", "Company", "company"},
            {"lead lists", "Created", "created_at"},
            {"lead lists", "Phone", "phone"},

            {"spellings", "E-Mail", "email"},
            {"spellings", "email_address", "email"},
            {"spellings", "FIRST_NAME", "first_name"},
            {"spellings", "Prénom", "first_name"},
            {"spellings", "Contact: Last Name", "last_name"},
            {"spellings", "Lead.Email", "email"},
            {"spellings", "Email (2)", "email"},
            {"spellings", "Company__c", "company"},
            {"spellings", "c__Industry", "industry"},
            {"spellings", "  Job   Title  ", "job_title"},
            {"spellings", "Primary e-mail of the person", "email"},
            {"spellings", "Account: Account Name", "company"},
    };

    static Stream<Arguments> names() {
        return Stream.of(NAMES).map(row -> Arguments.of(row[0], row[1], row[2]));
    }

    static Stream<String> vendors() {
        return Stream.of(NAMES).map(row -> row[0]).distinct();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("names")
    void aVendorsColumnAloneLandsInItsTarget(String vendor, String header, String target) {
        MappingGuess guess = MappingMatcher.guess(ImportKind.CONTACTS, List.of(header), column(target, 30), "one.csv", null);
        ColumnMatch line = guess.columns().get(0);
        assertEquals(target, line.target(), line.line() + ": " + line.reason());
        assertEquals(target, guess.mapping().columns().get(header));
        assertTrue(line.confidence() >= 0.6, line.line() + ": " + line.reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aVendorsWholeExportLandsColumnByColumn(String vendor) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String[] row : NAMES) {
            if (row[0].equals(vendor) && !expected.containsValue(row[2])) {
                expected.put(row[1], row[2]);
            }
        }
        List<String> headers = new ArrayList<>(expected.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> row = new ArrayList<>();
            for (String h : headers) {
                row.add(Samples.value(expected.get(h), i));
            }
            rows.add(row);
        }
        MappingGuess guess = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, vendor + ".csv");
        for (String h : headers) {
            ColumnMatch line = guess.column(h).orElseThrow();
            assertEquals(expected.get(h), line.target(), line.line() + ": " + line.reason());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void vendorNamesConfirmedByTheirValuesAreSure(String vendor, String header, String target) {
        if (vendor.equals("spellings") || vendor.equals("lead lists")) {
            return;
        }
        MappingGuess guess = MappingMatcher.guess(ImportKind.CONTACTS, List.of(header), column(target, 30), "one.csv", null);
        ColumnMatch line = guess.columns().get(0);
        if (!line.reason().contains("format must be chosen")) {
            assertTrue(line.confidence() >= 0.9, line.line() + ": " + line.reason());
        }
    }

    private static List<List<String>> column(String target, int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(Samples.value(target, i)));
        }
        return rows;
    }
}
