package com.leadbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 1);
    private static CollectingSink demo;
    private static DemoSummary summary;

    @BeforeAll
    static void generate() {
        demo = new CollectingSink();
        summary = new DemoGenerator(new DemoSettings(5_000, 42, END)).generate(demo);
    }

    @Test
    void writesExactlyTheRequestedContactsAndCountsWhatItWrote() {
        assertEquals(5_000, demo.contacts.size());
        assertEquals(summary.contacts(), demo.contacts.size());
        assertEquals(summary.accounts(), demo.accounts.size());
        assertEquals(summary.activities(), demo.activities.size());
        assertEquals(summary.followUps(), demo.followUps.size());
    }

    @Test
    void sameSeedSameData_otherSeedOtherData() {
        CollectingSink again = new CollectingSink();
        new DemoGenerator(new DemoSettings(5_000, 42, END)).generate(again);
        assertEquals(demo.contacts, again.contacts);
        assertEquals(demo.activities, again.activities);
        assertEquals(demo.followUps, again.followUps);

        CollectingSink other = new CollectingSink();
        new DemoGenerator(new DemoSettings(5_000, 7, END)).generate(other);
        assertNotEquals(demo.contacts, other.contacts);
    }

    @Test
    void usesEverySignalTypeOfTheDomain() {
        Set<ActivityType> seen = demo.activities.stream().map(Activity::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActivityType.class)));
        assertEquals(EnumSet.allOf(ActivityType.class), seen);
        Set<String> kinds = demo.activities.stream().map(Activity::assetKind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("product_page", "blog_post", "pricing_page", "contact_page", "careers_page",
                "spec_sheet", "cad_file", "case_study", "technical_guide", "webinar", "selection_tool")), kinds.toString());
        assertTrue(demo.activities.stream().anyMatch(a -> a.formText() != null && a.formText().contains("downtime")));
    }

    @Test
    void activityStaysInsideEighteenMonthsBeforeTheEndDate() {
        Instant end = END.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = end.minus(Duration.ofDays(549));
        assertTrue(demo.activities.stream().allMatch(a -> a.occurredAt().isBefore(end) && a.occurredAt().isAfter(start)));
        assertTrue(demo.followUps.stream().allMatch(f -> f.at().isBefore(end)));
    }

    @Test
    void containsTheRecordsAScorecardMustExclude() {
        assertTrue(count(c -> c.email().endsWith("@gmail.com") || c.email().endsWith("@yahoo.com")) > 100);
        assertTrue(count(c -> c.email().endsWith(".edu")) > 50);
        Set<Long> competitors = demo.accounts.stream().filter(Account::competitor).map(Account::id).collect(Collectors.toSet());
        assertEquals(3, competitors.size());
        assertTrue(count(c -> c.accountId() != null && competitors.contains(c.accountId())) > 20);
        assertTrue(count(c -> c.email().contains("@@") || c.email().endsWith("mailinator.com")) > 5);
        assertTrue(count(c -> c.country() != null && Set.of("BR", "IN", "CN", "NG", "RU", "ID").contains(c.country())) > 100);
    }

    @Test
    void containsDuplicatesAndIncompleteRecords() {
        Map<String, Long> byEmail = demo.contacts.stream().collect(Collectors.groupingBy(c -> c.email().toLowerCase(), Collectors.counting()));
        assertTrue(byEmail.values().stream().filter(n -> n > 1).count() > 10, "same email twice");
        assertTrue(count(c -> c.jobTitle() == null) > 50);
        assertTrue(count(c -> c.country() == null) > 50);
        assertTrue(count(c -> c.accountId() == null) > 300);
    }

    @Test
    void someFirstContactsAreLateAndSomeQualifiedLeadsAreNeverContacted() {
        List<SalesFollowUp> first = demo.followUps.stream().filter(f -> f.kind() == FollowUpKind.FIRST_CONTACT).toList();
        assertTrue(first.size() > 300, "sales followed up: " + first.size());
        Map<Long, Instant> requests = new HashMap<>();
        demo.activities.stream().filter(a -> a.type().isRequest()).forEach(a -> requests.merge(a.contactId(), a.occurredAt(), (x, y) -> x.isBefore(y) ? x : y));
        long late = first.stream().filter(f -> requests.containsKey(f.contactId())
                && Duration.between(requests.get(f.contactId()), f.at()).toDays() > 3).count();
        assertTrue(late > 5, "late first contacts: " + late);
        Set<Long> contacted = first.stream().map(SalesFollowUp::contactId).collect(Collectors.toSet());
        assertTrue(requests.keySet().stream().anyMatch(id -> !contacted.contains(id)), "some requests never get a call");
    }

    @Test
    void winsDependOnFitAndRecentIntent() {
        Set<Long> won = ids(FollowUpKind.WON);
        Set<Long> decided = new HashSet<>(won);
        decided.addAll(ids(FollowUpKind.LOST));
        decided.addAll(ids(FollowUpKind.REJECTED));
        assertTrue(won.size() > 100, "wins: " + won.size());

        Map<Long, Account> accounts = demo.accounts.stream().collect(Collectors.toMap(Account::id, a -> a));
        Set<String> buyerTitles = DemoCatalog.BUYER_TITLES.stream().map(DemoCatalog.Title::title).collect(Collectors.toSet());
        Predicate<Contact> fits = c -> c.accountId() != null && c.jobTitle() != null && buyerTitles.contains(c.jobTitle())
                && accounts.get(c.accountId()).industry() != null
                && DemoCatalog.TARGET_INDUSTRIES.contains(accounts.get(c.accountId()).industry());
        double fitRate = winRate(decided, won, fits);
        double otherRate = winRate(decided, won, fits.negate());
        assertTrue(fitRate > 1.5 * otherRate, "fitting " + fitRate + " vs other " + otherRate);

        Set<Long> requested = demo.activities.stream().filter(a -> a.type().isRequest()).map(Activity::contactId).collect(Collectors.toSet());
        double withRequest = winRate(decided, won, c -> requested.contains(c.id()));
        double without = winRate(decided, won, c -> !requested.contains(c.id()));
        assertTrue(withRequest > without, "with a request " + withRequest + " vs without " + without);
    }

    private double winRate(Set<Long> decided, Set<Long> won, Predicate<Contact> group) {
        List<Contact> members = demo.contacts.stream().filter(c -> decided.contains(c.id())).filter(group).toList();
        return members.stream().filter(c -> won.contains(c.id())).count() / (double) members.size();
    }

    private Set<Long> ids(FollowUpKind kind) {
        return demo.followUps.stream().filter(f -> f.kind() == kind).map(SalesFollowUp::contactId).collect(Collectors.toSet());
    }

    private long count(Predicate<Contact> p) {
        return demo.contacts.stream().filter(p).count();
    }
}
