package com.leadbench.gui.dashboard;

import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.AccountView;
import com.leadbench.report.ProcessReport.Bucket;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.ProcessReport.MqaView;
import com.leadbench.report.ProcessReport.SpeedToLead;
import com.leadbench.report.ProcessReport.Totals;
import com.leadbench.report.Rate;
import com.leadbench.report.ReportFilter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made process reports whose every figure a test can name: a full one (with a small group in
 * each conversion table, a campaign named like a formula, and a drift warning for tier C), one
 * without MQLs, and one before sales reported any outcome.
 */
final class ReportFixture {

    static final Instant AS_OF = Instant.parse("2026-05-04T08:30:00Z");
    static final String WARNING = "Tier C: 10.0% of its 2026-04 MQLs became SQLs (2 of 20), below the warning level of 20.0%.";
    /** A campaign name a spreadsheet would run as a formula. */
    static final String FORMULA_CAMPAIGN = "=HYPERLINK(\"http://evil.example\",\"Spring promo\")";

    static final Totals TOTALS = new Totals(120, 48, 30, 6, 12, 5, true);
    static final List<Conversion> BY_TIER = List.of(
            new Conversion(Tier.A.label(), 40, 24, 8),
            new Conversion(Tier.B.label(), 50, 18, 3),
            new Conversion(Tier.C.label(), 30, 6, 1));
    static final List<Conversion> BY_SOURCE = List.of(
            new Conversion("Website", 60, 24, 5),
            new Conversion("Trade fair", 45, 20, 6),
            new Conversion("Partner", 8, 3, 1),
            new Conversion("Webinar", 7, 1, 0));
    static final List<Conversion> BY_CAMPAIGN = List.of(
            new Conversion("Hannover Messe 2026", 35, 16, 5),
            new Conversion("Pump retrofit webinar", 20, 5, 2),
            new Conversion(FORMULA_CAMPAIGN, 6, 2, 0));
    static final List<Conversion> BY_PRODUCT_LINE = List.of(
            new Conversion("Pumps", 70, 30, 8),
            new Conversion("Valves", 50, 18, 4));
    static final List<Conversion> BY_RULE = List.of(
            new Conversion("Industry is a target industry", 90, 40, 10),
            new Conversion("Visited the pricing page", 55, 30, 9),
            new Conversion("Requested a demo", 9, 8, 4));
    static final List<Bucket> HISTOGRAM = List.of(
            new Bucket("< 1 h", 0, 1.0, 22),
            new Bucket("1–4 h", 1, 4.0, 30),
            new Bucket("4–24 h", 4, 24.0, 28),
            new Bucket("1–3 days", 24, 72.0, 12),
            new Bucket("> 3 days", 72, null, 8));
    static final SpeedToLead SPEED = new SpeedToLead(100, 20, Optional.of(5.5), Optional.of(2.0), HISTOGRAM,
            new Rate(70, 110), new Rate(36, 100));
    static final List<AccountRow> TOP_ACCOUNTS = List.of(
            new AccountRow(1, "Krones AG", "Machinery", true, 6, 4, 2),
            new AccountRow(2, "Voith GmbH", "Machinery", true, 4, 3, 1),
            new AccountRow(3, "Stadtwerke Ulm", "Utilities", false, 3, 2, 0));
    static final List<AccountRow> BUYING_GROUPS = List.of(
            new AccountRow(1, "Krones AG", "Machinery", true, 6, 4, 2),
            new AccountRow(2, "Voith GmbH", "Machinery", true, 4, 3, 1));
    /** 84 MQAs, 26 became opportunities, 10 won; 120 of the 260 MQLs with a company were in MQAs. */
    static final MqaView MQAS = new MqaView(84, new Rate(26, 84), new Rate(10, 84), new Rate(120, 260));
    static final AccountView ACCOUNTS = new AccountView(64, new Rate(80, 120), TOP_ACCOUNTS, BUYING_GROUPS, MQAS);
    static final List<Content> CONTENT = List.of(
            new Content(Content.CAMPAIGN, "Hannover Messe 2026", 35, 5),
            new Content(Content.ASSET, "Pump sizing guide.pdf", 28, 4),
            new Content(Content.ASSET, "ROI calculator", 6, 1));

    /** Months 2026-01 to 2026-04: {all, A, B, C} × {mqls, sqls, won}; tier C falls to 10% in April. */
    static final int[][][] COHORTS = {
            {{30, 13, 3}, {10, 6, 2}, {12, 5, 1}, {8, 2, 0}},
            {{28, 12, 3}, {9, 6, 2}, {11, 4, 1}, {8, 2, 0}},
            {{32, 13, 4}, {11, 7, 2}, {14, 5, 1}, {7, 1, 1}},
            {{30, 10, 2}, {10, 5, 2}, {13, 3, 0}, {20, 2, 0}}};
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));

    private ReportFixture() {
    }

    static List<Cohort> cohorts() {
        List<Cohort> cohorts = new ArrayList<>();
        List<Optional<Tier>> tiers = List.of(Optional.empty(), Optional.of(Tier.A), Optional.of(Tier.B), Optional.of(Tier.C));
        for (int m = 0; m < MONTHS.size(); m++) {
            for (int t = 0; t < tiers.size(); t++) {
                int[] f = COHORTS[m][t];
                cohorts.add(new Cohort(MONTHS.get(m), tiers.get(t), f[0], f[1], f[2]));
            }
        }
        return cohorts;
    }

    static ProcessReport full(ReportFilter filter, double warnBelow) {
        return new ProcessReport(filter, AS_OF, TOTALS, BY_TIER, BY_SOURCE, BY_CAMPAIGN, BY_PRODUCT_LINE, BY_RULE, SPEED, ACCOUNTS,
                CONTENT, cohorts(), warnBelow, List.of(WARNING));
    }

    /** The full report with other MQA figures. */
    static ProcessReport withMqas(ReportFilter filter, double warnBelow, MqaView mqas) {
        AccountView accounts = new AccountView(ACCOUNTS.accountsWithMqls(), ACCOUNTS.inTargetAccounts(), TOP_ACCOUNTS, BUYING_GROUPS, mqas);
        return new ProcessReport(filter, AS_OF, TOTALS, BY_TIER, BY_SOURCE, BY_CAMPAIGN, BY_PRODUCT_LINE, BY_RULE, SPEED, accounts,
                CONTENT, cohorts(), warnBelow, List.of(WARNING));
    }

    static ProcessReport full() {
        return full(ReportFilter.ALL, DashboardViewModel.DEFAULT_WARN_BELOW);
    }

    /** The full report's figures with every outcome left out, as before sales reports anything. */
    static ProcessReport withoutOutcomes(ReportFilter filter, double warnBelow) {
        Totals totals = new Totals(120, 48, 0, 0, 0, 0, false);
        List<Conversion> tiers = BY_TIER.stream().map(c -> new Conversion(c.key(), c.mqls(), c.sqls(), 0)).toList();
        SpeedToLead speed = new SpeedToLead(100, 20, Optional.of(5.5), Optional.of(2.0), HISTOGRAM, new Rate(70, 110), new Rate(0, 100));
        return new ProcessReport(filter, AS_OF, totals, tiers, BY_SOURCE, BY_CAMPAIGN, BY_PRODUCT_LINE, BY_RULE, speed, ACCOUNTS,
                CONTENT, cohorts(), warnBelow, List.of());
    }

    /** No MQL in the filter. */
    static ProcessReport empty(ReportFilter filter, double warnBelow) {
        return new ProcessReport(filter, AS_OF, new Totals(0, 0, 0, 0, 0, 0, false), List.of(), List.of(), List.of(), List.of(),
                List.of(), new SpeedToLead(0, 0, Optional.empty(), Optional.empty(), List.of(), new Rate(0, 0), new Rate(0, 0)),
                new AccountView(0, new Rate(0, 0), List.of(), List.of(), new MqaView(0, new Rate(0, 0), new Rate(0, 0), new Rate(0, 0))),
                List.of(), List.of(), warnBelow, List.of());
    }
}
