package com.leadbench.cli;

import com.leadbench.format.ImportMappingJson;
import com.leadbench.ingest.CsvSource;
import com.leadbench.ingest.ImportException;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportProblem;
import com.leadbench.ingest.ImportProgress;
import com.leadbench.ingest.ImportReport;
import com.leadbench.ingest.ImportSummary;
import com.leadbench.ingest.MappingPresets;
import com.leadbench.store.Database;
import com.leadbench.store.Importer;
import com.leadbench.store.Rescoring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import}: imports a CSV file all or nothing, then brings stages up to date with the
 * published scorecard. A rejected file gets a report beside it (FILE.csv.import-report.csv).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports contacts, activities or outcomes from a CSV file: the whole file or nothing (docs/import.md).",
                "Re-importing a file updates what it imported before. A rejected file leaves the database as it was and gets",
                "a report beside it (FILE.csv.import-report.csv: line,column,value,reason).",
                "Ends with: import: read=N inserted=I updated=U skipped=S rejected=R transitions=T"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "contacts, activities or outcomes")
    String kind;

    @Option(names = "--mapping", required = true, paramLabel = "NAME|FILE.json",
            description = "a preset (hubspot-contacts, salesforce-leads, generic-activities, olist-leads, olist-deals) or a mapping file")
    String mapping;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "',' ';' or 'tab' (default: detected from the header line)")
    String delimiter;

    @Option(names = "--dry-run", description = "check the file and count what would change; write nothing")
    boolean dryRun;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the file to import")
    Path file;

    @Override
    public Integer call() throws Exception {
        ImportKind wanted = kind();
        Character forced = delimiter();
        PrintWriter out = spec.commandLine().getOut();
        CsvSource source;
        try {
            source = CsvSource.open(file, forced);
        } catch (ImportException e) {
            throw rejected(out, e.problems(), 0);
        }
        ImportMapping chosen = mapping(source);
        if (chosen.kind() != wanted) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind " + kind + " does not match mapping "
                    + chosen.name() + ", which imports " + chosen.kind().name().toLowerCase(Locale.ROOT));
        }
        try (Database db = Databases.open(database)) {
            if (!dryRun) {
                // an unusable published scorecard would stop the rescoring after the rows landed: say so before writing
                Databases.published(db);
            }
            out.printf("import: %s into %s (%s, mapping %s; %s, delimiter %s, about %d rows)%n", file, db.file(),
                    wanted.name().toLowerCase(Locale.ROOT), chosen.name(), source.charset().name(), shown(source.delimiter()),
                    source.estimatedRows());
            source.warnings().forEach(w -> out.printf("import: warning: %s%n", w));
            out.flush();
            ImportSummary summary;
            long started = System.nanoTime();
            try {
                summary = new Importer(db).run(source, chosen, dryRun, ImportProgress.NONE);
            } catch (ImportException e) {
                throw rejected(out, e.problems(), 0);
            } catch (com.leadbench.store.StoreException e) {
                // the database failed under the import (busy, full, damaged): nothing landed; name the file
                throw new CliFailure(e.getMessage().contains(db.file().toString()) ? e.getMessage()
                        : db.file() + ": nothing was imported: " + e.getMessage(), e);
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            if (!summary.accepted()) {
                throw rejected(out, summary.problems(), summary.read(), summary);
            }
            int transitions = 0;
            if (!dryRun) {
                long rescoreStart = System.nanoTime();
                transitions = new Rescoring(db).applyPublished(Instant.now(), "cli");
                out.printf("import: imported in %.1f s; stages brought up to date in %.1f s%n", importSeconds,
                        (System.nanoTime() - rescoreStart) / 1e9);
            } else {
                out.printf("import: checked in %.1f s (dry run: nothing written)%n", importSeconds);
            }
            out.printf("import: %s transitions=%d%s%n", summary.counts(), transitions, dryRun ? " (dry run: nothing written)" : "");
            out.flush();
        }
        return 0;
    }

    private ImportKind kind() {
        try {
            return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be contacts, activities or outcomes, was " + kind);
        }
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\\t", "\t" -> '\t';
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--delimiter must be ',', ';' or 'tab', was " + delimiter);
        };
    }

    /** A mapping file (an existing path or a name ending in .json), else a preset fitted to the file's columns. */
    private ImportMapping mapping(CsvSource source) throws CliFailure {
        Path path = Path.of(mapping);
        if (mapping.toLowerCase(Locale.ROOT).endsWith(".json") || Files.isRegularFile(path)) {
            try {
                return ImportMappingJson.read(path);
            } catch (ImportException e) {
                throw new CliFailure(e.getMessage(), e);
            }
        }
        return MappingPresets.named(mapping).map(m -> m.fittedTo(source.headers()))
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--mapping " + mapping
                        + " is neither a preset (" + MappingPresets.all().stream().map(ImportMapping::name)
                        .collect(Collectors.joining(", ")) + ") nor a .json file"));
    }

    private CliFailure rejected(PrintWriter out, List<ImportProblem> problems, long read) {
        return rejected(out, problems, read, null);
    }

    /** Prints the report and the summary, writes the report file, and returns the one-line failure. */
    private CliFailure rejected(PrintWriter out, List<ImportProblem> problems, long read, ImportSummary summary) {
        out.printf("import: %s rejected, nothing was written; problems (line, column, value, reason):%n", file);
        for (ImportProblem p : problems) {
            out.println("  " + p);
        }
        String counts = summary != null ? summary.counts() : "read=" + read + " inserted=0 updated=0 skipped=0 rejected=0";
        out.printf("import: %s transitions=0%n", counts);
        out.flush();
        Path report = ImportReport.pathFor(file);
        String where;
        try {
            ImportReport.write(report, problems);
            where = "report: " + report;
        } catch (IOException e) {
            where = "the report could not be written to " + report + " (" + e.getMessage() + ")";
        }
        String more = problems.size() > 1 ? " (" + (problems.size() >= ImportSummary.MAX_PROBLEMS ? "at least " : "")
                + problems.size() + " problems; " + where + ")" : " (" + where + ")";
        String first = problems.isEmpty() ? "rejected" : problems.get(0).toString();
        return new CliFailure(file.getFileName() + " rejected: " + first + more);
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
