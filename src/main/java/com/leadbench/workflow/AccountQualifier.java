package com.leadbench.workflow;

import com.leadbench.model.Account;
import com.leadbench.model.AccountQualification;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.account.MqaRecords;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.AccountQualificationRepository;
import com.leadbench.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records the accounts that become marketing-qualified under the published scorecard, once each, with
 * the score's cause and the scorecard version: wherever lead stages are recorded (publishing, an
 * import, a merge, the rescoring on opening), so that no path forgets it.
 */
public final class AccountQualifier {

    private final AccountQualificationRepository qualifications;

    public AccountQualifier(Database database) {
        this.qualifications = new AccountQualificationRepository(database);
    }

    /** Every account scored from {@code scores} ({@code card}'s, as of {@code asOf}); new MQAs recorded and returned. */
    public List<AccountQualification> record(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores) {
        List<AccountScore> all = AccountRollup.of(leads, scores, card).all();
        return qualifications.record(MqaRecords.newly(all, qualifications.qualifiedAccounts(), asOf, version));
    }

    /**
     * As {@link #record(Scorecard, Integer, Instant, LeadColumns, PreviewScores)} for the accounts of the
     * contacts at {@code rows} only (what an import or a merge changed): no other account's score moved.
     */
    public List<AccountQualification> record(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores, int[] rows) {
        Map<Long, Account> touched = new HashMap<>();
        for (int i : rows) {
            leads.account(i).ifPresent(a -> touched.put(a.id(), a));
        }
        if (touched.isEmpty()) {
            return List.of();
        }
        // a long list of ids is slower to look up one by one than to read whole (and SQLite limits a statement's parameters)
        Set<Long> recorded = touched.size() <= 2_000 ? qualifications.qualifiedAmong(touched.keySet()) : qualifications.qualifiedAccounts();
        touched.keySet().removeAll(recorded);
        if (touched.isEmpty()) {
            return List.of();
        }
        var rowsOf = AccountRollup.rowsByAccount(leads);
        List<AccountScore> scored = new ArrayList<>();
        for (Long id : touched.keySet()) {
            scored.add(AccountRollup.score(touched.get(id), rowsOf.get(id).getValue(), leads, scores, card));
        }
        return qualifications.record(MqaRecords.newly(scored, Set.of(), asOf, version));
    }

    /**
     * The demo history: {@code card} as if live from {@code from} to {@code until}, read at {@code samples}
     * moments spread evenly (the last at {@code until}); an account is recorded at the first moment it is an
     * MQA. Fewer samples for more leads keep a large demo quick; each record says when it was read.
     */
    public List<AccountQualification> replay(Scorecard card, Integer version, LeadColumns leads, Instant from, Instant until, int samples) {
        Set<Long> recorded = new HashSet<>(qualifications.qualifiedAccounts());
        List<AccountQualification> made = new ArrayList<>();
        Duration step = Duration.between(from, until).dividedBy(Math.max(1, samples));
        for (int k = 1; k <= samples; k++) {
            Instant at = k == samples ? until : from.plus(step.multipliedBy(k));
            PreviewScores scores = PreviewEngine.score(FeatureMatrix.build(leads, card, at.toEpochMilli()));
            List<AccountQualification> now = MqaRecords.newly(AccountRollup.of(leads, scores, card).all(), recorded, at, version);
            now.forEach(q -> recorded.add(q.accountId()));
            made.addAll(now);
        }
        return qualifications.record(made);
    }
}
