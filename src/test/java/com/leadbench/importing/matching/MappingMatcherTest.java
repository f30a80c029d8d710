package com.leadbench.importing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.MappingPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the values say, which column wins a target, and what the guess looks like as a mapping. */
class MappingMatcherTest {

    /** A file made of columns: header, then its values top to bottom. */
    static MappingGuess guess(ImportKind kind, List<List<String>> columns) {
        List<String> headers = new ArrayList<>();
        int n = columns.get(0).size() - 1;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>());
        }
        for (List<String> column : columns) {
            headers.add(column.get(0));
            for (int i = 0; i < n; i++) {
                rows.get(i).add(column.get(i + 1));
            }
        }
        return MappingMatcher.guess(kind, headers, rows, "test.csv");
    }

    static List<String> col(String header, String... values) {
        List<String> c = new ArrayList<>();
        c.add(header);
        c.addAll(List.of(values));
        return c;
    }

    @Test
    void aColumnOfEmailAddressesIsTheEmailWhateverItsName() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Contact", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com", "eve@umbrella.de"),
                col("Name", "Ada", "Bob", "Chloé", "Dan", "Eve")));
        ColumnMatch contact = g.column("Contact").orElseThrow();
        assertEquals("email", contact.target());
        assertEquals("100% of values are email addresses", contact.reason());
        assertTrue(contact.confidence() >= 0.5 && contact.confidence() < 0.9, contact.line());
        assertEquals(Map.of("Contact", "email"), g.mapping().columns());
    }

    @Test
    void aColumnOfYesAndNoIsAFlagKeptAsACustomField() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com"),
                col("Newsletter", "Yes", "No", "No", "Yes")));
        ColumnMatch flag = g.column("Newsletter").orElseThrow();
        assertEquals("custom:Newsletter", flag.target());
        assertTrue(flag.reason().contains("yes/no"), flag.reason());
        assertEquals(ValueProfile.Shape.FLAG, ValueProfile.of(List.of("TRUE", "FALSE", "TRUE"), java.util.Set.of()).shape());
        assertEquals(ValueProfile.Shape.FLAG, ValueProfile.of(List.of("1", "0", "0"), java.util.Set.of()).shape());
        assertEquals(ValueProfile.Shape.INTEGER, ValueProfile.of(List.of("1", "1", "1"), java.util.Set.of()).shape());
    }

    /** "02.Medium" reads like a host name but is a numbered category: it must not become the company's domain. */
    @Test
    void numberedCategoriesAreNotWebAddresses() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com"),
                col("Asymmetrique Activity Index", "02.Medium", "01.High", "03.Low", "02.Medium"),
                col("Homepage", "acme.com", "globex.io", "initech.fr", "hooli.com")));
        assertEquals("custom:Asymmetrique Activity Index", g.column("Asymmetrique Activity Index").orElseThrow().target());
        assertEquals("domain", g.column("Homepage").orElseThrow().target(), "real web addresses still are");
        assertEquals(0.0, ValueProfile.of(List.of("02.Medium", "1.High"), java.util.Set.of()).share(ValueProfile.Shape.URL));
    }

    @Test
    void aYesNoColumnNamedForCustomersIsTheCustomerFlag() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Existing Customer", "yes", "no", "no")));
        assertEquals("is_customer", g.column("Existing Customer").orElseThrow().target());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-05|DATE
            2024-03-05T14:22:10.000Z|DATE
            3/5/2024 2:22 PM|DATE
            05.03.2024|DATE
            Mar 5, 2024|DATE
            5 March 2024|DATE
            ada@acme.com|EMAIL
            https://www.acme.com/about|URL
            acme.co.uk|URL
            +49 30 1234567|PHONE
            (555) 123-4567|PHONE
            Germany|COUNTRY
            DE|COUNTRY
            United States|COUNTRY
            1,200|INTEGER
            $1,234.56|DECIMAL
            """)
    void valuesAreRecognised(String value, ValueProfile.Shape shape) {
        assertTrue(ValueProfile.shapesOf(value).contains(shape), value + " has " + ValueProfile.shapesOf(value));
    }

    @Test
    void datesTellTheirOrderWhenADayIsAbove12() {
        assertEquals(ValueProfile.DateStyle.MONTH_FIRST, ValueProfile.of(List.of("3/5/2024", "12/31/2024"), java.util.Set.of()).dateStyle());
        assertEquals(ValueProfile.DateStyle.DAY_FIRST, ValueProfile.of(List.of("3/5/2024", "31/12/2024"), java.util.Set.of()).dateStyle());
        assertEquals(ValueProfile.DateStyle.AMBIGUOUS, ValueProfile.of(List.of("3/5/2024", "1/2/2024"), java.util.Set.of()).dateStyle());
        assertEquals(ValueProfile.DateStyle.ISO, ValueProfile.of(List.of("2024-03-05 14:22"), java.util.Set.of()).dateStyle());
    }

    @Test
    void twoColumnsForOneTargetKeepTheBetterAndTheOtherStaysACustomField() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Contact", "ada@gmail.com", "bob@gmail.com", "chloe@yahoo.fr", "dan@web.de"),
                col("Email Address", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com"),
                col("Phone", "+49 30 1234567", "+49 30 7654321", "+33 1 23 45 67 89", "+1 555 123 4567"),
                col("Mobile", "+49 170 1234567", "+49 171 7654321", "+33 6 23 45 67 89", "+1 555 987 6543")));
        assertEquals("email", g.column("Email Address").orElseThrow().target());
        ColumnMatch contact = g.column("Contact").orElseThrow();
        assertEquals("custom:Contact", contact.target());
        assertTrue(contact.reason().contains("Email Address fits better"), contact.reason());
        assertEquals("phone", g.column("Phone").orElseThrow().target());
        assertEquals("custom:Mobile", g.column("Mobile").orElseThrow().target());
        assertEquals(2, g.mapping().columns().size(), g.mapping().columns().toString());
    }

    @Test
    void aRepeatedColumnLosesToTheFirst() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io"),
                col("Email (2)", "ada@private.com", "bob@private.com")));
        assertEquals("email", g.column("Email").orElseThrow().target());
        assertEquals("custom:Email (2)", g.column("Email (2)").orElseThrow().target());
    }

    @Test
    void valuesOverruleANameTheImportCouldNotRead() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Employees", "51-200", "1-10", "1001-5000"),
                col("Annual Revenue", "$1M-$5M", "< $1M", "$50M+")));
        ColumnMatch employees = g.column("Employees").orElseThrow();
        assertEquals("custom:Employees", employees.target());
        assertTrue(employees.reason().contains("whole numbers"), employees.reason());
        assertEquals("custom:Annual Revenue", g.column("Annual Revenue").orElseThrow().target());
    }

    @Test
    void anIdOnlyIdentifiesWhenItsValuesAreUnique() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Id", "7", "7", "8", "8"),
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com")));
        ColumnMatch id = g.column("Id").orElseThrow();
        assertEquals("custom:Id", id.target());
        assertTrue(id.reason().contains("repeat"), id.reason());
    }

    @Test
    void anUniqueIdColumnOfAnyNameIdentifies() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("lead_ref_id", "a1", "b2", "c3", "d4"),
                col("signup_date", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05")));
        assertEquals("external_id", g.column("lead_ref_id").orElseThrow().target());
        assertEquals("created_at", g.column("signup_date").orElseThrow().target());
    }

    @Test
    void emptyColumnsAreKeptAsCustomFieldsAndPlaceholdersBecomeNullValues() {
        // nothing in a file is lost: an empty column stays a custom field (its empty cells are not stored)
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Fax", "", "", ""),
                col("Industry", "Select", "Energy", "--None--")));
        ColumnMatch fax = g.column("Fax").orElseThrow();
        assertEquals("custom:Fax", fax.target());
        assertTrue(fax.reason().startsWith("empty in all 3 sampled rows"), fax.reason());
        assertEquals(java.util.Set.of(), g.mapping().dropped());
        assertEquals(java.util.Set.of("--None--", "Select"), g.mapping().nullValues());
        assertEquals("industry", g.column("Industry").orElseThrow().target());
    }

    @Test
    void aFileWithoutIdOrEmailGetsGeneratedIds() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("First Name", "Ada", "Bob"),
                col("Company", "Acme", "Globex")));
        assertTrue(g.mapping().generatedIds().enabled());
        MappingGuess withEmail = guess(ImportKind.CONTACTS, List.of(col("Email", "ada@acme.com", "bob@globex.io")));
        assertFalse(withEmail.mapping().generatedIds().enabled());
    }

    @Test
    void aFittingPresetIsTheStartingPointAndKeepsItsDayOrder() {
        List<String> headers = List.of("Lead ID", "First Name", "Last Name", "Email", "Create Date", "Lead Owner", "Rating");
        List<List<String>> rows = List.of(
                List.of("00Q1", "Ada", "Lovelace", "ada@acme.com", "3/25/2024", "Jane Miller", "Hot"),
                List.of("00Q2", "Bob", "Byte", "bob@globex.io", "3/26/2024", "Jane Miller", "--None--"));
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, "report.csv");
        assertEquals("auto (report.csv, from salesforce-leads)", g.mapping().name());
        assertEquals(DayOrder.US, g.mapping().dayOrder());
        assertEquals("created_at", g.column("Create Date").orElseThrow().target());
        assertTrue(g.column("Create Date").orElseThrow().confidence() >= 0.9);
        assertTrue(g.mapping().nullValues().contains("--None--"));

        // without a preset the day order is AUTO (the import decides each column from its values): 3/25/2024 says month first
        MappingGuess alone = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, "report.csv", null);
        assertEquals(DayOrder.AUTO, alone.mapping().dayOrder());
        ColumnMatch created = alone.column("Create Date").orElseThrow();
        assertEquals("created_at", created.target());
        assertTrue(created.confidence() >= 0.9 && created.reason().contains("month first"), created.line() + " " + created.reason());
    }

    @Test
    void aPickedPresetStartsTheGuessAndTheMatcherPlacesTheRest() {
        ImportMapping hubspot = MappingPresets.named(MappingPresets.HUBSPOT_CONTACTS).orElseThrow();
        List<String> headers = List.of("Record ID", "Email", "Contact Email (work)", "Signup Date");
        List<List<String>> rows = List.of(List.of("1", "ada@acme.com", "ada@work.com", "2024-01-01"),
                List.of("2", "bob@globex.io", "bob@work.com", "2024-01-02"));
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, "x.csv", hubspot);
        assertEquals("header is in the hubspot-contacts preset, and its values are unique", g.column("Record ID").orElseThrow().reason());
        assertEquals("email", g.column("Email").orElseThrow().target());
        assertEquals("created_at", g.column("Signup Date").orElseThrow().target());
        assertEquals(hubspot.nullValues(), g.mapping().nullValues());
    }

    @Test
    void presetConstantsAreNotPlacedTwice() {
        ImportMapping olist = MappingPresets.named(MappingPresets.OLIST_LEADS).orElseThrow();
        List<String> headers = List.of("mql_id", "first_contact_date", "landing_page_id", "origin", "activity_type");
        List<List<String>> rows = List.of(List.of("a", "2018-01-01", "p1", "social", "Download"));
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, "olist.csv", olist);
        assertEquals("PAGE_VIEW", g.mapping().constants().get("activity_type"));
        assertFalse(g.mapping().columns().containsValue("activity_type"));
    }

    @Test
    void aPersonCanChangeAnyLine() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io"),
                col("Backup", "ada@home.com", "bob@home.io"),
                col("Notes", "likes tea", "")));
        MappingGuess changed = g.withTarget("Backup", "email").withTarget("Notes", null);
        assertEquals("email", changed.column("Backup").orElseThrow().target());
        assertEquals(1.0, changed.column("Backup").orElseThrow().confidence());
        assertEquals("custom:Email", changed.column("Email").orElseThrow().target());
        assertEquals(Map.of("Backup", "email"), changed.mapping().columns());
        assertEquals(java.util.Set.of("Notes"), changed.mapping().dropped());
        MappingGuess renamed = changed.withTarget("Email", "custom:old_email");
        assertEquals("custom:old_email", renamed.mapping().columns().get("Email"));
    }

    @Test
    void linesReadColumnTargetAndConfidence() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(col("Email Address", "ada@acme.com", "bob@globex.io")));
        assertEquals(List.of("Email Address -> email (0.97)"), g.lines());
        assertEquals("header is Marketo's export label for email, and 100% of values are email addresses",
                g.column("Email Address").orElseThrow().reason());
    }

    @Test
    void activitiesAndOutcomesFilesNameTheContact() {
        MappingGuess activities = guess(ImportKind.ACTIVITIES, List.of(
                col("Email", "ada@acme.com", "bob@globex.io"),
                col("Activity Type", "Page view", "Download"),
                col("Activity Date", "2024-01-01 10:00", "2024-01-02 11:00"),
                col("Page URL", "https://acme.com/pumps", "https://acme.com/valves")));
        assertEquals(Map.of("Email", "contact_email", "Activity Type", "type", "Activity Date", "occurred_at", "Page URL", "asset"),
                activities.mapping().columns());
        MappingGuess outcomes = guess(ImportKind.OUTCOMES, List.of(
                col("Contact ID", "c1", "c2"),
                col("Stage", "Closed Won", "Closed Lost"),
                col("Close Date", "2024-01-01", "2024-02-01"),
                col("Amount", "1200.50", "0")));
        assertEquals(Map.of("Contact ID", "contact_external_id", "Stage", "kind", "Close Date", "occurred_at", "Amount", "amount"),
                outcomes.mapping().columns());
    }

    @Test
    void theFilesOwnProductWinsATieAndSalutationsAreNoJobTitles() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("id", "1", "2", "3"),
                col("title", "Ms", "Mr", "Dr"),
                col("firstname", "Ada", "Bob", "Chloé"),
                col("position", "CTO", "Buyer", "Plant Manager"),
                col("email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("date_added", "2024-03-05 14:22:10", "2024-03-06 09:00:00", "2024-03-07 11:30:00"),
                col("ipAddress", "85.214.1.1", "10.0.0.12", "192.168.178.20")));
        assertEquals("job_title", g.column("position").orElseThrow().target());
        assertEquals("custom:title", g.column("title").orElseThrow().target());
        assertTrue(g.column("date_added").orElseThrow().reason().startsWith("header is Mautic's"), g.column("date_added").orElseThrow().reason());
        assertEquals("custom:ipAddress", g.column("ipAddress").orElseThrow().target(), "an IP address is no phone number");
    }

    @Test
    void aPresetNeedsItsOwnIdColumnNotJustCommonNames() {
        List<List<String>> rows = List.of(List.of("zcrm_1", "Ada", "Lovelace", "ada@acme.com", "Acme"));
        assertTrue(MappingPresets.closest(ImportKind.CONTACTS, List.of("Record Id", "First Name", "Last Name", "Email", "Company")).isEmpty(),
                "Zoho's Record Id is not HubSpot's Record ID");
        assertTrue(MappingPresets.closest(ImportKind.CONTACTS, List.of("Email", "First Name", "Last Name", "Phone", "Company")).isEmpty());
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, List.of("Record Id", "First Name", "Last Name", "Email", "Company"), rows,
                "zoho.csv");
        assertEquals("auto (zoho.csv)", g.mapping().name());
        assertEquals(DayOrder.AUTO, g.mapping().dayOrder(), "no preset: the import decides the day order per column");
    }

    @Test
    void aFileOfDealsKeepsTheDealsIdDatesOwnerAndSourceAsCustomFields() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Id", "0065g00000A1", "0065g00000A2", "0065g00000A3"),
                col("Account.Name", "Acme", "Globex", "Initech"),
                col("StageName", "Closed Won", "Closed Lost", "Prospecting"),
                col("Amount", "1000", "2000", "3000"),
                col("CloseDate", "2024-03-01", "2024-03-02", "2024-09-30"),
                col("IsWon", "true", "false", "false"),
                col("CreatedDate", "2024-01-02T10:00:00.000Z", "2024-01-03T10:00:00.000Z", "2024-01-04T10:00:00.000Z"),
                col("OwnerId", "0055g0000001", "0055g0000002", "0055g0000001"),
                col("LeadSource", "Web", "Trade Show", "Web"),
                col("email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr")));
        for (String deal : List.of("Id", "CreatedDate", "OwnerId", "LeadSource")) {
            ColumnMatch line = g.column(deal).orElseThrow();
            assertEquals("custom:" + deal, line.target(), line.line() + ": " + line.reason());
            assertTrue(line.reason().contains("deal"), line.reason());
        }
        assertEquals("email", g.column("email").orElseThrow().target());
        assertEquals("company", g.column("Account.Name").orElseThrow().target());

        // a contacts file with a deal's stage and amount is still about people
        MappingGuess people = guess(ImportKind.CONTACTS, List.of(
                col("Id", "00Q1", "00Q2", "00Q3"),
                col("FirstName", "Ada", "Bob", "Chloé"),
                col("StageName", "Closed Won", "Closed Lost", "Prospecting"),
                col("Amount", "1000", "2000", "3000"),
                col("CloseDate", "2024-03-01", "2024-03-02", "2024-09-30"),
                col("CreatedDate", "2024-01-02", "2024-01-03", "2024-01-04")));
        assertEquals("external_id", people.column("Id").orElseThrow().target());
        assertEquals("created_at", people.column("CreatedDate").orElseThrow().target());
    }

    @Test
    void aRepeatedNameAfterTheCompanysColumnsIsTheCompanys() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Country/Region", "Germany", "France", "Spain"),
                col("Phone Number", "+49 30 5550101", "+33 1 55501020", ""),
                col("Associated Company", "Acme", "Globex", "Initech"),
                col("Phone Number (2)", "+49 30 5550100", "+33 1 55501000", "+34 91 5550100"),
                col("Country/Region (2)", "Germany", "France", "Portugal")));
        assertEquals("country", g.column("Country/Region").orElseThrow().target());
        assertEquals("company_country", g.column("Country/Region (2)").orElseThrow().target());
        assertEquals("phone", g.column("Phone Number").orElseThrow().target());
        assertEquals("custom:Phone Number (2)", g.column("Phone Number (2)").orElseThrow().target(), "the company's phone is no contact's");
    }

    @Test
    void europeanHeadersAndDecimalCommas() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("E-Mail", "ada@acme.de", "bob@globex.fr", "chloe@initech.es"),
                col("Prénom", "Ada", "Bob", "Chloé"),
                col("Nachname", "Lovelace", "Byte", "Martín"),
                col("Société", "Acme GmbH", "Globex SA", "Initech SL"),
                col("Chiffre d'affaires", "12.500.359,49", "4100463,83", "900000"),
                col("Erstellt am", "17.11.2023", "3.1.2024", "5.2.2024")));
        assertEquals("first_name", g.column("Prénom").orElseThrow().target());
        assertEquals("last_name", g.column("Nachname").orElseThrow().target());
        assertEquals("company", g.column("Société").orElseThrow().target());
        assertEquals("annual_revenue", g.column("Chiffre d'affaires").orElseThrow().target());
        assertEquals("created_at", g.column("Erstellt am").orElseThrow().target());
        assertEquals(DayOrder.EUROPEAN, g.mapping().dayOrder(), "4100463,83 has a decimal comma");
        MappingGuess unit = guess(ImportKind.CONTACTS, List.of(col("Umsatz (EUR)", "1000", "2500,5", "300")));
        assertEquals("annual_revenue", unit.column("Umsatz (EUR)").orElseThrow().target(), "a unit in brackets is not part of the name");
    }

    @Test
    void surveyQuestionsAreNoFields() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("What is your current occupation", "Student", "Unemployed", "Working Professional"),
                col("What is your company size?", "11-50", "1-10", "51-200")));
        assertEquals("custom:What is your current occupation", g.column("What is your current occupation").orElseThrow().target());
        assertEquals("custom:What is your company size?", g.column("What is your company size?").orElseThrow().target());
    }

    @Test
    void anAddressOnManyRowsOfDifferentPeopleIsAPlaceholder() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("First Name", "Ada", "Bob", "Chloé", "Dan", "Eve"),
                col("Last Name", "Lovelace", "Byte", "Martin", "Dorn", "Evans"),
                col("Email", "info@acme.com", "info@acme.com", "info@acme.com", "a@a.com", "a@a.com")));
        assertTrue(g.mapping().nullValues().containsAll(java.util.Set.of("info@acme.com", "a@a.com")), g.mapping().nullValues().toString());
        MappingGuess same = guess(ImportKind.CONTACTS, List.of(
                col("First Name", "Ada", "Ada", "Ada"),
                col("Last Name", "Lovelace", "Lovelace", "Lovelace"),
                col("Email", "ada@acme.com", "ada@acme.com", "ada@acme.com")));
        assertTrue(same.mapping().nullValues().isEmpty(), "one person on three rows is no placeholder");
    }

    @Test
    void aProductsOwnFieldStaysCustomInItsFiles() {
        // Mautic's contact "website" is the person's own site; elsewhere Website is the company's
        MappingGuess mautic = guess(ImportKind.CONTACTS, List.of(
                col("id", "1", "2", "3"),
                col("firstname", "Ada", "Bob", "Chloé"),
                col("position", "CTO", "Buyer", "Engineer"),
                col("date_added", "2024-03-05 14:22:10", "2024-03-06 09:00:00", "2024-03-07 11:30:00"),
                col("points", "10", "20", "0"),
                col("website", "https://acme.com", "https://globex.io", "https://initech.fr")));
        assertEquals("custom:website", mautic.column("website").orElseThrow().target());
        MappingGuess other = guess(ImportKind.CONTACTS, List.of(col("Website", "https://acme.com", "https://globex.io", "https://initech.fr")));
        assertEquals("domain", other.column("Website").orElseThrow().target());
    }
}
