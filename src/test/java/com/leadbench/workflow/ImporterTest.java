package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseContent;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.TestDsl;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that land: what they write, and that a second run updates instead of duplicating. */
class ImporterTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private Importer importer;
    private LeadRepository leads;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("import.db"));
        importer = new Importer(db, Clock.fixed(NOW, ZoneOffset.UTC));
        leads = new LeadRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path file(String name, String text) throws Exception {
        return file(name, text, StandardCharsets.UTF_8);
    }

    private Path file(String name, String text, Charset charset) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(charset));
        return f;
    }

    private ImportSummary run(Path csv, ImportMapping mapping) throws Exception {
        ImportSummary s = importer.run(csv, mapping, false, ImportProgress.NONE);
        assertTrue(s.accepted(), () -> s.problems().toString());
        return s;
    }

    private long count(String table) {
        return TestDsl.of(db).fetchCount(TestDsl.of(db).selectFrom(table));
    }

    private <T> T value(Class<T> type, String sql, Object... args) {
        return TestDsl.of(db).fetchOne(sql, args).get(0, type);
    }

    private Contact contactByEmail(String email) {
        Integer id = value(Integer.class, "SELECT id FROM contact WHERE lower(email) = lower(?)", email);
        return leads.contact(id).orElseThrow();
    }

    private static final String HUBSPOT = "Record ID,First Name,Last Name,Email,Job Title,Create Date,Company Name,Website URL,"
            + "Industry,Number of Employees,Lead Status,Internal Notes\r\n"
            + "101,Ada,Lovelace,ada@acme.com,Reliability Engineer,2024-03-05 14:22,Acme,https://www.acme.com,Chemicals,\"1,200\",Open,x\r\n"
            + "102,Bob,Stone,bob@acme.com,Buyer,2024-03-06 09:00,Acme Corp,acme.com,,,Select,y\r\n"
            + "103,Cy,Ray,CY@beta.io,Plant Engineer,2024-03-07 10:00,Beta,beta.io,Food,80,,z\r\n";

    private ImportMapping hubspot(Path csv) throws Exception {
        return MappingPresets.named("hubspot-contacts").orElseThrow()
                .fittedTo(com.leadbench.importing.CsvSource.open(csv).headers())
                .withDropped(Set.of("Internal Notes"));
    }

    @Test
    void contactsLandWithTheirAccountsAndUnplacedColumnsAsCustomFields() throws Exception {
        Map<String, String> before = DatabaseContent.of(db);
        Path csv = file("hubspot.csv", HUBSPOT);
        ImportSummary s = run(csv, hubspot(csv));
        assertEquals(new ImportSummary(3, 3, 0, 0, 0, List.of(), false), s);
        assertNotEquals(before, DatabaseContent.of(db));

        Contact ada = contactByEmail("ada@acme.com");
        assertEquals("101", ada.externalId());
        assertEquals("Reliability Engineer", ada.jobTitle());
        assertEquals(Instant.parse("2024-03-05T14:22:00Z"), ada.createdAt());
        assertEquals(Map.of("Lead Status", "Open"), ada.customFields(), "kept as a custom field; the dropped column is not");
        Account acme = leads.account(ada.accountId()).orElseThrow();
        assertEquals("acme.com", acme.domain());
        assertEquals("Chemicals", acme.industry());
        assertEquals(1200, acme.employees());

        Contact bob = contactByEmail("bob@acme.com");
        assertEquals(ada.accountId(), bob.accountId(), "same domain, same account");
        assertEquals(Map.of(), bob.customFields(), "\"Select\" is a null placeholder of the preset");
        assertEquals(2, count("account"));
        assertEquals(0, count("activity"));
        assertEquals(1, count("audit_log"));
    }

    @Test
    void reimportingTheSameFileUpdatesInsteadOfDuplicating() throws Exception {
        Path csv = file("hubspot.csv", HUBSPOT);
        run(csv, hubspot(csv));
        Map<String, String> counts = DatabaseContent.of(db);
        ImportSummary second = run(csv, hubspot(csv));
        assertEquals(3, second.read());
        assertEquals(0, second.inserted());
        assertEquals(3, second.updated());
        for (String table : List.of("contact", "account", "contact_field", "account_field", "activity")) {
            assertEquals(counts.get(table).split(",")[0], DatabaseContent.of(db).get(table).split(",")[0], table);
        }
    }

    @Test
    void aContactIsMatchedByEmailIgnoringCaseWhenTheFileHasNoExternalId() throws Exception {
        Path csv = file("hubspot.csv", HUBSPOT);
        run(csv, hubspot(csv));
        Path update = file("update.csv", "email,job_title,country\ncy@BETA.io,Maintenance Manager,DE\nnew@gamma.com,,FR\n");
        ImportMapping byEmail = ImportMapping.empty("emails", ImportKind.CONTACTS)
                .withColumns(Map.of("email", "email", "job_title", "job_title", "country", "country"));
        ImportSummary s = run(update, byEmail);
        assertEquals(1, s.updated());
        assertEquals(1, s.inserted());
        Contact cy = contactByEmail("CY@beta.io");
        assertEquals("Maintenance Manager", cy.jobTitle());
        assertEquals("DE", cy.country());
        assertEquals("Cy", cy.firstName(), "fields the file does not give are kept");
        assertEquals(NOW, contactByEmail("new@gamma.com").createdAt(), "a new contact without a creation time gets the import's");
    }

    @Test
    void aDryRunCountsButWritesNothing() throws Exception {
        Map<String, String> before = DatabaseContent.of(db);
        Path csv = file("hubspot.csv", HUBSPOT);
        ImportSummary s = importer.run(csv, hubspot(csv), true, ImportProgress.NONE);
        assertEquals(new ImportSummary(3, 3, 0, 0, 0, List.of(), true), s);
        assertEquals(before, DatabaseContent.of(db));
    }

    @Test
    void windows1252SemicolonFileWithEuropeanDatesAndDecimalCommas() throws Exception {
        String text = "E-Mail;Nachname;Erstellt;Umsatz;Firma\r\n"
                + "hans@mueller.de;Müller;05.03.2024 14:22;\"1.250.000,50\";Müller & Söhne GmbH\r\n"
                + "eva@koeln.de;Groß;31/12/2023;;Kölner Maschinenbau\r\n";
        Path csv = file("export.csv", text, Charset.forName("windows-1252"));
        ImportMapping mapping = ImportMapping.empty("de", ImportKind.CONTACTS).withDayOrder(DayOrder.EUROPEAN).withColumns(Map.of(
                "E-Mail", "email", "Nachname", "last_name", "Erstellt", "created_at", "Umsatz", "annual_revenue", "Firma", "company"));
        run(csv, mapping);
        Contact hans = contactByEmail("hans@mueller.de");
        assertEquals("Müller", hans.lastName());
        assertEquals(Instant.parse("2024-03-05T14:22:00Z"), hans.createdAt());
        Account company = leads.account(hans.accountId()).orElseThrow();
        assertEquals("Müller & Söhne GmbH", company.name());
        assertEquals(1_250_000.50, company.annualRevenue());
        assertEquals(Instant.parse("2023-12-31T00:00:00Z"), contactByEmail("eva@koeln.de").createdAt());
    }

    @Test
    void usDatesInATabFileWithQuotedLineBreaks() throws Exception {
        String text = "Email\tCreated\tNotes\n"
                + "ada@acme.com\t3/5/2024 2:22 PM\t\"line one\nline two, with comma\"\n";
        Path csv = file("tab.tsv", text);
        ImportMapping mapping = ImportMapping.empty("us", ImportKind.CONTACTS).withDayOrder(DayOrder.US)
                .withColumns(Map.of("Email", "email", "Created", "created_at", "Notes", "custom:notes"));
        run(csv, mapping);
        Contact ada = contactByEmail("ada@acme.com");
        assertEquals(Instant.parse("2024-03-05T14:22:00Z"), ada.createdAt());
        assertEquals(Map.of("notes", "line one\nline two, with comma"), ada.customFields());
    }

    @Test
    void customFieldsCanBeKeptOnTheAccountAndRowsOfEmptyCellsAreSkipped() throws Exception {
        Path csv = file("acc.csv", "email,domain,segment,tier\nada@acme.com,acme.com,food,gold\n,,,\nbob@beta.io,beta.io,pet,\n");
        ImportMapping mapping = ImportMapping.empty("acc", ImportKind.CONTACTS).withCustomFieldsOn("account")
                .withColumns(Map.of("email", "email", "domain", "domain"));
        ImportSummary s = run(csv, mapping);
        assertEquals(3, s.read());
        assertEquals(1, s.skipped());
        Contact ada = contactByEmail("ada@acme.com");
        assertEquals(Map.of(), ada.customFields());
        assertEquals(Map.of("segment", "food", "tier", "gold"), leads.account(ada.accountId()).orElseThrow().customFields());
        assertEquals(Map.of("segment", "pet"), leads.account(contactByEmail("bob@beta.io").accountId()).orElseThrow().customFields(),
                "an empty cell is not stored");
    }

    @Test
    void activitiesAreMatchedToContactsAndNotDuplicatedOnReimport() throws Exception {
        Path contacts = file("hubspot.csv", HUBSPOT);
        run(contacts, hubspot(contacts));
        Path csv = file("activities.csv", "external_id,email,type,asset,asset_kind,occurred_at,form_text\n"
                + "101,,PAGE_VIEW,/products/pumps,product_page,2026-10-01 10:00:00,\n"
                + ",cy@beta.io,Download,PX-200 spec sheet,spec_sheet,2026-10-02 11:00:00,\n"
                + "101,,PAGE_VIEW,/products/pumps,product_page,2026-10-01 10:00:00,\n"
                + "102,,demo request,/products/pumps,product_page,2026-10-03 09:30:00,\"Need it fast, line down\"\n");
        ImportMapping generic = MappingPresets.named("generic-activities").orElseThrow()
                .fittedTo(List.of("external_id", "email", "type", "asset", "asset_kind", "occurred_at", "form_text"));
        ImportSummary first = run(csv, generic);
        assertEquals(4, first.read());
        assertEquals(3, first.inserted());
        assertEquals(1, first.updated(), "the repeated row matches the first");
        assertEquals(3, count("activity"));
        ImportSummary second = run(csv, generic);
        assertEquals(0, second.inserted());
        assertEquals(4, second.updated());
        assertEquals(3, count("activity"));
        assertEquals("Need it fast, line down", value(String.class, "SELECT form_text FROM activity WHERE type = 'DEMO_REQUEST'"));
    }

    @Test
    void outcomesCreateTheirAccountAndKeepDealColumnsOnIt() throws Exception {
        Path contacts = file("hubspot.csv", HUBSPOT);
        run(contacts, hubspot(contacts));
        Path csv = file("deals.csv", "contact,stage,closed,amount,segment\n101,Closed Won,2026-09-01,\"12,500\",pumps\n103,Closed Lost,2026-09-02,,food\n");
        ImportMapping mapping = ImportMapping.empty("deals", ImportKind.OUTCOMES).withCustomFieldsOn("account")
                .withColumns(Map.of("contact", "contact_external_id", "stage", "kind", "closed", "occurred_at", "amount", "amount"))
                .withConstants(Map.of("note", "segment {segment}"));
        ImportSummary s = run(csv, mapping);
        assertEquals(2, s.inserted());
        assertEquals(12_500.0, value(Double.class, "SELECT amount FROM sales_follow_up WHERE kind = 'WON'"));
        assertEquals("segment food", value(String.class, "SELECT note FROM sales_follow_up WHERE kind = 'LOST'"));
        Contact ada = contactByEmail("ada@acme.com");
        assertEquals(Map.of("segment", "pumps"), leads.account(ada.accountId()).orElseThrow().customFields());
        ImportSummary again = run(csv, mapping);
        assertEquals(2, again.updated());
        assertEquals(2, count("sales_follow_up"));
    }

    @Test
    void aFirstActivityPerContactComesFromConstantsAndTheCreationTime() throws Exception {
        Path csv = file("mql.csv", "id,first,page\nm1,2024-01-02,lp-1\nm2,2024-01-03,lp-2\n");
        ImportMapping mapping = ImportMapping.empty("mql", ImportKind.CONTACTS)
                .withColumns(Map.of("id", "external_id", "first", "created_at", "page", "activity_asset"))
                .withConstants(Map.of("activity_type", "PAGE_VIEW", "activity_asset_kind", "landing_page"));
        run(csv, mapping);
        run(csv, mapping);
        assertEquals(2, count("activity"), "re-import does not add the first activity again");
        assertEquals(Instant.parse("2024-01-02T00:00:00Z").toEpochMilli(),
                value(Long.class, "SELECT occurred_at FROM activity WHERE asset = 'lp-1'"));
        assertNull(value(String.class, "SELECT email FROM contact WHERE external_id = 'm1'"));
    }

    private List<String> activityIndexes() {
        return TestDsl.of(db).fetch("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL ORDER BY name")
                .getValues(0, String.class);
    }

    @Test
    void aLargeActivitiesFileIsLoadedWithItsIndexesBuiltAgainAndMatchedOnReimport() throws Exception {
        Path contacts = file("hubspot.csv", HUBSPOT);
        run(contacts, hubspot(contacts));
        List<String> indexes = activityIndexes();
        assertEquals(1, indexes.size());
        StringBuilder b = new StringBuilder("external_id,type,asset,occurred_at\n");
        int rows = 60_000;
        for (int i = 0; i < rows; i++) {
            b.append(101 + i % 3).append(",PAGE_VIEW,/p/").append(i % 40).append(',')
                    .append(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L).toString()).append('\n');
        }
        Path csv = file("many.csv", b.toString());
        ImportMapping generic = MappingPresets.named("generic-activities").orElseThrow()
                .fittedTo(List.of("external_id", "type", "asset", "occurred_at"));
        assertEquals(rows, run(csv, generic).inserted());
        assertEquals(rows, count("activity"));
        assertEquals(indexes, activityIndexes(), "the dropped index is back, as it was");
        ImportSummary again = run(csv, generic);
        assertEquals(0, again.inserted());
        assertEquals(rows, again.updated());
        assertEquals(rows, count("activity"));
        assertEquals(indexes, activityIndexes());
    }

    @Test
    void anImportAfterAMergeGivesNoNewContactTheMergedOnesIdSoTheMergeCanStillBeUndone() throws Exception {
        Path first = file("first.csv", "email,first_name\nada@acme.com,Ada\nADA@acme.com,Ada L.\n");
        ImportMapping byEmail = ImportMapping.empty("emails", ImportKind.CONTACTS)
                .withColumns(Map.of("email", "email", "first_name", "first_name"));
        run(first, byEmail);
        assertEquals(1, count("contact"), "the second row matches the first, ignoring case");
        Path second = file("second.csv", "external_id,email\nX-2,ada@acme.com\n");
        run(second, ImportMapping.empty("ids", ImportKind.CONTACTS).withColumns(Map.of("external_id", "external_id", "email", "email")));
        Path third = file("third.csv", "external_id,email\nX-3,ada@acme.com\n");
        run(third, ImportMapping.empty("ids", ImportKind.CONTACTS).withColumns(Map.of("external_id", "external_id", "email", "email")));
        assertEquals(2, count("contact"), "same email but another external id: another person of the source system");
        long newest = value(Long.class, "SELECT max(id) FROM contact");
        var merge = new ContactMerger(db).merge(1, newest, "Same email", "manager", NOW);
        Path later = file("later.csv", "external_id,email\nX-9,eve@beta.io\n");
        run(later, ImportMapping.empty("ids", ImportKind.CONTACTS).withColumns(Map.of("external_id", "external_id", "email", "email")));
        assertTrue(value(Long.class, "SELECT id FROM contact WHERE external_id = 'X-9'") > newest, "the merged id stays free");
        new ContactMerger(db).undo(merge.auditId(), "manager", NOW.plusSeconds(60));
        assertEquals(3, count("contact"));
    }

    @Test
    void activitiesStoredBeforeAreMatchedWhateverTheirTextAndSameTimeActivitiesStayApart() throws Exception {
        Path contacts = file("hubspot.csv", HUBSPOT);
        run(contacts, hubspot(contacts));
        long ada = contactByEmail("ada@acme.com").id();
        List<String> assets = java.util.Arrays.asList(null, "a", "/products/p12", "/products/p13", "Größe Ä", "規格書.pdf", "CAD 🚀");
        ActivityRepository repository = new ActivityRepository(db);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (String asset : assets) {
            repository.insert(new com.leadbench.model.Activity(0, ada, com.leadbench.model.ActivityType.DOWNLOAD, asset, null, null, at,
                    null, null));
        }
        StringBuilder b = new StringBuilder("external_id,type,asset,occurred_at\n");
        for (String asset : assets) {
            b.append("101,DOWNLOAD,").append(asset == null ? "" : "\"" + asset + "\"").append(",2026-01-01\n");
        }
        b.append("101,PAGE_VIEW,/products/p12,2026-01-01\n");
        Path csv = file("same-day.csv", b.toString());
        ImportSummary s = run(csv, MappingPresets.named("generic-activities").orElseThrow()
                .fittedTo(List.of("external_id", "type", "asset", "occurred_at")));
        assertEquals(assets.size(), s.updated(), "every stored activity is found again");
        assertEquals(1, s.inserted(), "another type at the same time is another activity");
        assertEquals(assets.size() + 1, count("activity"));
    }
}
