package com.leadbench.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who at each demo account had a buying episode, in which role and when: what makes a demo deal won. */
final class BuyingGroups {

    /** How far back before a close the group's episodes count. */
    static final long LOOKBACK_MS = Duration.ofDays(365).toMillis();

    private record Episode(String role, long at) {
    }

    private final Map<Long, List<Episode>> byAccount = new HashMap<>();

    void episode(long accountId, String role, long at) {
        byAccount.computeIfAbsent(accountId, k -> new ArrayList<>()).add(new Episode(role, at));
    }

    /** How many distinct roles had an episode at the account in [from, to]. */
    int rolesEngaged(long accountId, long from, long to) {
        Set<String> roles = new HashSet<>();
        for (Episode e : byAccount.getOrDefault(accountId, List.of())) {
            if (e.at() >= from && e.at() <= to) {
                roles.add(e.role());
            }
        }
        return roles.size();
    }
}
