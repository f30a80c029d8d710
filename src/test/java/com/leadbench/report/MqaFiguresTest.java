package com.leadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadbench.model.Account;
import com.leadbench.model.AccountQualification;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.MqaView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The MQA figures on a fixture worked out by hand. Four accounts; three became MQAs:
 *
 * <pre>
 * Acme (1)   MQA 03-03 v1  C1 MQL 03-02 10:00 (before), accepted 03-02 20:00 (before the MQA: not counted)
 *                          C2 MQL 03-06 09:00 (after), won 04-01 with no acceptance reported (an opportunity, and won)
 * Shop (2)   MQA 04-10 v2  C3 MQL 04-01 10:00 v2 (before), accepted 04-05 and won 04-08, both before the MQA
 *                          C4 MQL 04-15 12:00 v2 (after), never contacted
 * Delta (4)  MQA 03-15 v1  C5 MQL 03-15 00:00, the MQA's very moment (in it), accepted 03-20, lost 04-10
 * Bolt (3)   no MQA        C6 MQL 03-20 10:00, won 04-20
 * (none)                   C7 MQL 04-18 10:00 v2
 * </pre>
 */
class MqaFiguresTest {

    static final Account BOLT = new Account(3, "bolt.example", "Bolt Logistics", "Logistics", 80, null, "US", "North America",
            false, false, null, Map.of());
    static final Account DELTA = new Account(4, "delta.example", "Delta Pharma", "Pharma", 900, null, "US", "North America",
            false, false, null, Map.of());

    private static final ReportData DATA = data();

    static ReportData data() {
        ReportFixture f = new ReportFixture();
        mql(f, 1, ReportFixture.CHEMICALS, "2026-03-02T10:00:00Z", 1);
        f.report(1, FollowUpKind.FIRST_CONTACT, "2026-03-02T16:00:00Z");
        f.report(1, FollowUpKind.ACCEPTED, "2026-03-02T20:00:00Z");
        mql(f, 2, ReportFixture.CHEMICALS, "2026-03-06T09:00:00Z", 1);
        f.report(2, FollowUpKind.FIRST_CONTACT, "2026-03-06T12:00:00Z");
        f.report(2, FollowUpKind.WON, "2026-04-01T10:00:00Z");
        mql(f, 3, ReportFixture.RETAIL, "2026-04-01T10:00:00Z", 2);
        f.report(3, FollowUpKind.FIRST_CONTACT, "2026-04-02T10:00:00Z");
        f.report(3, FollowUpKind.ACCEPTED, "2026-04-05T10:00:00Z");
        f.report(3, FollowUpKind.WON, "2026-04-08T10:00:00Z");
        mql(f, 4, ReportFixture.RETAIL, "2026-04-15T12:00:00Z", 2);
        mql(f, 5, DELTA, "2026-03-15T00:00:00Z", 1);
        f.report(5, FollowUpKind.FIRST_CONTACT, "2026-03-16T10:00:00Z");
        f.report(5, FollowUpKind.ACCEPTED, "2026-03-20T10:00:00Z");
        f.report(5, FollowUpKind.LOST, "2026-04-10T10:00:00Z");
        mql(f, 6, BOLT, "2026-03-20T10:00:00Z", 1);
        f.report(6, FollowUpKind.FIRST_CONTACT, "2026-03-21T10:00:00Z");
        f.report(6, FollowUpKind.WON, "2026-04-20T10:00:00Z");
        f.lead(7, Optional.empty(), "Trade show", List.of(ReportFixture.download(7, "PX spec", null, null, "2026-04-18T09:00:00Z")));
        f.move(7, LifecycleStage.LEAD, LifecycleStage.MQL, "2026-04-18T10:00:00Z", 2);
        return f.data(ReportFixture.CARD, List.of(mqa(1, "2026-03-03T00:00:00Z", 1), mqa(2, "2026-04-10T00:00:00Z", 2),
                mqa(4, "2026-03-15T00:00:00Z", 1)));
    }

    private static void mql(ReportFixture f, long id, Account account, String at, int version) {
        f.lead(id, Optional.of(account), "Webinar", List.of(ReportFixture.download(id, "PX spec", null, null, at)));
        f.move(id, LifecycleStage.LEAD, LifecycleStage.MQL, at, version);
    }

    private static AccountQualification mqa(long accountId, String at, int version) {
        return new AccountQualification(accountId, accountId, Instant.parse(at), 110, Tier.A, "fixture", version);
    }

    private static MqaView figures(ReportData data, ReportFilter filter) {
        return ProcessReports.compute(data, filter, 0.2).accounts().mqas();
    }

    private static ReportFilter between(String from, String to) {
        return new ReportFilter(Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse), Optional.empty());
    }

    @Test
    void everyRecordedMqaCountsOverAllTime() {
        assertEquals(3, figures(DATA, ReportFilter.ALL).mqas());
    }

    @Test
    void anMqaBecomesAnOpportunityWhenSalesAcceptsOrWinsOneOfItsContactsAfterIt() {
        MqaView all = figures(DATA, ReportFilter.ALL);
        // Acme: C2 won 04-01 (no acceptance reported: a win is an opportunity); Delta: C5 accepted 03-20.
        // Shop: C3 was accepted and won before Shop became an MQA, so neither counts; Acme's C1 acceptance came before too
        assertEquals(new Rate(2, 3), all.toOpportunity());
        assertEquals(new Rate(1, 3), all.toWon(), "Acme only: Shop's win was before its MQA, Delta was lost");
    }

    @Test
    void mqlsInMqasAreThoseWhoseAccountWasAnMqaByTheirQualification() {
        // MQLs with a company: C1..C6 (C7 has none). Already MQAs: C2 (Acme since 03-03), C4 (Shop since 04-10),
        // C5 (Delta became one at the very moment C5 qualified). Not: C1 and C3 (before), C6 (Bolt never)
        assertEquals(new Rate(3, 6), figures(DATA, ReportFilter.ALL).mqlsInMqas());
    }

    @Test
    void anMqaOutsideThePeriodIsNotCountedButStillMakesLaterMqlsInMqas() {
        MqaView fromMarch5 = figures(DATA, between("2026-03-05", null));
        assertEquals(2, fromMarch5.mqas(), "Delta (03-15) and Shop (04-10); Acme's MQA on 03-03 is before the period");
        assertEquals(new Rate(1, 2), fromMarch5.toOpportunity(), "Delta");
        assertEquals(new Rate(0, 2), fromMarch5.toWon());
        // MQLs from 03-05 with a company: C2, C3, C4, C5, C6; C2 counts: Acme was an MQA since 03-03
        assertEquals(new Rate(3, 5), fromMarch5.mqlsInMqas());

        MqaView march = figures(DATA, between(null, "2026-03-31"));
        assertEquals(2, march.mqas(), "Acme and Delta; Shop became one on 04-10");
        assertEquals(new Rate(2, 2), march.toOpportunity());
        assertEquals(new Rate(1, 2), march.toWon(), "Acme's win on 04-01 is after the period and counts, as for MQLs");
        assertEquals(new Rate(2, 4), march.mqlsInMqas(), "C1, C2, C5, C6: C2 and C5");
    }

    @Test
    void aVersionCountsTheMqasRecordedUnderIt() {
        MqaView v2 = figures(DATA, new ReportFilter(Optional.empty(), Optional.empty(), Optional.of(2)));
        assertEquals(1, v2.mqas(), "Shop");
        assertEquals(new Rate(0, 1), v2.toOpportunity());
        assertEquals(new Rate(1, 2), v2.mqlsInMqas(), "the version's MQLs with a company: C3 and C4; C4 after Shop's MQA");
    }

    @Test
    void withoutRecordedMqasEveryFigureIsEmptyAndNoMqlIsInAnMqa() {
        ReportData none = new ReportData(DATA.leads(), DATA.transitions(), DATA.followUps(), DATA.versions(), DATA.current(), DATA.now());
        MqaView figures = figures(none, ReportFilter.ALL);
        assertEquals(new MqaView(0, new Rate(0, 0), new Rate(0, 0), new Rate(0, 6)), figures);
        assertEquals(true, figures.none());
    }

    @Test
    void theJsonCarriesTheFiguresInTheAccountView() throws Exception {
        JsonNode accounts = new ObjectMapper().readTree(ReportJson.write(ProcessReports.compute(DATA, ReportFilter.ALL, 0.2)))
                .get("accounts");
        assertEquals(3, accounts.get("mqas").asInt());
        assertEquals(List.of(2, 3), List.of(accounts.get("mqaToOpportunity").get("hits").asInt(), accounts.get("mqaToOpportunity").get("n").asInt()));
        assertEquals(List.of(1, 3), List.of(accounts.get("mqaToWon").get("hits").asInt(), accounts.get("mqaToWon").get("n").asInt()));
        assertEquals(0.5, accounts.get("mqlsInMqas").get("rate").asDouble());
        assertEquals(6, accounts.get("mqlsInMqas").get("n").asInt());
    }

    @Test
    void theMqlFiguresReadOutcomesAsBefore() {
        // the MQL outcomes use the same rule, from each MQL's first contact: C1, C3, C5 accepted; C2, C3, C6 won; C5 lost
        assertEquals(new ProcessReport.Totals(7, 0, 3, 0, 3, 1, true), ProcessReports.compute(DATA, ReportFilter.ALL, 0.2).totals());
    }
}
