package com.leadbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.model.AccountQualification;
import com.leadbench.model.Tier;
import com.leadbench.scoring.AccountScoring;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.account.AccountRollupTest;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.store.AccountQualificationRepository;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.LeadSnapshots;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account that becomes a marketing-qualified account is recorded once, with its cause and the
 * scorecard version, on the fixture worked out by hand in {@link AccountRollupTest}: Acme scores 130
 * (Tier A, an MQA from Tier B), Noisy 40 (Tier C), Quiet 30.
 */
class AccountQualifierTest {

    private static final Instant NOW = AccountRollupTest.NOW;

    @TempDir
    Path dir;

    private Database fixture() throws Exception {
        return fixture(dir.resolve("accounts.db"));
    }

    /** A database holding {@link AccountRollupTest}'s accounts, contacts and downloads, with the same ids. */
    static Database fixture(Path file) throws Exception {
        Database db = Database.open(file);
        LeadRepository leads = new LeadRepository(db);
        for (var a : List.of(AccountRollupTest.ACME, AccountRollupTest.NOISY, AccountRollupTest.QUIET)) {
            assertEquals(a.id(), leads.insert(a.withId(0)).id());
        }
        for (var e : AccountRollupTest.CONTACTS) {
            assertEquals(e.getKey().id(), leads.insert(e.getKey()));
        }
        ActivityRepository activities = new ActivityRepository(db);
        AccountRollupTest.ACTIVITIES.forEach(activities::insert);
        return db;
    }

    @Test
    void anAccountBecomingAnMqaIsRecordedOnceWithItsCauseAndVersion() throws Exception {
        try (Database db = fixture()) {
            ScorecardPublisher publisher = new ScorecardPublisher(db);
            AccountQualificationRepository recorded = new AccountQualificationRepository(db);
            LeadColumns columns = LeadSnapshots.columns(db);

            publisher.publish(AccountRollupTest.CARD, "accounts from Tier B", NOW, columns, "test");
            List<AccountQualification> first = recorded.all();
            assertEquals(1, first.size(), "only Acme reaches Tier B");
            AccountQualification acme = first.get(0);
            assertEquals(1, acme.accountId());
            assertEquals(NOW, acme.at());
            assertEquals(130, acme.score());
            assertEquals(Tier.A, acme.tier());
            assertEquals(1, acme.scorecardVersion());
            assertEquals("Score 130 reached account Tier A: fit 40, engagement 70 from 3 engaged contacts, buying group 20 "
                    + "(Maintenance Manager, Buyer)", acme.cause());

            // scored again a day later under the same version: still one record, the first
            publisher.apply(AccountRollupTest.CARD, 1, NOW.plus(Duration.ofDays(1)), columns);
            assertEquals(first, recorded.all());

            // a version that qualifies from Tier C adds Noisy (40), and Acme keeps its first record
            Scorecard fromC = AccountRollupTest.CARD.withAccounts(new AccountScoring(30, 10, 10, List.of(), 100, 70, 40, Tier.C));
            publisher.publish(fromC, "accounts from Tier C", NOW.plus(Duration.ofDays(2)), columns, "test");
            List<AccountQualification> second = recorded.all();
            assertEquals(2, second.size());
            assertEquals(acme, second.get(0));
            assertEquals(2, second.get(1).accountId());
            assertEquals(2, second.get(1).scorecardVersion());
            assertEquals(Tier.C, second.get(1).tier());
        }
    }

    @Test
    void aChangeToSomeContactsRecordsOnlyTheirAccounts() throws Exception {
        try (Database db = fixture()) {
            Scorecard fromC = AccountRollupTest.CARD.withAccounts(new AccountScoring(30, 10, 10, List.of(), 100, 70, 40, Tier.C));
            AccountQualifier qualifier = new AccountQualifier(db);
            int version = new com.leadbench.store.ScorecardRepository(db)
                    .publish(fromC.name(), com.leadbench.format.ScorecardJson.write(fromC), "stored, not applied", NOW).version();
            // Quiet's engineer downloads three sheets: 30 + 30 (capped 60) + 10 (Engineer) = 70
            AccountRollupTest.activities(Map.of(7L, 3)).forEach(new ActivityRepository(db)::insert);
            LeadColumns columns = LeadSnapshots.columns(db);
            var scores = PreviewEngine.score(FeatureMatrix.build(columns, fromC, NOW.toEpochMilli()));

            List<AccountQualification> made = qualifier.record(fromC, version, NOW, columns, scores, new int[] {columns.indexOf(7)});
            assertEquals(List.of(3L), made.stream().map(AccountQualification::accountId).toList(),
                    "Quiet only: Acme and Noisy qualify too, but none of their contacts changed");
            assertEquals(70, made.get(0).score());
            assertEquals(Tier.B, made.get(0).tier());

            assertEquals(List.of(), qualifier.record(fromC, version, NOW, columns, scores, new int[] {columns.indexOf(7)}), "already recorded");
            assertEquals(List.of(1L, 2L), qualifier.record(fromC, version, NOW, columns, scores).stream().map(AccountQualification::accountId).sorted().toList(),
                    "a full rescoring records the others, and not Quiet again");
        }
    }
}
