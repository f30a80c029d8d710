package com.leadbench.scoring.account;

import com.leadbench.scoring.AccountScoring;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.SignalRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Account scores worked out by hand. Scorecard: Chemicals +30 and 200+ employees +10 (account fit);
 * personas Maintenance Manager +20, Buyer +15, Engineer +10, Non-buyer -25 (not a role: no positive
 * points); each download +20 (intent, 30 days); gmail.com excluded. Accounts: cap 30 a contact,
 * engaged from 10 points of intent, 10 points a role; tiers A 100, B 70, C 40; MQA from B.
 *
 * <ul>
 * <li>Acme (Chemicals, 500 people): maintenance manager 3 downloads (60, counted 30), buyer 1 (20), engineer 0 (not
 * engaged), a gmail engineer 5 (excluded: not counted), a student 1 (20, no role). Fit 40, engagement 70, breadth 2
 * roles = 20: 130, Tier A, MQA; no Engineer engaged yet.</li>
 * <li>Noisy (Retail, 50 people): one maintenance manager with 10 downloads (200, counted 30). Fit 0, engagement 30,
 * breadth 10: 40, Tier C, not an MQA, although the contact alone scores 220.</li>
 * <li>Quiet (Chemicals, 100 people): an engineer with no activity: fit 30, nothing else: not qualified.</li>
 * </ul>
 */
public class AccountRollupTest {

    public static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

    public static final Scorecard CARD = new Scorecard("accounts fixture", 30,
            List.of(new DomainExclusion("personal", "Personal email", List.of("gmail.com"), true)),
            List.of(new IndustryRule("industry", "Target industry", List.of("Chemicals"), 30, true),
                    new CompanySizeRule("size", "200+ employees", CompanySizeRule.Metric.EMPLOYEES, 200.0, null, 10, true),
                    new PersonaRule("maint", "Maintenance", "Maintenance Manager", new Keywords(List.of("maintenance")), 20, true),
                    new PersonaRule("buyer", "Buyer", "Buyer", new Keywords(List.of("buyer", "procurement")), 15, true),
                    new PersonaRule("eng", "Engineer", "Engineer", new Keywords(List.of("engineer")), 10, true),
                    new PersonaRule("student", "Non-buyer", "Non-buyer", new Keywords(List.of("student")), -25, true),
                    new SignalRule("downloads", "Downloads", Set.of(ActivityType.DOWNLOAD), Set.of(), null, Set.of(), 20, null, null,
                            Decay.NONE, Repeat.EACH, true)),
            new Thresholds(0, new TierSpec("Tier A", 120, "call"), new TierSpec("Tier B", 80, "nurture"), new TierSpec("Tier C", 40, "mail"),
                    Tier.B, 150),
            FastTrack.OFF, Routing.SINGLE_QUEUE, Deadlines.DEFAULT,
            new AccountScoring(30, 10, 10, List.of(), 100, 70, 40, Tier.B));

    public static final Account ACME = new Account(1, "acme.example", "Acme", "Chemicals", 500, null, "US", "North America", false, false, null, Map.of());
    public static final Account NOISY = new Account(2, "noisy.example", "Noisy", "Retail", 50, null, "US", "North America", false, false, null, Map.of());
    public static final Account QUIET = new Account(3, "quiet.example", "Quiet", "Chemicals", 100, null, "US", "North America", false, false, null, Map.of());

    /** The fixture's contacts, each with its account (null for none). */
    public static final List<Map.Entry<Contact, Account>> CONTACTS = List.of(
            contact(1, "dana@acme.example", "Maintenance Manager", ACME),
            contact(2, "bo@acme.example", "Procurement lead", ACME),
            contact(3, "eli@acme.example", "Process engineer", ACME),
            contact(4, "gus@gmail.com", "Mechanical engineer", ACME),
            contact(5, "sam@acme.example", "Student", ACME),
            contact(6, "max@noisy.example", "Maintenance manager", NOISY),
            contact(7, "ida@quiet.example", "Engineer", QUIET),
            contact(8, "solo@nowhere.example", "Maintenance manager", null));

    /** Their downloads: 3, 1, 0, 5, 1, 10, 0 and 2, on the days before {@link #NOW}. */
    public static final List<Activity> ACTIVITIES = activities(Map.of(1L, 3, 2L, 1, 4L, 5, 5L, 1, 6L, 10, 8L, 2));

    public static LeadColumns leads() {
        LeadColumns.Builder b = LeadColumns.builder();
        CONTACTS.forEach(e -> b.contact(e.getKey(), e.getValue()));
        ACTIVITIES.forEach(b::activity);
        return b.build();
    }

    private static Map.Entry<Contact, Account> contact(long id, String email, String title, Account account) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(new Contact(id, null, email, "C", "No" + id, title, null, "US", null, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null, account == null ? null : account.id(), Map.of()), account);
    }

    /** Downloads, one a day going back from the day before {@link #NOW}, for each contact id's count. */
    public static List<Activity> activities(Map<Long, Integer> downloads) {
        List<Activity> out = new java.util.ArrayList<>();
        new java.util.TreeMap<>(downloads).forEach((contact, n) -> {
            for (int k = 0; k < n; k++) {
                out.add(new Activity(0, contact, ActivityType.DOWNLOAD, "sheet " + k, "spec_sheet", null, NOW.minusSeconds(86_400L * (k + 1)),
                        null, null));
            }
        });
        return out;
    }

    static Accounts rollup(Scorecard card) {
        LeadColumns leads = leads();
        PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(leads, card, NOW.toEpochMilli()));
        return AccountRollup.of(leads, scores, card);
    }

    @Test
    void fitEngagementCappedPerContactAndBreadthAddUp() {
        Accounts accounts = rollup(CARD);

        assertEquals(List.of("Acme", "Noisy", "Quiet"), accounts.all().stream().map(AccountScore::displayName).toList(),
                "best first; the contact without an account is in none");
        AccountScore acme = accounts.all().get(0);
        assertEquals(40, acme.fit());
        assertEquals(70, acme.engagement(), "30 (60 capped) + 20 + 20; the excluded gmail contact's 100 does not count");
        assertEquals(20, acme.breadth());
        assertEquals(130, acme.score());
        assertEquals(Tier.A, acme.tier());
        assertTrue(acme.mqa());
        assertEquals(5, acme.contactCount());
        assertEquals(List.of(1L, 2L, 5L), acme.engaged().stream().map(EngagedContact::contactId).sorted().toList());
        assertEquals(List.of("Maintenance Manager", "Buyer"), acme.roles());
        assertEquals(List.of("Engineer"), acme.missingRoles(), "the engineer has no intent; the gmail one is excluded");
        assertEquals("no Engineer engaged yet", acme.missingText());
        EngagedContact dana = acme.engaged().get(0);
        assertEquals(60, dana.intent());
        assertEquals(30, dana.counted());
        assertTrue(dana.capped());
        assertEquals(List.of("Maintenance Manager"), dana.roles());
    }

    @Test
    void oneNoisyVisitorCannotMakeAnAccountHot() {
        AccountScore noisy = rollup(CARD).all().get(1);

        assertEquals(0, noisy.fit());
        assertEquals(30, noisy.engagement(), "200 points of intent, counted up to the cap of 30");
        assertEquals(10, noisy.breadth());
        assertEquals(Tier.C, noisy.tier());
        assertFalse(noisy.mqa());
        assertEquals(List.of("Buyer", "Engineer"), noisy.missingRoles());
    }

    @Test
    void everyPointIsExplainedByALine() {
        for (AccountScore a : rollup(CARD).all()) {
            double sum = a.lines().stream().mapToDouble(AccountPoints::points).sum();
            assertEquals(a.score(), sum, 1e-9, a.displayName());
        }
        AccountScore acme = rollup(CARD).all().get(0);
        assertEquals(List.of("Target industry (+30): Industry: Chemicals", "200+ employees (+10): Employees: 500"),
                acme.lines(AccountPoints.Part.FIT).stream().map(AccountPoints::line).toList());
        assertEquals("2 of 3 roles engaged (+20): Maintenance Manager: C No1; Buyer: C No2",
                acme.lines(AccountPoints.Part.BREADTH).get(0).line());
    }

    @Test
    void namedRolesAndMqaTierComeFromTheScorecard() {
        Scorecard buyersOnly = CARD.withAccounts(new AccountScoring(30, 10, 25, List.of("Buyer"), 100, 70, 40, Tier.A));
        Accounts accounts = rollup(buyersOnly);
        AccountScore acme = accounts.byId(1).orElseThrow();
        assertEquals(25, acme.breadth(), "one role named, and filled");
        assertEquals(135, acme.score());
        assertEquals(List.of(), acme.missingRoles());
        AccountScore noisy = accounts.byId(2).orElseThrow();
        assertEquals(0, noisy.breadth(), "a maintenance manager fills no named role");
        assertEquals(1, accounts.mqas(), "only Acme reaches Tier A");
        assertEquals(4, accounts.engagedContacts(), "three at Acme, one at Noisy");
        int[] tiers = accounts.tierCounts();
        assertEquals(1, tiers[Tier.A.ordinal()]);
        assertEquals(2, tiers[Tier.NOT_QUALIFIED.ordinal()], "Noisy (30) and Quiet (30)");
    }

    @Test
    void aCompetitorIsExcludedWhateverItsScore() {
        Account rival = new Account(1, "acme.example", "Acme", "Chemicals", 500, null, "US", "North America", false, true, null, Map.of());
        LeadColumns.Builder b = LeadColumns.builder();
        b.contact(CONTACTS.get(0).getKey(), rival);
        activities(Map.of(1L, 3)).forEach(b::activity);
        LeadColumns leads = b.build();
        AccountScore a = AccountRollup.of(leads, PreviewEngine.score(FeatureMatrix.build(leads, CARD, NOW.toEpochMilli())), CARD).all().get(0);
        assertEquals(80, a.score());
        assertEquals(Tier.EXCLUDED, a.tier());
        assertFalse(a.mqa());
    }

    @Test
    void settingsThatCannotWorkAreNamedWithTheirPath() {
        AccountScoring bad = new AccountScoring(0, 0, -1, List.of("Procurement", "Buyer", "Buyer"), 50, 70, 40, Tier.A);
        List<String> problems = CARD.withAccounts(bad).problems().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "$.accounts.contactCap: must be above 0 points, was 0",
                "$.accounts.engagedMinimum: must be above 0 points (a contact with no intent is not engaged), was 0",
                "$.accounts.pointsPerRole: must be 0 or more, was -1",
                "$.accounts.tiers.A: account Tier A (50) must be above account Tier B (70)",
                "$.accounts.roles[0]: no persona rule names the role \"Procurement\": add a persona rule with that persona, "
                        + "or name one of Maintenance Manager, Buyer, Engineer, Non-buyer",
                "$.accounts.roles[2]: the role \"Buyer\" is named twice"), problems);
    }
}
