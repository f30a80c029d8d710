package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ReportFilter;
import com.leadbench.store.AccountQualificationRepository;
import com.leadbench.workflow.ProcessFigures;
import com.leadbench.workflow.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} on a 300-contact demo database and on an empty one. */
class ReportCommandTest {

    private static final Pattern LAST = Pattern.compile(
            "report: mqls=(\\d+) sqls=(\\d+) mql_to_sql=(\\d\\.\\d{3}|NA) won=(\\d+) median_hours_to_contact=(\\d+\\.\\d|NA) within_deadline=(\\d\\.\\d{3}|NA)");

    @TempDir
    static Path shared;

    static Path demo;

    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void writeDemo() {
        demo = shared.resolve("demo.db");
        assertEquals(0, Cli.run(new String[] {"demo", "--db", demo.toString(), "--contacts", "300", "--seed", "9"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), w -> { }));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private Matcher last() {
        List<String> lines = out.toString().strip().lines().toList();
        Matcher m = LAST.matcher(lines.getLast());
        assertTrue(m.matches(), lines.getLast());
        return m;
    }

    @Test
    void theLastLineCarriesTheSameFiguresAsTheReport() throws Exception {
        assertEquals(0, run("report", "--db", demo.toString()), err.toString());
        Matcher m = last();
        ProcessReport expected;
        try (Workspace w = Workspace.open(demo, 0, Clock.systemUTC())) {
            expected = new ProcessFigures(w).report(ReportFilter.ALL, 0.2);
        }
        assertEquals(ReportCommand.summary(expected), out.toString().strip().lines().toList().getLast());
        assertEquals(expected.totals().mqls(), Integer.parseInt(m.group(1)));
        assertTrue(expected.totals().mqls() > 0);
        String text = out.toString();
        int recorded;
        try (Workspace w = Workspace.open(demo, 0, Clock.systemUTC())) {
            recorded = new AccountQualificationRepository(w.database()).all().size();
        }
        ProcessReport.MqaView mqas = expected.accounts().mqas();
        assertTrue(recorded > 0, "the demo records MQAs");
        assertEquals(recorded, mqas.mqas(), "over all time and versions every recorded MQA counts");
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "  %,d MQAs (accounts that became marketing-qualified);"
                + " to opportunity (accepted or won since): %s; to won: %s%n", mqas.mqas(), mqas.toOpportunity().describe(),
                mqas.toWon().describe())), text);
        assertTrue(text.contains("  MQLs in accounts already MQAs (of the MQLs with a company): " + mqas.mqlsInMqas().describe()), text);
        assertTrue(mqas.mqlsInMqas().hits() > 0, "the demo has MQLs in accounts that were MQAs by then");
        for (String section : List.of("By tier (as sales got it)", "By source", "By campaign", "By product line", "By rule",
                "Speed to lead", "Accounts", "Campaigns and content", "Monthly cohorts")) {
            assertTrue(text.contains(section), section);
        }
    }

    @Test
    void jsonIsEveryLineButTheLast() throws Exception {
        assertEquals(0, run("report", "--db", demo.toString(), "--json", "--from", "2025-01-01"));
        Matcher m = last();
        List<String> lines = out.toString().strip().lines().toList();
        JsonNode json = new ObjectMapper().readTree(String.join("\n", lines.subList(0, lines.size() - 1)));
        assertEquals("leadbench-report/1", json.get("schema").asText());
        assertEquals("2025-01-01", json.get("filter").get("from").asText());
        assertEquals(Integer.parseInt(m.group(1)), json.get("totals").get("mqls").asInt());
        assertEquals(Integer.parseInt(m.group(2)), json.get("totals").get("sqls").asInt());
        assertTrue(json.get("conversion").get("byTier").isArray());
        JsonNode accounts = json.get("accounts");
        int mqas = accounts.get("mqas").asInt();
        assertTrue(mqas > 0, accounts.toString());
        assertEquals(mqas, accounts.get("mqaToOpportunity").get("n").asInt());
        assertEquals(mqas, accounts.get("mqaToWon").get("n").asInt());
        assertTrue(accounts.get("mqlsInMqas").get("n").asInt() > 0, accounts.toString());
    }

    @Test
    void anEmptyDatabaseSaysThereIsNothingYet() throws Exception {
        Path empty = shared.resolve("empty.db");
        Workspace.open(empty, 0, Clock.systemUTC()).close();
        assertEquals(0, run("report", "--db", empty.toString()), err.toString());
        assertTrue(out.toString().contains("No MQLs in this range"), out.toString());
        assertEquals("report: mqls=0 sqls=0 mql_to_sql=NA won=0 median_hours_to_contact=NA within_deadline=NA",
                out.toString().strip().lines().toList().getLast());
    }

    @Test
    void badRangesAndVersionsAreNamed() {
        assertEquals(2, run("report", "--db", demo.toString(), "--from", "2026-05-01", "--to", "2026-04-01"));
        assertTrue(err.toString().contains("before its start"), err.toString());
        assertEquals(1, run("report", "--db", demo.toString(), "--version", "9"));
        assertTrue(err.toString().contains("no published scorecard version 9"), err.toString());
        assertEquals(2, run("report", "--db", demo.toString(), "--warn-below", "3"));
        assertEquals(2, run("report", "--db", demo.toString(), "--from", "May 1st"));
    }
}
