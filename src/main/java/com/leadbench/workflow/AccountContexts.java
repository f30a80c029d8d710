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
 * snapshot. The rows of every account are indexed once, on the first question.
 */
final class AccountContexts {

    private final LeadColumns leads;
    private final PreviewScores scores;
    private final Scorecard card;
    private final Map<Long, Instant> mqaSince;
    private Map<Long, int[]> rowsByAccount;
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
        AccountScore score = scored.computeIfAbsent(id, k -> AccountRollup.score(account.get(), rows().get(k), leads, scores, card));
        return Optional.of(AccountContext.of(score, leads.contact(row).id(), mqaSince.get(id)));
    }

    private Map<Long, int[]> rows() {
        if (rowsByAccount == null) {
            Map<Long, Integer> counts = new HashMap<>();
            for (int i = 0; i < leads.size(); i++) {
                leads.account(i).ifPresent(a -> counts.merge(a.id(), 1, Integer::sum));
            }
            Map<Long, int[]> rows = new HashMap<>(counts.size() * 2);
            Map<Long, Integer> filled = new HashMap<>(counts.size() * 2);
            counts.forEach((id, n) -> rows.put(id, new int[n]));
            for (int i = 0; i < leads.size(); i++) {
                var a = leads.account(i);
                if (a.isPresent()) {
                    int k = filled.merge(a.get().id(), 1, Integer::sum) - 1;
                    rows.get(a.get().id())[k] = i;
                }
            }
            rowsByAccount = rows;
        }
        return rowsByAccount;
    }
}
