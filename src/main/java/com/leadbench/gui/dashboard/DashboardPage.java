package com.leadbench.gui.dashboard;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ProcessReport.AccountView;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.ProcessReport.SpeedToLead;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The panels of one report, top to bottom: drift warnings, the figures at a glance, conversion per
 * tier, the monthly cohorts, speed to lead, then sources, campaigns, product lines and rules, the
 * account view and content. A report without MQLs is one message instead.
 */
final class DashboardPage {

    static final String EMPTY_MESSAGE = "No MQLs in this range: widen the dates or pick another version; figures appear once leads qualify.";
    static final String NO_OUTCOMES = "Sales has reported no outcomes yet: won and completion figures are empty.";
    /** The source chart shows this many of the largest sources; the table lists them all. */
    static final int MOST_SOURCES_CHARTED = 8;

    private DashboardPage() {
    }

    static List<Node> panels(ProcessReport report, ExportButtons exports) {
        if (report.empty()) {
            Label empty = new Label(EMPTY_MESSAGE);
            empty.setId("dashboardEmpty");
            empty.getStyleClass().add(Styles.EMPTY_STATE);
            empty.setWrapText(true);
            VBox card = new VBox(empty);
            card.getStyleClass().add(Styles.PANEL);
            card.setAlignment(Pos.CENTER);
            card.setPadding(new Insets(48, 24, 48, 24));
            return List.of(card);
        }
        boolean outcomes = report.totals().outcomes();
        List<Node> panels = new ArrayList<>();
        warnings(report).ifPresent(panels::add);
        panels.add(kpis(report, exports));
        panels.add(tiers(report, exports));
        panels.add(cohorts(report, exports));
        panels.add(speed(report.speed(), outcomes, exports));
        panels.add(sources(report, exports));
        panels.add(conversionTable("campaign", "Campaign", "MQL conversion by campaign",
                "How the MQLs of each campaign went on: became SQLs, were won.", report.byCampaign(), outcomes, exports));
        panels.add(conversionTable("productLine", "Product line", "MQL conversion by product line",
                "How the MQLs interested in each product line went on.", report.byProductLine(), outcomes, exports));
        panels.add(conversionTable("rule", "Rule", "MQL conversion by scoring rule",
                "MQLs per rule that fired when they qualified: a rule whose MQLs rarely become SQLs is worth reviewing.",
                report.byRule(), outcomes, exports));
        panels.add(accounts(report.accounts(), outcomes, exports));
        panels.add(buyingGroups(report.accounts(), outcomes, exports));
        panels.add(content(report, exports));
        return panels;
    }

    private static Optional<Node> warnings(ProcessReport report) {
        if (report.warnings().isEmpty()) {
            return Optional.empty();
        }
        Label title = new Label("⚠ Conversion below the warning level of " + FigureCharts.level(report.warnBelow())
                + ": the rules of these tiers need a review");
        title.getStyleClass().add(Styles.ALERT_TITLE);
        title.setWrapText(true);
        VBox alert = new VBox(title);
        for (String warning : report.warnings()) {
            Label line = new Label(warning);
            line.setWrapText(true);
            alert.getChildren().add(line);
        }
        alert.getStyleClass().add(Styles.ALERT);
        alert.setId("warnings");
        return Optional.of(alert);
    }

    private static Node kpis(ProcessReport report, ExportButtons exports) {
        Node strip = KpiStrip.create(report);
        VBox panel = FigurePanel.create("kpiPanel", "At a glance",
                "The MQLs that qualified in the range and what became of them; rates say how many of how many, with a 95% interval.",
                List.of(exports.png("exportKpis", "dashboard-at-a-glance", strip)), strip);
        if (!report.totals().outcomes()) {
            Label note = FigurePanel.notice(NO_OUTCOMES);
            note.setId("noOutcomesNote");
            panel.getChildren().add(note);
        }
        return panel;
    }

    private static Node tiers(ProcessReport report, ExportButtons exports) {
        boolean outcomes = report.totals().outcomes();
        BarChart<String, Number> chart = FigureCharts.conversions("tierChart", "Tier", report.byTier(), outcomes);
        TableView<Conversion> table = FigureTables.conversions("tierTable", "Tier", 90, report.byTier(), outcomes);
        return withNotice(FigurePanel.create("tierPanel", "MQL conversion by tier",
                "MQLs per tier and how many became SQLs and were won: a well-tuned scorecard converts tier A best, then B, then C.",
                List.of(exports.png("exportTierChart", "conversion-by-tier", chart), exports.csv("exportTierTable", "conversion-by-tier", table)),
                FigurePanel.beside(chart, table)), outcomes);
    }

    private static Node sources(ProcessReport report, ExportButtons exports) {
        boolean outcomes = report.totals().outcomes();
        List<Conversion> charted = largest(report.bySource());
        BarChart<String, Number> chart = FigureCharts.conversions("sourceChart", "Source", charted, outcomes);
        TableView<Conversion> table = FigureTables.conversions("sourceTable", "Source", 120, report.bySource(), outcomes);
        String explanation = "Where the MQLs came from and how each source converts."
                + (charted.size() < report.bySource().size() ? " The chart shows the " + charted.size() + " largest sources; the table lists all." : "");
        return withNotice(FigurePanel.create("sourcePanel", "MQL conversion by source", explanation,
                List.of(exports.png("exportSourceChart", "conversion-by-source", chart),
                        exports.csv("exportSourceTable", "conversion-by-source", table)),
                FigurePanel.beside(chart, table)), outcomes);
    }

    private static List<Conversion> largest(List<Conversion> rows) {
        if (rows.size() <= MOST_SOURCES_CHARTED) {
            return rows;
        }
        List<Conversion> top = rows.stream().sorted(Comparator.comparingInt(Conversion::mqls).reversed()).limit(MOST_SOURCES_CHARTED).toList();
        return rows.stream().filter(top::contains).toList();
    }

    private static Node conversionTable(String id, String keyTitle, String title, String explanation, List<Conversion> rows,
                                        boolean outcomes, ExportButtons exports) {
        TableView<Conversion> table = FigureTables.conversions(id + "Table", keyTitle, 300, rows, outcomes);
        String exportId = "export" + Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Table";
        return withNotice(FigurePanel.create(id + "Panel", title, explanation,
                List.of(exports.csv(exportId, "conversion-by-" + fileName(keyTitle), table)), table), outcomes);
    }

    private static String fileName(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static Node cohorts(ProcessReport report, ExportButtons exports) {
        boolean outcomes = report.totals().outcomes();
        var chart = FigureCharts.cohorts(report.cohorts(), report.warnBelow());
        var table = FigureTables.cohorts(report.cohorts(), outcomes);
        return FigurePanel.create("cohortPanel", "Monthly cohorts: MQL → SQL per tier",
                "The MQLs of each month and the share that became SQLs, per tier. Dashed red line: the warning level, "
                        + FigureCharts.level(report.warnBelow()) + "; a tier whose latest month falls below it is warned about.",
                List.of(exports.png("exportCohortChart", "cohorts", chart), exports.csv("exportCohortTable", "cohorts", table)),
                FigurePanel.beside(chart, table));
    }

    private static Node speed(SpeedToLead speed, boolean outcomes, ExportButtons exports) {
        var chart = FigureCharts.histogram(speed.histogram());
        var table = FigureTables.facts("speedTable", List.of(
                new FigureTables.Fact("Contacted", Formats.count(speed.contacted())),
                new FigureTables.Fact("Not contacted", Formats.count(speed.notContacted())),
                new FigureTables.Fact("Median hours from MQL", KpiStrip.hours(speed.medianHours())),
                new FigureTables.Fact("Median hours from SQL", KpiStrip.hours(speed.medianHoursFromSql())),
                new FigureTables.Fact("Within deadline", speed.withinDeadline().describe()),
                new FigureTables.Fact("Follow-up completion", outcomes ? speed.completion().describe() : FigureTables.NO_FIGURE)));
        return withNotice(FigurePanel.create("speedPanel", "Speed to lead",
                "Hours from qualifying to the first sales contact. Within deadline counts the MQLs whose deadline has passed or who"
                        + " were contacted; completion, the contacted MQLs that sales then accepted or rejected.",
                List.of(exports.png("exportSpeedChart", "speed-to-lead", chart), exports.csv("exportSpeedTable", "speed-to-lead", table)),
                FigurePanel.beside(chart, table)), outcomes);
    }

    private static Node accounts(AccountView accounts, boolean outcomes, ExportButtons exports) {
        Label count = new Label(Formats.count(accounts.accountsWithMqls()) + (accounts.accountsWithMqls() == 1 ? " account" : " accounts")
                + " with MQLs");
        count.setId("accountsWithMqls");
        count.getStyleClass().add(Styles.FACT_VALUE);
        Label target = new Label("MQLs in target accounts: " + accounts.inTargetAccounts().describe());
        target.setId("inTargetAccounts");
        target.getStyleClass().add(Styles.FACT_VALUE);
        Label mqas = new Label(MqaWording.line(accounts.mqas(), outcomes));
        mqas.setId("mqaFigures");
        mqas.getStyleClass().add(Styles.FACT_VALUE);
        mqas.setWrapText(true);
        Label mqaCounts = new Label(MqaWording.counts(accounts.mqas(), outcomes));
        mqaCounts.setId("mqaCounts");
        mqaCounts.getStyleClass().add(Styles.MUTED);
        mqaCounts.setWrapText(true);
        VBox facts = new VBox(4, new HBox(24, count, target), mqas, mqaCounts);
        facts.setId("accountFigures");
        var table = FigureTables.accounts("topAccountsTable", accounts.top(), outcomes);
        return FigurePanel.create("accountPanel", "Accounts with most MQLs",
                "Where the MQLs concentrate. Target accounts are those in the scorecard's target industries."
                        + " MQAs are the accounts that became marketing-qualified in the range; they became opportunities when sales"
                        + " accepted or won one of their contacts after that. MQLs in MQAs: the MQLs with a company whose account was"
                        + " already an MQA when they qualified.",
                List.of(exports.png("exportAccountFigures", "account-figures", facts),
                        exports.csv("exportTopAccountsTable", "top-accounts", table)), facts, table);
    }

    private static Node buyingGroups(AccountView accounts, boolean outcomes, ExportButtons exports) {
        var table = FigureTables.accounts("buyingGroupsTable", accounts.buyingGroups(), outcomes);
        return FigurePanel.create("buyingGroupPanel", "Buying groups",
                "Accounts with two or more engaged contacts in the range: several people of one company looking at once.",
                List.of(exports.csv("exportBuyingGroupsTable", "buying-groups", table)), table);
    }

    private static Node content(ProcessReport report, ExportButtons exports) {
        boolean outcomes = report.totals().outcomes();
        var table = FigureTables.content(report.content(), outcomes);
        return withNotice(FigurePanel.create("contentPanel", "Campaigns and content",
                "The campaigns and assets MQLs engaged with in the window before qualifying, and how many of those MQLs were won.",
                List.of(exports.csv("exportContentTable", "campaigns-and-content", table)), table), outcomes);
    }

    /** Without outcomes, the panel says why its won and completion figures are empty. */
    private static Node withNotice(VBox panel, boolean outcomes) {
        if (!outcomes) {
            panel.getChildren().add(1, FigurePanel.notice(NO_OUTCOMES));
        }
        return panel;
    }
}
