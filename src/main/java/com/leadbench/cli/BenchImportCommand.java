package com.leadbench.cli;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.MappingPresets;
import com.leadbench.model.Contact;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseCopy;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.Rescoring;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-import}: times importing an activities file into a copy of a database against the
 * sqlite3 shell's {@code .import} of the same file into a plain table.
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = {"Times the import of an activities CSV (generated for the database's contacts, or --csv FILE)",
                "into a copy of the database, against `sqlite3 TMP.db \".import --csv FILE t\"` of the same file.",
                "Ends with: bench-import: rows=N import_ms=X sqlite3_ms=Y ratio=Z (ratio = import / sqlite3)."})
public final class BenchImportCommand implements Callable<Integer> {

    private static final String[][] ASSETS = {
            {"PAGE_VIEW", "/products/gear-pumps", "product_page", "pumps"},
            {"PAGE_VIEW", "/products/servo-drives", "product_page", "drives"},
            {"PAGE_VIEW", "/products/bearings", "product_page", "components"},
            {"PAGE_VIEW", "/pricing", "pricing_page", null},
            {"PAGE_VIEW", "/contact-us", "contact_page", null},
            {"PAGE_VIEW", "/blog/vibration-analysis-basics", "blog_post", null},
            {"PAGE_VIEW", "/careers", "careers_page", null},
            {"DOWNLOAD", "GP-200 spec sheet", "spec_sheet", "pumps"},
            {"DOWNLOAD", "SD-40 CAD model", "cad_file", "drives"},
            {"DOWNLOAD", "Bottling plant case study", "case_study", "pumps"},
            {"DOWNLOAD", "Bearing selection guide", "technical_guide", "components"},
            {"EMAIL_OPEN", "October newsletter", "email", null},
            {"EMAIL_CLICK", "October newsletter", "email", null},
            {"WEBINAR_REGISTRATION", "Predictive maintenance webinar", "webinar", null},
            {"SELECTION_TOOL", "Pump selector", "selection_tool", "pumps"},
            {"FORM_SUBMIT", "/products/gear-pumps", "product_page", "pumps"},
            {"DEMO_REQUEST", "/products/servo-drives", "product_page", "drives"},
    };
    private static final String[] FORM_TEXTS = {"Need a quote, urgent: line down since Monday", "Scheduled maintenance in March, \"ATEX\" zone",
            "Replacement for 12 pumps; please call"};

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database whose contacts the activities name (it is copied, never changed)")
    Path database;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "rows to generate (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--csv", paramLabel = "FILE.csv", description = "import this activities file (generic-activities columns) instead of generating one")
    Path csv;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "random seed of the generated file (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--keep", description = "keep the temporary folder (file, copies) and print where it is")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        if (rows < 1) {
            throw new CliFailure("--rows must be at least 1, was " + rows);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("leadbench-bench-import");
        try {
            Path copy = dir.resolve("copy.db");
            Path file = csv;
            // the database itself is only read: the import goes into a copy of it
            try (Database db = Databases.openReadOnly(database)) {
                if (file == null) {
                    LeadColumns leads = LeadSnapshots.columns(db);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < leads.size(); i++) {
                        Contact c = leads.contact(i);
                        if (c.externalId() != null) {
                            ids.add(c.externalId());
                        }
                    }
                    if (ids.isEmpty()) {
                        throw new CliFailure(db.file() + " holds no contacts with an external id; write a demo first (leadbench demo --db FILE)");
                    }
                    file = dir.resolve("activities.csv");
                    long t0 = System.nanoTime();
                    generate(file, ids, rows, seed);
                    out.printf("bench-import: wrote %,d activities for %,d contacts to %s (%.1f MB) in %.1f s%n", rows, ids.size(), file,
                            Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
                }
                DatabaseCopy.write(db, copy);
            }
            List<String> headers;
            try {
                headers = CsvSource.open(file).headers();
            } catch (ImportException e) {
                throw new CliFailure(e.getMessage(), e);
            }
            ImportMapping mapping = MappingPresets.named(MappingPresets.GENERIC_ACTIVITIES).orElseThrow().fittedTo(headers);
            long importNanos;
            long rescoreNanos;
            ImportSummary summary;
            int transitions;
            try (Database target = Databases.open(copy)) {
                long t0 = System.nanoTime();
                try {
                    summary = new Importer(target).run(file, mapping, false, ImportProgress.NONE);
                } catch (ImportException e) {
                    throw new CliFailure(e.getMessage(), e);
                }
                importNanos = System.nanoTime() - t0;
                if (!summary.accepted()) {
                    throw new CliFailure(file + " was rejected: " + summary.problems().get(0));
                }
                t0 = System.nanoTime();
                transitions = new Rescoring(target).applyPublished(Instant.now());
                rescoreNanos = System.nanoTime() - t0;
            }
            out.printf("import: %s in %.0f ms (sniff, parse, check, match, write, index, commit)%n", summary.counts(),
                    importNanos / 1e6);
            out.printf("rescore after the import: %.0f ms (loading every lead and applying the published scorecard; %d transitions)%n",
                    rescoreNanos / 1e6, transitions);
            Long sqliteNanos = sqlite3(file, dir.resolve("plain.db"), out);
            double importMs = importNanos / 1e6;
            if (sqliteNanos == null) {
                out.printf("bench-import: rows=%d import_ms=%.0f sqlite3_ms=NA ratio=NA%n", summary.read(), importMs);
            } else {
                double sqliteMs = sqliteNanos / 1e6;
                out.printf("bench-import: rows=%d import_ms=%.0f sqlite3_ms=%.0f ratio=%.2f%n", summary.read(), importMs, sqliteMs,
                        importMs / sqliteMs);
            }
            out.flush();
        } finally {
            if (keep) {
                out.println("bench-import: kept " + dir);
                out.flush();
            } else {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** Times the sqlite3 shell importing {@code file} into a new plain table; null (with a message) when there is no sqlite3. */
    private static Long sqlite3(Path file, Path plain, PrintWriter out) throws IOException, InterruptedException {
        try {
            Process version = new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start();
            String v = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            version.waitFor(10, TimeUnit.SECONDS);
            out.println("sqlite3: " + v);
        } catch (IOException e) {
            out.println("bench-import: no sqlite3 command-line shell on the PATH; skipping the comparison (" + e.getMessage() + ")");
            return null;
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", plain.toString(), ".import --csv " + file.toAbsolutePath() + " t")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        long nanos = System.nanoTime() - t0;
        if (code != 0) {
            out.println("bench-import: sqlite3 failed (exit " + code + "): " + output + "; skipping the comparison");
            return null;
        }
        out.printf("sqlite3: .import --csv into a plain table in %.0f ms%s%n", nanos / 1e6, output.isEmpty() ? "" : " (" + output + ")");
        return nanos;
    }

    /**
     * A deterministic activities file in the generic-activities columns: {@code rows} activities of
     * random contacts over the last year, in time order, some with quoted form text.
     */
    static void generate(Path file, List<String> externalIds, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        long span = 365L * 86_400;
        long step = span / rows;
        long start = end.toEpochSecond(ZoneOffset.UTC) - span;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("external_id,type,asset,asset_kind,product_line,occurred_at,campaign,form_text\n");
            StringBuilder b = new StringBuilder(160);
            for (int i = 0; i < rows; i++) {
                String[] a = ASSETS[random.nextInt(ASSETS.length)];
                long at = start + i * step + random.nextLong(Math.max(1, step));
                b.setLength(0);
                b.append(externalIds.get(random.nextInt(externalIds.size()))).append(',').append(a[0]).append(',')
                        .append(a[1]).append(',').append(a[2]).append(',').append(a[3] == null ? "" : a[3]).append(',')
                        .append(format.format(LocalDateTime.ofEpochSecond(at, 0, ZoneOffset.UTC))).append(',');
                if (a[0].startsWith("EMAIL") || a[0].startsWith("WEBINAR")) {
                    b.append("Autumn campaign");
                }
                b.append(',');
                if (a[0].equals("FORM_SUBMIT") || a[0].equals("DEMO_REQUEST")) {
                    b.append('"').append(FORM_TEXTS[random.nextInt(FORM_TEXTS.length)].replace("\"", "\"\"")).append('"');
                }
                b.append('\n');
                w.append(b);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
