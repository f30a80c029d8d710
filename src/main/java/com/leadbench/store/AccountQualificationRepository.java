package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT_QUALIFICATION;

import com.leadbench.model.AccountQualification;
import com.leadbench.model.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Record7;

/** The accounts that became marketing-qualified, each recorded once (migration V5). */
public final class AccountQualificationRepository {

    private final Database database;

    public AccountQualificationRepository(Database database) {
        this.database = database;
    }

    /** Every account recorded as an MQA. */
    public Set<Long> qualifiedAccounts() {
        return new HashSet<>(database.dsl().select(ACCOUNT_QUALIFICATION.ACCOUNT_ID).from(ACCOUNT_QUALIFICATION)
                .fetch(r -> r.value1().longValue()));
    }

    /** Those of {@code accountIds} recorded as MQAs. */
    public Set<Long> qualifiedAmong(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        List<Integer> ids = accountIds.stream().map(Long::intValue).toList();
        return new HashSet<>(database.dsl().select(ACCOUNT_QUALIFICATION.ACCOUNT_ID).from(ACCOUNT_QUALIFICATION)
                .where(ACCOUNT_QUALIFICATION.ACCOUNT_ID.in(ids)).fetch(r -> r.value1().longValue()));
    }

    /**
     * Records each qualification whose account has none yet, in one transaction; an account already
     * recorded keeps its first record. Returns what was recorded, with ids.
     */
    public List<AccountQualification> record(List<AccountQualification> qualifications) {
        if (qualifications.isEmpty()) {
            return List.of();
        }
        return database.transaction(() -> {
            List<AccountQualification> made = new ArrayList<>();
            for (AccountQualification q : qualifications) {
                Integer id = database.dsl().insertInto(ACCOUNT_QUALIFICATION)
                        .set(ACCOUNT_QUALIFICATION.ACCOUNT_ID, (int) q.accountId())
                        .set(ACCOUNT_QUALIFICATION.OCCURRED_AT, Times.toMillis(q.at()))
                        .set(ACCOUNT_QUALIFICATION.SCORE, q.score())
                        .set(ACCOUNT_QUALIFICATION.TIER, q.tier().name())
                        .set(ACCOUNT_QUALIFICATION.CAUSE, q.cause())
                        .set(ACCOUNT_QUALIFICATION.SCORECARD_VERSION, q.scorecardVersion())
                        .onConflictDoNothing()
                        .returningResult(ACCOUNT_QUALIFICATION.ID)
                        .fetchOptional(ACCOUNT_QUALIFICATION.ID).orElse(null);
                if (id != null) {
                    made.add(new AccountQualification(id, q.accountId(), q.at(), q.score(), q.tier(), q.cause(), q.scorecardVersion()));
                }
            }
            return made;
        });
    }

    /** Every recorded MQA, oldest first. */
    public List<AccountQualification> all() {
        return database.dsl().select(ACCOUNT_QUALIFICATION.ID, ACCOUNT_QUALIFICATION.ACCOUNT_ID, ACCOUNT_QUALIFICATION.OCCURRED_AT,
                        ACCOUNT_QUALIFICATION.SCORE, ACCOUNT_QUALIFICATION.TIER, ACCOUNT_QUALIFICATION.CAUSE, ACCOUNT_QUALIFICATION.SCORECARD_VERSION)
                .from(ACCOUNT_QUALIFICATION).orderBy(ACCOUNT_QUALIFICATION.OCCURRED_AT, ACCOUNT_QUALIFICATION.ID)
                .fetch(AccountQualificationRepository::qualification);
    }

    public Optional<AccountQualification> forAccount(long accountId) {
        return database.dsl().select(ACCOUNT_QUALIFICATION.ID, ACCOUNT_QUALIFICATION.ACCOUNT_ID, ACCOUNT_QUALIFICATION.OCCURRED_AT,
                        ACCOUNT_QUALIFICATION.SCORE, ACCOUNT_QUALIFICATION.TIER, ACCOUNT_QUALIFICATION.CAUSE, ACCOUNT_QUALIFICATION.SCORECARD_VERSION)
                .from(ACCOUNT_QUALIFICATION).where(ACCOUNT_QUALIFICATION.ACCOUNT_ID.eq((int) accountId))
                .fetchOptional(AccountQualificationRepository::qualification);
    }

    private static AccountQualification qualification(Record7<Integer, Integer, Long, Double, String, String, Integer> r) {
        return new AccountQualification(r.value1(), r.value2(), Times.fromMillis(r.value3()), r.value4(), Tier.valueOf(r.value5()), r.value6(), r.value7());
    }
}
