package com.leadbench.cli;

import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.Bucket;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.ProcessReport.MqaView;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.Rate;
import com.leadbench.report.ReportFilter;
import com.leadbench.report.ReportJson;
import com.leadbench.workflow.ProcessFigures;
import com.leadbench.workflow.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report}: the process figures (conversion, speed to lead, accounts, content, drift). */
@Command(name = "report",
        description = {"Prints the process figures for the MQLs that qualified between --from and --to (UTC days, both included):",
                "conversion overall and per tier, source, campaign, product line and rule; speed to lead; the account view (with the marketing-qualified accounts, what became of them and the share of MQLs in them);"
                        + " campaigns and content; monthly cohorts and drift warnings. See docs/dashboard.md.",
                "With --json the figures are written as one JSON document (every line but the last).",
                "Warns on standard error when nothing is published yet, and when the scorecard excludes most leads or qualifies none.",
                "Ends with: report: mqls=N sqls=M mql_to_sql=R won=W median_hours_to_contact=H within_deadline=S"
                        + " (R and S between 0 and 1; NA where there is nothing to divide by or no contact yet)"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // not mixinStandardHelpOptions: its --version would clash with the scorecard version below, and picocli then drops --help too
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day of qualifications counted (default: the beginning)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day of qualifications counted (default: today)")
    LocalDate to;

    @Option(names = "--version", paramLabel = "N", description = "only qualifications made by scorecard version N")
    Integer version;

    @Option(names = "--warn-below", paramLabel = "SHARE", defaultValue = "0.2",
            description = "warn when a tier's latest monthly MQL-to-SQL rate is below this share (default: ${DEFAULT-VALUE})")
    double warnBelow;

    @Option(names = "--json", description = "write the figures as JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ReportFilter filter;
        try {
            filter = new ReportFilter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(version));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!(warnBelow >= 0 && warnBelow <= 1)) {
            throw new ParameterException(spec.commandLine(), "--warn-below takes a share between 0 and 1, e.g. 0.2");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Databases.readOnlyWorkspace(database)) {
            workspace.unusableScorecard().ifPresent(e -> spec.commandLine().getErr().println("report: warning: "
                    + Databases.unusable(workspace.database().file(), e).getMessage()
                    + "; figures use version " + workspace.published().number() + " meanwhile"));
            if (workspace.nothingPublished()) {
                ScorecardNotices.printNothingPublished(spec.commandLine().getErr(), workspace.database().file());
            }
            ScorecardNotices.printHealth(spec.commandLine().getErr(), workspace.health());
            ProcessFigures figures = new ProcessFigures(workspace);
            if (version != null && !figures.versions().contains(version)) {
                throw new CliFailure("there is no published scorecard version " + version + " (published: " + figures.versions() + ")");
            }
            ProcessReport r = figures.report(filter, warnBelow);
            if (json) {
                out.print(ReportJson.write(r));
                out.println();
            } else {
                print(out, r);
            }
            out.println(summary(r));
            return 0;
        }
    }

    static String summary(ProcessReport r) {
        return String.format(Locale.ROOT, "report: mqls=%d sqls=%d mql_to_sql=%s won=%d median_hours_to_contact=%s within_deadline=%s",
                r.totals().mqls(), r.totals().sqls(), share(r.totals().mqlToSql()), r.totals().won(),
                r.speed().medianHours().map(h -> String.format(Locale.ROOT, "%.1f", h)).orElse("NA"), share(r.speed().withinDeadline()));
    }

    private static String share(Rate r) {
        return r.n() == 0 ? "NA" : String.format(Locale.ROOT, "%.3f", r.value());
    }

    private static void print(PrintWriter out, ProcessReport r) {
        out.printf(Locale.ROOT, "Process report: %s (as of %s)%n", r.filter().describe(), r.asOf());
        if (r.empty()) {
            out.println();
            out.println("No MQLs in this range: nothing to report yet. Widen the dates or pick another version;"
                    + " figures appear once leads qualify.");
            out.println();
            return;
        }
        out.printf(Locale.ROOT, "MQLs %,d · SQLs %,d · MQL→SQL %s · won %,d · MQL→won %s%n", r.totals().mqls(), r.totals().sqls(),
                r.totals().mqlToSql().describe(), r.totals().won(), r.totals().mqlToWon().describe());
        if (!r.totals().outcomes()) {
            out.println("Sales has reported no outcomes yet: won, accepted and completion figures are empty.");
        }
        table(out, "By tier (as sales got it)", r.byTier());
        table(out, "By source", r.bySource());
        table(out, "By campaign", r.byCampaign());
        table(out, "By product line", r.byProductLine());
        table(out, "By rule (fired when sales got it)", r.byRule());

        out.println();
        out.println("Speed to lead (from qualifying to the first sales follow-up while qualified)");
        out.printf(Locale.ROOT, "  contacted %,d, not contacted %,d; median %s hours from MQL, %s hours from SQL%n",
                r.speed().contacted(), r.speed().notContacted(), hours(r.speed().medianHours()), hours(r.speed().medianHoursFromSql()));
        out.printf(Locale.ROOT, "  within the response deadline: %s%n", r.speed().withinDeadline().describe());
        out.printf(Locale.ROOT, "  follow-up completion (accepted or rejected, of the contacted): %s%n", r.speed().completion().describe());
        for (Bucket b : r.speed().histogram()) {
            out.printf(Locale.ROOT, "  %-8s %,6d%n", b.label(), b.count());
        }

        out.println();
        out.println("Accounts");
        out.printf(Locale.ROOT, "  %,d accounts with MQLs; MQLs in target accounts: %s%n", r.accounts().accountsWithMqls(),
                r.accounts().inTargetAccounts().describe());
        mqas(out, r.accounts().mqas());
        accounts(out, "  Most MQLs", r.accounts().top());
        accounts(out, "  Buying groups (2+ engaged contacts)", r.accounts().buyingGroups());

        out.println();
        out.println("Campaigns and content engaged with before qualifying");
        out.printf(Locale.ROOT, "  %-9s %-44s %6s %6s  %s%n", "kind", "campaign or asset", "mqls", "won", "won_rate");
        for (Content c : r.content()) {
            out.printf(Locale.ROOT, "  %-9s %-44s %,6d %,6d  %s%n", c.kind(), cut(c.key(), 44), c.mqls(), c.won(), Rate.percent(c.toWon().value()));
        }

        out.println();
        out.println("Monthly cohorts: MQL→SQL by tier");
        out.printf(Locale.ROOT, "  %-8s %-8s %6s %6s %8s %6s%n", "month", "tier", "mqls", "sqls", "to_sql", "won");
        for (Cohort c : r.cohorts()) {
            out.printf(Locale.ROOT, "  %-8s %-8s %,6d %,6d %8s %,6d%n", c.month(), c.tier().map(Tier::label).orElse("All"), c.mqls(),
                    c.sqls(), Rate.percent(c.toSql().value()), c.won());
        }
        out.println();
        if (r.warnings().isEmpty()) {
            out.printf(Locale.ROOT, "No drift warning: no tier's latest month (with %d+ MQLs) converted below %s.%n", 5,
                    Rate.percent(r.warnBelow()));
        } else {
            r.warnings().forEach(w -> out.println("WARNING " + w));
        }
    }

    private static void table(PrintWriter out, String title, List<Conversion> rows) {
        out.println();
        out.println(title);
        out.printf(Locale.ROOT, "  %-40s %6s %6s %8s %6s %8s%n", "", "mqls", "sqls", "to_sql", "won", "to_won");
        for (Conversion c : rows) {
            out.printf(Locale.ROOT, "  %-40s %,6d %,6d %8s %,6d %8s%s%n", cut(c.key(), 40), c.mqls(), c.sqls(),
                    Rate.percent(c.toSql().value()), c.won(), Rate.percent(c.toWon().value()), c.mqls() < 10 ? "  (small group)" : "");
        }
    }

    private static void mqas(PrintWriter out, MqaView m) {
        if (m.none()) {
            out.println("  No account has become an MQA in this range.");
        } else {
            out.printf(Locale.ROOT, "  %,d MQAs (accounts that became marketing-qualified); to opportunity (accepted or won since): %s;"
                    + " to won: %s%n", m.mqas(), m.toOpportunity().describe(), m.toWon().describe());
        }
        out.printf(Locale.ROOT, "  MQLs in accounts already MQAs (of the MQLs with a company): %s%n", m.mqlsInMqas().describe());
    }

    private static void accounts(PrintWriter out, String title, List<AccountRow> rows) {
        out.println(title);
        if (rows.isEmpty()) {
            out.println("    none");
        }
        for (AccountRow a : rows) {
            out.printf(Locale.ROOT, "    %-32s %-28s %-6s mqls %,4d  engaged %,4d  won %,4d%n", cut(String.valueOf(a.name()), 32),
                    cut(String.valueOf(a.industry()), 28), a.target() ? "target" : "", a.mqls(), a.engagedContacts(), a.won());
        }
    }

    private static String hours(Optional<Double> h) {
        return h.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("–");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
