package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Activity;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ImportRun} on its own: a file, a mapping and writes kept in memory, no database. */
class ImportRunTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;

    /** What the run asked to be written, in order. */
    static final class Recorded implements ImportWrites {
        final Map<Long, ContactValues> contacts = new LinkedHashMap<>();
        final Map<Long, AccountValues> accounts = new LinkedHashMap<>();
        final List<String> contactFields = new ArrayList<>();
        final List<SalesFollowUp> followUps = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        int contactUpdates;

        @Override public void insertAccount(long id, AccountValues values) { accounts.put(id, values); }
        @Override public void updateAccount(long id, AccountValues values) { accounts.put(id, values); }
        @Override public void insertContact(long id, ContactValues values) { contacts.put(id, values); }
        @Override public void updateContact(long id, ContactValues values) { contactUpdates++; }
        @Override public void contactField(long contactId, String name, String value) { contactFields.add(contactId + ":" + name + "=" + value); }
        @Override public void accountField(long accountId, String name, String value) { }
        @Override public boolean activity(Activity activity) { activities.add(activity); return true; }
        @Override public boolean followUp(SalesFollowUp followUp) { followUps.add(followUp); return true; }
        @Override public boolean firstFollowUp(SalesFollowUp followUp) { followUps.add(followUp); return true; }
    }

    private final Recorded writes = new Recorded();

    private ImportSummary run(String csv, ImportMapping mapping) throws Exception {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, csv);
        try (CsvSource source = CsvSource.open(file)) {
            return ImportRun.run(source, mapping, new ContactDirectory(), writes, ImportProgress.NONE, NOW, false);
        }
    }

    private static ImportMapping contacts(Map<String, String> columns, DayOrder order) {
        return new ImportMapping("test", ImportKind.CONTACTS, columns, Set.of(), order, Set.of(), ImportMapping.ON_CONTACT, Map.of());
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Test
    void rowBecomesContactWithItsFieldsAndAccount() throws Exception {
        ImportSummary s = run("""
                Id,Email,First,Last,Company,Website,Employees,Note
                c-1,Ann@Acme.example,Ann,Lee,Acme GmbH,https://www.acme.example/about,250,met at fair
                """, contacts(columns("Id", "external_id", "Email", "email", "First", "first_name", "Last", "last_name",
                "Company", "company", "Website", "domain", "Employees", "employees"), DayOrder.ISO));

        assertEquals(1, s.read());
        assertEquals(1, s.inserted());
        assertEquals(0, s.rejected(), () -> s.problems().toString());
        ContactValues c = writes.contacts.values().iterator().next();
        assertEquals("c-1", c.externalId());
        assertEquals("Ann", c.firstName());
        assertEquals("Lee", c.lastName());
        assertEquals(NOW, c.createdAt(), "a contact the file gives no creation time is created at the import's time");
        AccountValues a = writes.accounts.values().iterator().next();
        assertEquals("acme.example", a.domain());
        assertEquals("Acme GmbH", a.name());
        assertEquals(250, a.employees());
        assertEquals(c.accountId(), writes.accounts.keySet().iterator().next());
        assertTrue(writes.contactFields.stream().anyMatch(f -> f.endsWith(":Note=met at fair")), writes.contactFields::toString);
    }

    @Test
    void unreadableCellRejectsTheRowNamingColumnAndLine() throws Exception {
        ImportSummary s = run("""
                Id,Email,Employees
                c-1,a@x.example,12
                c-2,b@x.example,about forty
                """, contacts(columns("Id", "external_id", "Email", "email", "Employees", "employees"), DayOrder.ISO));

        assertEquals(1, s.rejected());
        ImportProblem p = s.problems().getFirst();
        assertEquals(3, p.line(), "the header is line 1, the bad row line 3");
        assertEquals("Employees", p.column());
        assertEquals("about forty", p.value());
        assertTrue(p.reason().contains("whole number"), p.reason());
    }

    @Test
    void datesAreReadInTheMappingsDayOrder() throws Exception {
        String csv = """
                Id,Created
                c-1,03/04/2024
                """;
        run(csv, contacts(columns("Id", "external_id", "Created", "created_at"), DayOrder.EUROPEAN));
        assertEquals(Instant.parse("2024-04-03T00:00:00Z"), writes.contacts.values().iterator().next().createdAt());

        writes.contacts.clear();
        run(csv, contacts(columns("Id", "external_id", "Created", "created_at"), DayOrder.US));
        assertEquals(Instant.parse("2024-03-04T00:00:00Z"), writes.contacts.values().iterator().next().createdAt());
    }

    @Test
    void ambiguousDatesWithoutADayOrderStopTheImportBeforeAnyRow() throws Exception {
        ImportSummary s = run("""
                Id,Created
                c-1,03/04/2024
                c-2,05/06/2024
                """, contacts(columns("Id", "external_id", "Created", "created_at"), DayOrder.AUTO));

        assertEquals(0, s.read());
        assertTrue(writes.contacts.isEmpty());
        assertEquals("Created", s.problems().getFirst().column());
    }

    @Test
    void outcomeValuesBecomeWonAndLostFollowUps() throws Exception {
        ImportMapping mapping = contacts(columns("Id", "external_id"), DayOrder.ISO).withOutcome(Optional.of(
                new OutcomeColumn("Status", Set.of("Customer"), Set.of("Churned"), Set.of(), "Closed", null)));
        ImportSummary s = run("""
                Id,Status,Closed
                c-1,Customer,2024-05-01
                c-2,Churned,2024-05-02
                c-3,Prospect,
                """, mapping);

        assertEquals(0, s.rejected(), () -> s.problems().toString());
        assertEquals(1, s.outcomes().won());
        assertEquals(1, s.outcomes().lost());
        assertEquals(List.of(FollowUpKind.WON, FollowUpKind.LOST), writes.followUps.stream().map(SalesFollowUp::kind).toList());
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), writes.followUps.getFirst().at());
    }

    @Test
    void sameEmailTwiceInOneFileIsOnePersonUpdated() throws Exception {
        ImportSummary s = run("""
                Email,First
                ann@x.example,Ann
                ANN@x.example,Annie
                """, contacts(columns("Email", "email", "First", "first_name"), DayOrder.ISO));

        assertEquals(2, s.read());
        assertEquals(1, s.inserted());
        assertEquals(1, s.updated());
        assertEquals(1, writes.contacts.size());
        assertEquals(1, writes.contactUpdates);
    }

    @Test
    void rowWithNeitherIdNorEmailIsRejected() throws Exception {
        ImportSummary s = run("""
                Id,Email,First
                ,,Nobody
                """, contacts(columns("Id", "external_id", "Email", "email", "First", "first_name"), DayOrder.ISO));

        assertEquals(1, s.rejected());
        assertEquals(2, s.problems().getFirst().line());
        assertTrue(writes.contacts.isEmpty());
    }

    @Test
    void mappingNamingAMissingColumnWritesNothingAndSaysWhich() throws Exception {
        ImportSummary s = run("""
                Id,Email
                c-1,a@x.example
                """, contacts(columns("Id", "external_id", "Email", "email", "Phone", "phone"), DayOrder.ISO));

        assertEquals(0, s.read());
        assertTrue(writes.contacts.isEmpty());
        ImportProblem p = s.problems().getFirst();
        assertEquals("Phone", p.column());
        assertEquals(1, p.line());
        assertNull(p.value());
    }
}
