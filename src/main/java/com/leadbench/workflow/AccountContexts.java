package com.leadbench.workflow;

import com.leadbench.handoff.AccountContext;
import com.leadbench.model.Account;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The account around each lead of one snapshot, for handoff notes: an account is scored only when a note
 * asks for it (notes are written when shown), from the contacts' published scores, and then kept for the
 * snapshot. The rows of every account are the rollup's own grouping ({@link AccountRollup#rowsByAccount}).
 */
final class AccountContexts {

    private final LeadColumns leads;
    private final PreviewScores scores;
    private final Scorecard card;
    private final Map<Long, Instant> mqaSince;
    private Map<Long, Map.Entry<Account, int[]>> rowsByAccount;
    private final Map<Long, AccountScore> scored = new HashMap<>();

    /** {@code scores} must be indexed like {@code leads}; {@code mqaSince} holds the recorded MQAs by account. */
    AccountContexts(LeadColumns leads, PreviewScores scores, Scorecard card, Map<Long, Instant> mqaSince) {
        if (scores.size() != leads.size()) {
            throw new IllegalArgumentException("scores for " + scores.size() + " leads, columns of " + leads.size());
        }
        this.leads = leads;
        this.scores = scores;
        this.card = card;
        this.mqaSince = Map.copyOf(mqaSince);
    }

    /** The account context of the lead at {@code row}, or empty when it belongs to no account. */
    synchronized Optional<AccountContext> of(int row) {
        Optional<Account> account = leads.account(row);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        long id = account.get().id();
        AccountScore score = scored.computeIfAbsent(id, k -> AccountRollup.score(account.get(), rows().get(k).getValue(), leads, scores, card));
        return Optional.of(AccountContext.of(score, leads.contact(row).id(), mqaSince.get(id)));
    }

    private Map<Long, Map.Entry<Account, int[]>> rows() {
        if (rowsByAccount == null) {
            rowsByAccount = AccountRollup.rowsByAccount(leads);
        }
        return rowsByAccount;
    }
}
