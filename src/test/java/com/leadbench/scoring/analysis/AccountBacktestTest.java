package com.leadbench.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.scoring.account.AccountRollupTest;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The account score against won deals per account, beside the best single contact, on {@link AccountRollupTest}'s
 * fixture worked out by hand. Acme (130 points; its best contact Dana 120) is won through Bo; Noisy (40; its one
 * contact 220) and Quiet (30; its engineer 40) are not. The account score ranks Acme first: AUC 1. The best single
 * contact ranks Noisy's first: Acme only outranks Quiet, AUC 0.5.
 */
class AccountBacktestTest {

    @Test
    void theAccountScoreRanksTheWonAccountFirstWhereTheBestContactDoesNot() {
        LeadColumns leads = AccountRollupTest.leads();
        int n = leads.size();
        boolean[] won = new boolean[n];
        long[] followUp = new long[n];
        long[] qualified = new long[n];
        Arrays.fill(followUp, Outcomes.ABSENT);
        Arrays.fill(qualified, Outcomes.ABSENT);
        long now = AccountRollupTest.NOW.toEpochMilli();
        int bo = leads.indexOf(2);
        won[bo] = true;
        followUp[bo] = now;
        Outcomes outcomes = new Outcomes(won, won.clone(), followUp, qualified);

        AccountBacktest.Result r = AccountBacktest.run(leads, outcomes, AccountRollupTest.CARD, now);

        assertEquals(3, r.accounts(), "the contact without a company is in no account");
        assertEquals(1, r.won());
        assertEquals(1.0, r.accountAuc(), 1e-12);
        assertEquals(0.5, r.bestContactAuc(), 1e-12);
        assertEquals(1, r.mqas(), "Acme, from Tier B");
        assertEquals(1.0, r.mqaWonRate(), 1e-12);
        assertEquals(2, r.withMql(), "Dana at Acme and Max at Noisy are MQLs");
        assertEquals(0.5, r.mqlWonRate(), 1e-12);
    }
}
