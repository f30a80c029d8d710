package com.leadbench.cli;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.TierOverride;
import com.leadbench.report.ReportFilter;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.workflow.ContactMerger;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.ProcessFigures;
import com.leadbench.workflow.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --incremental}: what the window does after each change, on a copy of the database
 * (with its snapshot): import new contacts and bring the leads up to date, merge two contacts and
 * undo it, each including the leads table's rows; and the Hot leads queue and the dashboard's
 * figures as they are loaded. Each step runs {@code runs} times; medians are reported.
 */
final class IncrementalBench {

    /** Contacts in each timed import, as the target has it. */
    static final int IMPORTED = 100;

    private IncrementalBench() {
    }

    static void run(Path file, int runs, PrintWriter out) throws CliFailure, IOException {
        Path dir = Files.createTempDirectory("leadbench-bench-incremental");
        try {
            Path copy = dir.resolve("copy.db");
            Files.copy(file, copy);
            for (String suffix : List.of(".columns", ".scores")) {
                Path beside = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(beside)) {
                    Files.copy(beside, dir.resolve("copy.db" + suffix));
                }
            }
            measure(copy, dir, runs, out);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measure(Path copy, Path dir, int runs, PrintWriter out) throws CliFailure, IOException {
        long t0 = System.nanoTime();
        Workspace workspace = Databases.workspace(copy);
        double openMs = BenchCommand.ms(t0);
        try (workspace) {
            int contacts = workspace.columns().size();
            if (contacts < 2) {
                throw new CliFailure(copy.getFileName() + " holds fewer than two contacts; write a demo first (leadbench demo --db FILE --contacts 100000)");
            }
            out.printf("open: %d contacts in %.0f ms (%s)%n", contacts, openMs,
                    workspace.opened().fromSnapshot() ? "from the snapshot" : "every row read");
            LeadDecisionRepository decisions = new LeadDecisionRepository(workspace.database());
            ContactMerger merger = new ContactMerger(workspace.database());
            HandoffDesk desk = new HandoffDesk(workspace);
            ProcessFigures figures = new ProcessFigures(workspace);
            double[] imports = new double[runs];
            double[] merges = new double[runs];
            double[] undos = new double[runs];
            double[] hot = new double[runs];
            double[] dashboard = new double[runs];
            int reread = 0;
            for (int k = 0; k < runs; k++) {
                Path csv = newContacts(dir, k);
                ImportMapping mapping;
                try {
                    mapping = MappingPresets.named("hubspot-contacts").orElseThrow().fittedTo(CsvSource.open(csv).headers());
                    t0 = System.nanoTime();
                    new Importer(workspace.database()).run(csv, mapping, false, ImportProgress.NONE);
                } catch (ImportException e) {
                    throw new CliFailure("the benchmark's own import failed: " + e.getMessage());
                }
                reread += workspace.refresh();
                rows(workspace, decisions);
                imports[k] = BenchCommand.ms(t0);

                LeadColumns columns = workspace.columns();
                long kept = columns.contact(k).id();
                long merged = columns.contact(columns.size() / 2 + k).id();
                t0 = System.nanoTime();
                MergeRecord record = merger.merge(kept, merged, "benchmark", "bench", workspace.clock().instant());
                workspace.refresh();
                rows(workspace, decisions);
                merges[k] = BenchCommand.ms(t0);

                t0 = System.nanoTime();
                merger.undo(record.auditId(), "bench", workspace.clock().instant());
                workspace.refresh();
                rows(workspace, decisions);
                undos[k] = BenchCommand.ms(t0);

                t0 = System.nanoTime();
                int queued = desk.hotLeads().size();
                hot[k] = BenchCommand.ms(t0);

                t0 = System.nanoTime();
                figures.report(ReportFilter.ALL, 0.5);
                dashboard[k] = BenchCommand.ms(t0);
                out.printf("run %d: import of %d contacts %.0f ms, merge %.0f ms, undo %.0f ms, hot leads %.0f ms (%d queued), dashboard %.0f ms%n",
                        k + 1, IMPORTED, imports[k], merges[k], undos[k], hot[k], queued, dashboard[k]);
            }
            out.printf("bench: incremental contacts=%d import_ms=%.0f merge_ms=%.0f undo_ms=%.0f hot_leads_ms=%.0f dashboard_ms=%.0f reread=%d%n",
                    contacts, BenchCommand.median(imports), BenchCommand.median(merges), BenchCommand.median(undos),
                    BenchCommand.median(hot), BenchCommand.median(dashboard), reread);
            out.flush();
        }
    }

    /** What the leads table joins after a change (see the Leads screen): summaries from the columns, current stages, overrides. */
    private static int rows(Workspace workspace, LeadDecisionRepository decisions) {
        LeadColumns columns = workspace.columns();
        List<LeadSummary> summaries = columns.summaries();
        Map<Long, LifecycleStage> stages = workspace.currentStages();
        Map<Long, TierOverride> overrides = decisions.overrides();
        if (workspace.publishedScores().size() != summaries.size() || stages.size() > summaries.size() || overrides.size() > summaries.size()) {
            throw new IllegalStateException("the table rows do not match the leads");
        }
        return summaries.size();
    }

    /** {@link #IMPORTED} contacts nobody has yet, in HubSpot's export columns. */
    private static Path newContacts(Path dir, int run) throws IOException {
        StringBuilder csv = new StringBuilder("Record ID,First Name,Last Name,Email,Job Title,Create Date,Company Name,Company Domain Name,Industry\r\n");
        for (int i = 0; i < IMPORTED; i++) {
            csv.append("bench-").append(run).append('-').append(i).append(",Ida,Bench").append(i).append(",ida.").append(run).append('.')
                    .append(i).append("@bench-plant").append(i % 20).append(".example,Maintenance Manager,2026-05-04 10:00,Bench Plant ")
                    .append(i % 20).append(",bench-plant").append(i % 20).append(".example,Chemicals\r\n");
        }
        Path file = dir.resolve("new-contacts-" + run + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
