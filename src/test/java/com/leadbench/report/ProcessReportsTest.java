package com.leadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.report.ProcessReport.Conversion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The process figures of {@link ReportFixture}, computed by hand. Four leads qualified (L1, L2,
 * L3, L5); L4 never did. L1 and L3 reached SQL; L1 was won.
 */
class ProcessReportsTest {

    private static final ProcessReport ALL = ProcessReports.compute(ReportFixture.data(), ReportFilter.ALL, 0.2);

    @Test
    void totalsCountMqlsSqlsAndOutcomesAfterQualifying() {
        assertEquals(new ProcessReport.Totals(4, 2, 1, 1, 1, 0, true), ALL.totals());
        assertEquals(0.5, ALL.totals().mqlToSql().value());
        assertEquals(0.25, ALL.totals().mqlToWon().value());
    }

    @Test
    void conversionPerTierIsTheTierAtQualification() {
        // L1 scored 50 (B) when it qualified, though it became an SQL later; L2 70 (A); L3 40 (C); L5 60 (B)
        assertEquals(List.of(new Conversion("Tier A", 1, 0, 0), new Conversion("Tier B", 2, 1, 1), new Conversion("Tier C", 1, 1, 0)),
                ALL.byTier());
        assertEquals(List.of(new Conversion("Webinar", 2, 1, 1), new Conversion("(none)", 1, 1, 0), new Conversion("Trade show", 1, 0, 0)),
                ALL.bySource());
        assertEquals(List.of(new Conversion("components", 2, 1, 1), new Conversion("(none)", 1, 1, 0), new Conversion("equipment", 1, 0, 0)),
                ALL.byProductLine());
        assertEquals(List.of(new Conversion("Downloads", 4, 2, 1), new Conversion("Target industry", 2, 1, 1)), ALL.byRule());
    }

    @Test
    void speedToLeadMediansHistogramDeadlinesAndCompletion() {
        var speed = ALL.speed();
        assertEquals(2, speed.contacted());
        assertEquals(2, speed.notContacted());
        assertEquals(Optional.of(51.0), speed.medianHours(), "6 h (L1) and 96 h (L2)");
        assertEquals(Optional.of(24.0), speed.medianHoursFromSql(), "L1: SQL on 03-04 10:00, accepted on 03-05 10:00");
        Map<String, Integer> histogram = new java.util.LinkedHashMap<>();
        speed.histogram().forEach(b -> histogram.put(b.label(), b.count()));
        assertEquals(Map.of("< 4 h", 0, "4–8 h", 1, "8–24 h", 0, "1–2 d", 0, "2–3 d", 0, "3–5 d", 1, "5–10 d", 0, "10 d +", 0), histogram);
        // due: L1, L2 (contacted), L3 (SQL Wed 04-15, due Thu 04-16), L5 (B, Mon 04-20, due Wed 04-22); in time: L1 only
        assertEquals(new Rate(1, 4), speed.withinDeadline());
        assertEquals(new Rate(2, 2), speed.completion());
    }

    @Test
    void accountViewConcentrationAndBuyingGroups() {
        var accounts = ALL.accounts();
        assertEquals(2, accounts.accountsWithMqls());
        assertEquals(new Rate(2, 3), accounts.inTargetAccounts(), "L1 and L2 at Acme Chemicals; L3 at a retailer; L5 has no company");
        assertEquals(List.of(new AccountRow(1, "Acme Chemicals", "Chemicals", true, 2, 3, 1),
                new AccountRow(2, "Shop Retail", "Retail", false, 1, 1, 0)), accounts.top());
        assertEquals(List.of(new AccountRow(1, "Acme Chemicals", "Chemicals", true, 2, 3, 1)), accounts.buyingGroups());
    }

    @Test
    void campaignsAndAssetsEngagedWithBeforeQualifying() {
        assertEquals(List.of(new Content("campaign", "Seal launch", 2, 1), new Content("campaign", "Spring promo", 2, 0),
                new Content("asset", "PX spec", 3, 1), new Content("asset", "CAD file", 1, 0), new Content("asset", "Retail guide", 1, 0)),
                ALL.content());
    }

    @Test
    void monthlyCohortsPerTier() {
        YearMonth march = YearMonth.of(2026, 3);
        YearMonth april = YearMonth.of(2026, 4);
        assertEquals(List.of(new Cohort(march, Optional.empty(), 2, 1, 1), new Cohort(march, Optional.of(Tier.A), 1, 0, 0),
                new Cohort(march, Optional.of(Tier.B), 1, 1, 1), new Cohort(april, Optional.empty(), 2, 1, 0),
                new Cohort(april, Optional.of(Tier.B), 1, 0, 0), new Cohort(april, Optional.of(Tier.C), 1, 1, 0)), ALL.cohorts());
        assertTrue(ALL.warnings().isEmpty(), "no month has the 5 MQLs a warning needs");
    }

    @Test
    void theFilterTakesDatesAndAVersion() {
        ProcessReport april = ProcessReports.compute(ReportFixture.data(),
                new ReportFilter(Optional.of(LocalDate.parse("2026-04-01")), Optional.empty(), Optional.empty()), 0.2);
        assertEquals(2, april.totals().mqls(), "L3 and L5");
        assertEquals(1, april.totals().sqls());
        ProcessReport march = ProcessReports.compute(ReportFixture.data(),
                new ReportFilter(Optional.empty(), Optional.of(LocalDate.parse("2026-03-02")), Optional.empty()), 0.2);
        assertEquals(1, march.totals().mqls(), "L1 qualified on 03-02 and the day is included");
        ProcessReport v2 = ProcessReports.compute(ReportFixture.data(),
                new ReportFilter(Optional.empty(), Optional.empty(), Optional.of(2)), 0.2);
        assertEquals(2, v2.totals().mqls());
        assertEquals(List.of(new Conversion("Tier B", 1, 0, 0), new Conversion("Tier C", 1, 1, 0)), v2.byTier());
        assertEquals(List.of(new AccountRow(1, "Acme Chemicals", "Chemicals", true, 0, 3, 0)), v2.accounts().buyingGroups(),
                "engagement is counted by date: a version filter does not hide the contacts engaged with Acme");
    }

    @Test
    void aFallingTierIsWarnedAbout() {
        ReportFixture f = new ReportFixture();
        for (long id = 1; id <= 5; id++) {
            f.lead(id, Optional.of(ReportFixture.CHEMICALS), "Webinar",
                    List.of(ReportFixture.download(id, "PX spec", null, null, "2026-04-0" + id + "T10:00:00Z")));
            f.move(id, com.leadbench.model.LifecycleStage.LEAD, com.leadbench.model.LifecycleStage.MQL, "2026-04-0" + id + "T10:00:00Z", 1);
        }
        ReportData data = f.data(ReportFixture.CARD);
        ProcessReport r = ProcessReports.compute(data, ReportFilter.ALL, 0.2);
        assertEquals(List.of("Tier B: 0.0% of the 5 MQLs of 2026-04 became SQLs (0), below the warning level of 20.0%."
                + " Review the rules that put leads in this tier."), r.warnings());
        assertTrue(ProcessReports.compute(data, ReportFilter.ALL, 0.0).warnings().isEmpty(), "a level of 0 never warns");
    }

    @Test
    void aLeadThatQualifiesAgainCountsTwiceAndEachQualificationKeepsItsOwnContact() {
        ReportFixture f = new ReportFixture();
        // qualified on Wed 04-01 (tier B: 30 + 20), ignored, fell back to Lead on 04-10;
        // qualified again on Mon 04-20 (30 + 20 + 20 = 70, tier A), called 2 h later, then won
        f.lead(6, Optional.of(ReportFixture.CHEMICALS), "Referral", List.of(
                ReportFixture.download(6, "PX spec", null, null, "2026-04-01T10:00:00Z"),
                ReportFixture.download(6, "CAD file", null, null, "2026-04-19T10:00:00Z"),
                ReportFixture.download(6, "PX spec", null, null, "2026-04-20T10:00:00Z")));
        f.move(6, com.leadbench.model.LifecycleStage.LEAD, com.leadbench.model.LifecycleStage.MQL, "2026-04-01T10:00:00Z", 1);
        f.move(6, com.leadbench.model.LifecycleStage.MQL, com.leadbench.model.LifecycleStage.LEAD, "2026-04-10T00:00:00Z", 1);
        f.move(6, com.leadbench.model.LifecycleStage.LEAD, com.leadbench.model.LifecycleStage.MQL, "2026-04-20T10:00:00Z", 1);
        f.report(6, com.leadbench.model.FollowUpKind.FIRST_CONTACT, "2026-04-20T12:00:00Z");
        f.report(6, com.leadbench.model.FollowUpKind.WON, "2026-04-25T12:00:00Z");
        ProcessReport r = ProcessReports.compute(f.data(ReportFixture.CARD), ReportFilter.ALL, 0.2);
        assertEquals(new ProcessReport.Totals(2, 0, 0, 0, 1, 0, true), r.totals());
        assertEquals(1, r.speed().contacted());
        assertEquals(1, r.speed().notContacted(), "the first qualification ended without a call");
        assertEquals(Optional.of(2.0), r.speed().medianHours(), "the call answered the second qualification");
        // the first was due Fri 04-03 (B, 2 business days) and missed; the second met its deadline
        assertEquals(new Rate(1, 2), r.speed().withinDeadline());
        // tier as sales got it: B when the first one should have been called, A just before the call
        assertEquals(List.of(new Conversion("Tier A", 1, 0, 1), new Conversion("Tier B", 1, 0, 0)), r.byTier());
    }

    @Test
    void anEmptyDatabaseGivesAnEmptyReportNotAnError() {
        ProcessReport r = ProcessReports.compute(new ReportData(List.of(), Map.of(), Map.of(), Map.of(), ReportFixture.CARD,
                ReportFixture.NOW), ReportFilter.ALL, 0.2);
        assertTrue(r.empty());
        assertFalse(r.totals().outcomes());
        assertEquals(Optional.empty(), r.speed().medianHours());
        assertEquals(0, r.speed().withinDeadline().n());
        assertTrue(Double.isNaN(r.totals().mqlToSql().value()));
        assertEquals("no leads", r.totals().mqlToSql().describe());
    }

    @Test
    void withoutOutcomesTheReportSaysSo() {
        ReportData full = ReportFixture.data();
        Map<Long, List<com.leadbench.model.SalesFollowUp>> firstContactsOnly = new java.util.HashMap<>();
        full.followUps().forEach((id, list) -> firstContactsOnly.put(id, list.stream()
                .filter(x -> x.kind() == com.leadbench.model.FollowUpKind.FIRST_CONTACT).toList()));
        ProcessReport r = ProcessReports.compute(new ReportData(full.leads(), full.transitions(), firstContactsOnly, full.versions(),
                full.current(), full.now()), ReportFilter.ALL, 0.2);
        assertFalse(r.totals().outcomes());
        assertEquals(0, r.totals().won());
        assertEquals(new Rate(0, 2), r.speed().completion());
        assertEquals(4, r.totals().mqls());
    }

    @Test
    void ratesCarryAWilsonInterval() {
        Rate r = new Rate(3, 24);
        assertEquals(0.125, r.value());
        assertEquals(0.0434, r.low(), 0.0005);
        assertEquals(0.3101, r.high(), 0.0005);
        assertEquals("12.5% (3 of 24, 95% CI 4.3–31.0%)", r.describe());
    }
}
