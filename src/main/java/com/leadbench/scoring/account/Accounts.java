package com.leadbench.scoring.account;

import com.leadbench.scoring.AccountScoring;
import com.leadbench.model.Tier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every account's score under one scorecard, best first, with the figures the window and the command show. */
public final class Accounts {

    private final List<AccountScore> scores;
    private final AccountScoring settings;
    private Map<Long, AccountScore> byId;

    Accounts(List<AccountScore> scores, AccountScoring settings) {
        this.scores = List.copyOf(scores);
        this.settings = settings;
    }

    public List<AccountScore> all() {
        return scores;
    }

    public AccountScoring settings() {
        return settings;
    }

    public int size() {
        return scores.size();
    }

    public synchronized Optional<AccountScore> byId(long accountId) {
        if (byId == null) {
            byId = new HashMap<>(scores.size() * 2);
            scores.forEach(s -> byId.put(s.accountId(), s));
        }
        return Optional.ofNullable(byId.get(accountId));
    }

    public int mqas() {
        return (int) scores.stream().filter(AccountScore::mqa).count();
    }

    /** Contacts engaged across all accounts. */
    public int engagedContacts() {
        return scores.stream().mapToInt(s -> s.engaged().size()).sum();
    }

    /** How many accounts fall in each tier, indexed by {@link Tier#ordinal()}. */
    public int[] tierCounts() {
        int[] counts = new int[Tier.values().length];
        scores.forEach(s -> counts[s.tier().ordinal()]++);
        return counts;
    }
}
