package com.leadbench.importing.hygiene;

import static com.leadbench.model.DataIssue.DISPOSABLE_DOMAIN;
import static com.leadbench.model.DataIssue.MALFORMED_EMAIL;
import static com.leadbench.model.DataIssue.NO_ACCOUNT;
import static com.leadbench.model.DataIssue.NO_COUNTRY;
import static com.leadbench.model.DataIssue.NO_EMAIL;
import static com.leadbench.model.DataIssue.NO_JOB_TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.model.HygieneReport;
import com.leadbench.scoring.Scorecard;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The data-fix queue: exactly the incomplete records with what they miss, and the addresses nobody can reach. */
class DataFixQueueTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static ContactFacts contact(long id, String email, String title, String country, Long accountId) {
        return new ContactFacts(id, email, "Ada", "Lovelace", title, country, accountId,
                accountId == null ? null : "acme.com", accountId == null ? null : "Acme", T0);
    }

    private static final List<ContactFacts> CONTACTS = List.of(
            contact(1, "ada@acme.com", "Plant Engineer", "US", 1L),           // complete
            contact(2, "bob@acme.com", "Plant Engineer", "US", null),         // no account
            contact(3, "cy@acme.com", null, "DE", 1L),                        // no title
            contact(4, "di@acme.com", "  ", " ", 1L),                         // blank title and country
            contact(5, "ed@gmail.com", null, null, null),                     // nothing
            contact(6, "fay@mailinator.com", "Buyer", "US", 1L),              // disposable, complete
            contact(7, "gus@@invalid", "Buyer", "US", 1L),                    // malformed, complete
            contact(8, null, "Buyer", "US", 1L),                              // no email
            contact(9, "hal@MAILINATOR.com ", "Buyer", null, 1L),             // disposable (case, spaces) and no country
            contact(10, "ida@mailinator.com.au", "Buyer", "US", 1L));         // not the disposable domain

    private static Map<Long, List<DataIssue>> byId(List<DataFixItem> items) {
        Map<Long, List<DataIssue>> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.contactId(), i.issues()));
        return out;
    }

    @Test
    void listsExactlyTheIncompleteRecordsWithWhatIsMissing() {
        List<DataFixItem> queue = DataFixQueue.build(CONTACTS, Set.of("mailinator.com"));
        Map<Long, List<DataIssue>> incomplete = new LinkedHashMap<>();
        queue.stream().filter(DataFixItem::incomplete).forEach(i -> incomplete.put(i.contactId(), i.missing()));
        assertEquals(Map.of(
                2L, List.of(NO_ACCOUNT),
                3L, List.of(NO_JOB_TITLE),
                4L, List.of(NO_COUNTRY, NO_JOB_TITLE),
                5L, List.of(NO_ACCOUNT, NO_COUNTRY, NO_JOB_TITLE),
                9L, List.of(NO_COUNTRY)), incomplete);
        assertEquals(List.of(2L, 3L, 4L, 5L, 9L), List.copyOf(incomplete.keySet()), "in id order");
    }

    @Test
    void flagsMissingMalformedAndDisposableAddresses() {
        Map<Long, List<DataIssue>> all = byId(DataFixQueue.build(CONTACTS, Set.of("mailinator.com")));
        assertEquals(List.of(DISPOSABLE_DOMAIN), all.get(6L));
        assertEquals(List.of(MALFORMED_EMAIL), all.get(7L));
        assertEquals(List.of(NO_EMAIL), all.get(8L));
        assertEquals(List.of(NO_COUNTRY, DISPOSABLE_DOMAIN), all.get(9L));
        assertTrue(!all.containsKey(1L) && !all.containsKey(10L), "complete records with good addresses are not listed");
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), List.copyOf(all.keySet()));
    }

    @Test
    void disposableDomainsComeFromThePublishedScorecardsEmailValidityExclusion() {
        Scorecard preset = ScorecardJson.defaultPreset();
        assertEquals(Set.of("mailinator.com", "10minutemail.com", "guerrillamail.com", "trashmail.com", "yopmail.com"),
                HygieneCheck.disposableDomains(preset));
        HygieneReport report = HygieneCheck.run(CONTACTS, preset);
        assertEquals(CONTACTS.size(), report.contacts());
        assertTrue(report.dataFixes().stream().anyMatch(i -> i.contactId() == 6 && i.has(DISPOSABLE_DOMAIN)));

        // without that exclusion nothing is disposable, but a malformed address still is malformed
        Scorecard without = preset.withExclusions(preset.exclusions().stream()
                .filter(e -> !e.kind().equals("email_validity")).toList());
        assertEquals(Set.of(), HygieneCheck.disposableDomains(without));
        Map<Long, List<DataIssue>> all = byId(HygieneCheck.run(CONTACTS, without).dataFixes());
        assertTrue(!all.containsKey(6L));
        assertEquals(List.of(MALFORMED_EMAIL), all.get(7L));
    }
}
