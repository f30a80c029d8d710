package com.leadbench.importing.hygiene;

import com.leadbench.model.ContactFacts;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.DuplicateRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds contacts that look like the same person: the same email (case and surrounding spaces
 * ignored), or the same normalised first and last name at the same company ({@link MatchKeys}).
 *
 * <p>Each group of matching records is reported as pairs of its oldest record with each of the
 * others: n - 1 pairs are enough to merge a group of n into its oldest record (the default kept
 * one), where every pair would be n(n - 1)/2. A pair matched by both rules is reported once, with
 * both rules. Pairs come ordered by the older record's id, then the newer's.
 */
public final class DuplicateFinder {

    private DuplicateFinder() {
    }

    public static List<DuplicatePair> find(Collection<ContactFacts> contacts) {
        Map<Long, Map<Long, Set<DuplicateRule>>> found = new HashMap<>();
        Map<Long, ContactFacts> byId = new HashMap<>();
        for (ContactFacts c : contacts) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("contact #" + c.id() + " is listed twice");
            }
        }
        pairGroups(contacts, c -> MatchKeys.email(c.email()), DuplicateRule.SAME_EMAIL, found);
        pairGroups(contacts, c -> {
            String name = MatchKeys.name(c.firstName(), c.lastName());
            String company = MatchKeys.company(c);
            return name == null || company == null ? null : name + "\u0000" + company;
        }, DuplicateRule.SAME_NAME_AT_COMPANY, found);

        List<DuplicatePair> pairs = new ArrayList<>();
        found.forEach((older, partners) -> partners.forEach((newer, rules) ->
                pairs.add(new DuplicatePair(byId.get(older), byId.get(newer), rules))));
        pairs.sort(Comparator.comparingLong((DuplicatePair p) -> p.older().id()).thenComparingLong(p -> p.newer().id()));
        return pairs;
    }

    private static void pairGroups(Collection<ContactFacts> contacts, Function<ContactFacts, String> key, DuplicateRule rule,
                                   Map<Long, Map<Long, Set<DuplicateRule>>> found) {
        Map<String, List<ContactFacts>> groups = new LinkedHashMap<>();
        for (ContactFacts c : contacts) {
            String k = key.apply(c);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>(2)).add(c);
            }
        }
        for (List<ContactFacts> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            ContactFacts oldest = group.get(0);
            for (ContactFacts c : group) {
                if (c.isOlderThan(oldest)) {
                    oldest = c;
                }
            }
            for (ContactFacts c : group) {
                if (c != oldest) {
                    found.computeIfAbsent(oldest.id(), x -> new HashMap<>())
                            .computeIfAbsent(c.id(), x -> EnumSet.noneOf(DuplicateRule.class))
                            .add(rule);
                }
            }
        }
    }
}
