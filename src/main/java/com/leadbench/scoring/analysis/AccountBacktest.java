package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.account.Accounts;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;

/**
 * Account scores against won deals per account, beside the best single contact's score: does rolling
 * contacts up to their company rank the companies that bought better than the best lead at each?
 *
 * <p>Every contact of an account is scored as of one moment, so that nothing sales did can leak in: just
 * before sales first followed up anyone at the account, or {@code now} when they never did. An account
 * is won when any of its contacts is. Both rankings see exactly the same contacts at the same moment.
 */
public final class AccountBacktest {

    private AccountBacktest() {
    }

    /**
     * The comparison over every account with a contact. {@code accountAuc} and {@code bestContactAuc} are NaN
     * when no account, or every account, was won.
     */
    public record Result(int accounts, int won, double accountAuc, double bestContactAuc, int mqas, int mqasWon,
                         int withMql, int withMqlWon) {

        /** Won share among the MQAs; NaN without MQAs. */
        public double mqaWonRate() {
            return mqas == 0 ? Double.NaN : (double) mqasWon / mqas;
        }

        /** Won share among the accounts whose best contact is an MQL; NaN without any. */
        public double mqlWonRate() {
            return withMql == 0 ? Double.NaN : (double) withMqlWon / withMql;
        }
    }

    public static Result run(LeadColumns leads, Outcomes outcomes, Scorecard card, long now) {
        if (outcomes.size() != leads.size()) {
            throw new IllegalArgumentException("outcomes for " + outcomes.size() + " leads, columns of " + leads.size());
        }
        // first, when sales first touched each account: a rollup only to group the rows
        PreviewScores asNow = PreviewEngine.score(FeatureMatrix.build(leads, card, now));
        Accounts grouped = AccountRollup.of(leads, asNow, card);
        long[] at = new long[leads.size()];
        java.util.Arrays.fill(at, now);
        long[] followUp = outcomes.firstFollowUpAt();
        for (AccountScore a : grouped.all()) {
            long first = Long.MAX_VALUE;
            for (int i : a.rows()) {
                if (followUp[i] != Outcomes.ABSENT) {
                    first = Math.min(first, followUp[i] - 1);
                }
            }
            long t = Math.min(first, now);
            for (int i : a.rows()) {
                at[i] = t;
            }
        }
        PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(leads, card, at));
        Accounts accounts = AccountRollup.of(leads, scores, card);
        int n = accounts.size();
        double[] accountScore = new double[n];
        double[] bestContact = new double[n];
        boolean[] won = new boolean[n];
        int[] all = new int[n];
        int wins = 0;
        int mqas = 0;
        int mqasWon = 0;
        int withMql = 0;
        int withMqlWon = 0;
        Tier mqlTier = card.thresholds().mqlTier();
        for (int k = 0; k < n; k++) {
            AccountScore a = accounts.all().get(k);
            all[k] = k;
            accountScore[k] = a.score();
            double best = Double.NEGATIVE_INFINITY;
            boolean mql = false;
            for (int i : a.rows()) {
                won[k] |= outcomes.won()[i];
                if (scores.tier(i) != Tier.EXCLUDED) {
                    best = Math.max(best, scores.total(i));
                    mql |= scores.tier(i).isTier() && scores.tier(i).atLeast(mqlTier);
                }
            }
            bestContact[k] = best;
            wins += won[k] ? 1 : 0;
            if (a.mqa()) {
                mqas++;
                mqasWon += won[k] ? 1 : 0;
            }
            if (mql) {
                withMql++;
                withMqlWon += won[k] ? 1 : 0;
            }
        }
        return new Result(n, wins, Auc.of(accountScore, won, all), Auc.of(bestContact, won, all), mqas, mqasWon, withMql, withMqlWon);
    }
}
