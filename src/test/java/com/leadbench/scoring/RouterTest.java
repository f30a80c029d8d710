package com.leadbench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.routing.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Routing per rule of the shipped preset: customers, incomplete records, the rules in order, the default queue. */
class RouterTest {

    private static final Scorecard PRESET = ScorecardJson.defaultPreset();
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static Account account(String region, boolean customer, String manager) {
        return new Account(7, "acme.example", "Acme Pumps", "Chemicals", 800, 2e8, "US", region, customer, false, manager, Map.of());
    }

    private static Contact contact(String country, String title) {
        return new Contact(3, null, "ada@acme.example", "Ada", "Lovelace", title, null, country, null, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null, 7L, Map.of());
    }

    private static List<Activity> views(String line, int n) {
        List<Activity> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Activity(100 + i, 3, ActivityType.PAGE_VIEW, "/products/" + line + "/" + i, "product_page", line,
                    NOW.minusSeconds(86_400L * (i + 1)), null, null));
        }
        return out;
    }

    private static LeadFacts lead(Optional<Account> account, Contact contact, List<Activity> activities) {
        return new LeadFacts(contact, account, activities);
    }

    private static Route route(LeadFacts lead, Tier tier) {
        return Router.route(PRESET, lead, tier, NOW);
    }

    @Test
    void existingCustomersGoToTheirAccountManager() {
        LeadFacts lead = lead(Optional.of(account("North America", true, "Ingrid Larsen")), contact("US", "Plant Engineer"), views("equipment", 3));
        Route r = route(lead, Tier.A);
        assertEquals("Ingrid Larsen", r.queue());
        assertEquals(Route.CUSTOMER, r.ruleId());
    }

    @Test
    void aCustomerWithoutAnAccountManagerGoesToTheKeyAccountTeam() {
        Route r = route(lead(Optional.of(account("Europe", true, " ")), contact("DE", "Buyer"), List.of()), Tier.B);
        assertEquals("Key account team", r.queue());
        assertEquals(Route.CUSTOMER, r.ruleId());
    }

    @Test
    void incompleteRecordsGoToTheDataFixQueueNamingWhatIsMissing() {
        Route noCountry = route(lead(Optional.of(account("North America", false, null)), contact(null, "Plant Engineer"), views("equipment", 3)), Tier.A);
        assertEquals("Data-fix queue", noCountry.queue());
        assertEquals(Route.DATA_FIX, noCountry.ruleId());
        assertTrue(noCountry.reason().contains("contact.country"), noCountry.reason());
        Route noCompany = route(lead(Optional.empty(), contact("US", null), views("equipment", 3)), Tier.A);
        assertTrue(noCompany.reason().contains("account.name") && noCompany.reason().contains("contact.job_title"), noCompany.reason());
    }

    @Test
    void equipmentInNorthAmericaGoesToItsTeamAndElsewhereToTheInternationalTeam() {
        Contact ada = contact("US", "Plant Engineer");
        Route na = route(lead(Optional.of(account("North America", false, null)), ada, views("equipment", 3)), Tier.A);
        assertEquals("Equipment sales — North America", na.queue());
        assertEquals("equipment-north-america", na.ruleId());
        assertTrue(na.reason().contains("equipment (15 intent points)"), na.reason());
        Route eu = route(lead(Optional.of(account("Europe", false, null)), ada, views("equipment", 3)), Tier.B);
        assertEquals("equipment-international", eu.ruleId());
    }

    @Test
    void tierFiltersApplyTierCEquipmentFallsToTheDefaultQueue() {
        Route r = route(lead(Optional.of(account("North America", false, null)), contact("US", "Plant Engineer"), views("equipment", 3)), Tier.C);
        assertEquals("Inside sales", r.queue());
        assertEquals(Route.DEFAULT, r.ruleId());
    }

    @Test
    void theStrongestProductLineDecides() {
        List<Activity> mixed = new ArrayList<>(views("components", 2));
        mixed.addAll(views("services", 3).stream().map(a -> new Activity(a.id() + 50, 3, a.type(), a.asset(), a.assetKind(),
                a.productLine(), a.occurredAt(), null, null)).toList());
        Route r = route(lead(Optional.of(account("Europe", false, null)), contact("DE", "Maintenance Manager"), mixed), Tier.B);
        assertEquals("services", r.ruleId(), "3 service page views outweigh 2 component ones");
        assertEquals(Optional.of(new Router.LineInterest("services", 15.0)), Router.strongestLine(PRESET,
                lead(Optional.empty(), contact("DE", "x"), mixed), NOW));
    }

    @Test
    void activityOutsideTheWindowDoesNotCountForTheProductLine() {
        List<Activity> old = List.of(new Activity(1, 3, ActivityType.PAGE_VIEW, "/products/components/x", "product_page", "components",
                NOW.minusSeconds(86_400L * 200), null, null));
        assertEquals(Optional.empty(), Router.strongestLine(PRESET, lead(Optional.empty(), contact("US", "x"), old), NOW));
        Route r = route(lead(Optional.of(account("Europe", false, null)), contact("DE", "Buyer"), old), Tier.B);
        assertEquals("Inside sales", r.queue());
        assertTrue(r.reason().contains("no product line"), r.reason());
    }
}
