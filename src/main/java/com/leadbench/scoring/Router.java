package com.leadbench.scoring;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.routing.Route;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.rules.Windows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Routes a lead (pure): customers, then incomplete records, then the rules in order, then the default queue. */
public final class Router {

    private Router() {
    }

    /** The product line a lead shows most intent for, with the intent points behind it. */
    public record LineInterest(String productLine, double points) {
    }

    public static Route route(Scorecard card, LeadFacts lead, Tier tier, Instant asOf) {
        return route(card, lead, tier, strongestLine(card, lead, asOf));
    }

    /** As {@link #route(Scorecard, LeadFacts, Tier, Instant)}, with the lead's strongest product line already known. */
    public static Route route(Scorecard card, LeadFacts lead, Tier tier, Optional<LineInterest> line) {
        Routing routing = card.routing();
        Optional<Account> account = lead.account();
        if (account.isPresent() && account.get().customer()) {
            String manager = account.get().accountManager();
            return manager == null || manager.isBlank()
                    ? new Route(routing.customerQueue(), Route.CUSTOMER, "Existing customer " + name(account.get())
                            + " without an account manager on record")
                    : new Route(manager.strip(), Route.CUSTOMER, "Existing customer " + name(account.get())
                            + ": to the account manager");
        }
        List<String> missing = missing(routing, lead);
        if (!missing.isEmpty()) {
            return new Route(routing.dataFixQueue(), Route.DATA_FIX, "Incomplete record: no " + String.join(", no ", missing));
        }
        String productLine = line.map(LineInterest::productLine).orElse(null);
        String region = region(lead);
        for (RouteRule rule : routing.rules()) {
            if (rule.matches(tier, productLine, region)) {
                return new Route(rule.queue(), rule.id(), "Rule \"" + rule.label() + "\": " + describe(tier, line, region));
            }
        }
        return new Route(routing.defaultQueue(), Route.DEFAULT, "No routing rule matches " + describe(tier, line, region));
    }

    private static String name(Account a) {
        return a.name() != null ? a.name() : a.domain() != null ? a.domain() : "#" + a.id();
    }

    private static String describe(Tier tier, Optional<LineInterest> line, String region) {
        return tier.label() + ", " + line.map(l -> l.productLine() + " (" + Points.format(l.points()) + " intent points)")
                .orElse("no product line") + ", " + (region == null ? "no region" : region);
    }

    /** The fields routing needs that the lead lacks, by name. */
    public static List<String> missing(Routing routing, LeadFacts lead) {
        List<String> missing = new ArrayList<>();
        for (String field : routing.requiredFields()) {
            String value = lead.field(field);
            if (value == null || value.isBlank()) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** The account's region; without one, null. */
    public static String region(LeadFacts lead) {
        return lead.account().map(Account::region).filter(r -> !r.isBlank()).orElse(null);
    }

    /**
     * The product line with the most intent: each activity with a product line inside an intent
     * rule's window adds that rule's points times its decay weight, for every rule with positive
     * points that matches it. Ties go to the alphabetically first line.
     */
    public static Optional<LineInterest> strongestLine(Scorecard card, LeadFacts lead, Instant asOf) {
        TreeMap<String, Double> byLine = new TreeMap<>();
        long now = asOf.toEpochMilli();
        for (Rule rule : card.rules(RulePart.INTENT)) {
            if (!(rule instanceof ActivityRule a) || !rule.enabled() || rule.points() <= 0) {
                continue;
            }
            int window = a.effectiveWindowDays(card.windowDays());
            for (Activity activity : lead.activities()) {
                long age = now - activity.occurredAt().toEpochMilli();
                if (Windows.inside(age, window) && activity.productLine() != null && !activity.productLine().isBlank() && a.matches(activity)) {
                    byLine.merge(activity.productLine().strip(), a.points() * a.decay().weight(age, window), Double::sum);
                }
            }
        }
        LineInterest best = null;
        for (var e : byLine.entrySet()) {
            if (best == null || e.getValue() > best.points()) {
                best = new LineInterest(e.getKey(), e.getValue());
            }
        }
        return Optional.ofNullable(best);
    }
}
