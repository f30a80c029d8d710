package com.leadbench.scoring.account;

import com.leadbench.model.Tier;

/**
 * How accounts move between tiers from the published scorecard to a draft, as the Tuning tab's account
 * matrix shows it: counts by (published tier, draft tier), and the MQAs under each. An account scored by
 * only one of the two (its contacts changed in between) is left out.
 */
public final class AccountTierMoves {

    private static final Tier[] TIERS = Tier.values();

    private final int[][] counts = new int[TIERS.length][TIERS.length];
    private int publishedMqas;
    private int draftMqas;
    private int accounts;

    private AccountTierMoves() {
    }

    public static AccountTierMoves between(Accounts published, Accounts draft) {
        AccountTierMoves moves = new AccountTierMoves();
        for (AccountScore d : draft.all()) {
            var p = published.byId(d.accountId());
            if (p.isEmpty()) {
                continue;
            }
            moves.counts[p.get().tier().ordinal()][d.tier().ordinal()]++;
            moves.publishedMqas += p.get().mqa() ? 1 : 0;
            moves.draftMqas += d.mqa() ? 1 : 0;
            moves.accounts++;
        }
        return moves;
    }

    public int count(Tier published, Tier draft) {
        return counts[published.ordinal()][draft.ordinal()];
    }

    public int publishedMqas() {
        return publishedMqas;
    }

    public int draftMqas() {
        return draftMqas;
    }

    public int accounts() {
        return accounts;
    }

    /** Accounts whose tier differs between the two. */
    public int moved() {
        int n = 0;
        for (int f = 0; f < TIERS.length; f++) {
            for (int t = 0; t < TIERS.length; t++) {
                n += f == t ? 0 : counts[f][t];
            }
        }
        return n;
    }
}
