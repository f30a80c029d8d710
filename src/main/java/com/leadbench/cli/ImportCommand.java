package com.leadbench.cli;

import com.leadbench.format.FileReasons;
import com.leadbench.format.ImportMappingJson;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportChecks;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportLimits;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportReport;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.ImportWarning;
import com.leadbench.importing.MappingPresets;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.SourceFacts;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import com.leadbench.importing.matching.MappingWarnings;
import com.leadbench.scoring.Scorecard;
import com.leadbench.store.Database;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.Rescoring;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code import}: imports a CSV file all or nothing, then brings stages up to date with the
 * published scorecard. A rejected file gets a report beside it (FILE.csv.import-report.csv).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports contacts, activities or outcomes from a CSV or .xlsx file: the whole file or nothing (docs/import.md).",
                "Without --mapping, the columns are matched to fields by their names and values (auto); the mapping chosen is",
                "printed one line per column (column -> target (confidence)) before anything is written.",
                "Re-importing a file updates what it imported before. A rejected file leaves the database as it was and gets",
                "a report beside it (FILE.csv.import-report.csv: line,column,value,reason).",
                "Ends with: import: read=N inserted=I updated=U skipped=S rejected=R transitions=T warnings=W"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file (created when missing)")
    Path database;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "contacts, activities or outcomes (default: the mapping's kind; contacts for auto)")
    String kind;

    @Option(names = "--mapping", defaultValue = "auto", paramLabel = "auto|NAME|FILE.json",
            description = "auto (default: match the columns by name and values), a preset (hubspot-contacts, salesforce-leads,"
                    + " generic-activities, olist-leads, olist-deals) or a mapping file")
    String mapping;

    @Option(names = "--save-mapping", paramLabel = "FILE.json", description = "write the mapping used (with the options below) to FILE.json")
    Path saveMapping;

    @Option(names = "--outcome", paramLabel = "COLUMN", description = "the column that carries each row's outcome (contacts)")
    String outcome;

    @Option(names = "--won", split = ",", paramLabel = "V", description = "values of --outcome that mean won; '*' = any non-empty value")
    List<String> won;

    @Option(names = "--lost", split = ",", paramLabel = "V", description = "values that mean lost (default: every other non-empty value)")
    List<String> lost;

    @Option(names = "--outcome-date", paramLabel = "COLUMN",
            description = "the column with the outcome's date (default: the created date column, else the time of the import)")
    String outcomeDate;

    @Option(names = "--day-order", paramLabel = "US|EUROPEAN", description = "how dates like 3/5/2024 are meant, when no value in a column tells")
    String dayOrder;

    @Option(names = "--generate-ids", description = "give rows with neither an id nor an email a stable generated id")
    boolean generateIds;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an .xlsx file (default: the first visible one)")
    String sheet;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "',' ';' or 'tab' (default: detected from the header line)")
    String delimiter;

    @Option(names = "--dry-run", description = "check the file and count what would change; write nothing")
    boolean dryRun;

    @Parameters(index = "0", paramLabel = "FILE.csv|FILE.xlsx", description = "the file to import")
    Path file;

    @Override
    public Integer call() throws Exception {
        ImportKind wanted = kind();
        Character forced = delimiter();
        PrintWriter out = spec.commandLine().getOut();
        CsvSource source;
        try {
            source = sheet != null ? CsvSource.open(file, sheet) : forced != null ? CsvSource.open(file, forced) : CsvSource.open(file);
        } catch (ImportException e) {
            throw rejected(out, e.problems(), 0);
        }
        try (source) {
            return run(source, wanted, out);
        }
    }

    private int run(CsvSource source, ImportKind wanted, PrintWriter out) throws Exception {
        List<List<String>> samples = source.firstRows(MappingMatcher.SAMPLE_ROWS);
        MappingGuess guess = guess(source, wanted == null ? ImportKind.CONTACTS : wanted, samples);
        ImportMapping chosen = withOptions(guess.mapping(), source.headers(), samples);
        if (wanted == null) {
            wanted = chosen.kind();
        } else if (chosen.kind() != wanted) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind " + kind + " does not match mapping "
                    + chosen.name() + ", which imports " + chosen.kind().name().toLowerCase(Locale.ROOT));
        }
        if (saveMapping != null) {
            try {
                ImportMappingJson.write(chosen, saveMapping);
            } catch (IOException e) {
                throw new CliFailure("cannot write the mapping to " + saveMapping + " (" + FileReasons.describe(e) + ")", e);
            }
        }
        try (Database db = Databases.open(database)) {
            Scorecard published = null;
            if (!dryRun) {
                // an unusable published scorecard would stop the rescoring after the rows landed: say so before writing
                published = Databases.published(db).map(p -> p.scorecard()).orElse(null);
            } else {
                published = publishedQuietly(db);
            }
            SourceFacts facts = source.facts();
            out.printf("import: %s into %s (%s, mapping %s; %s, delimiter %s, about %d rows)%n", file, db.file(),
                    wanted.name().toLowerCase(Locale.ROOT), chosen.name(), facts.encoding(), shown(source.delimiter()),
                    source.estimatedRows());
            MappingGuess shown = chosen.equals(guess.mapping()) ? guess
                    : MappingMatcher.explain(chosen, source.headers(), samples, "as the options say");
            shown.lines().forEach(out::println);
            chosen.outcome().ifPresent(o -> out.printf("import: outcome from column \"%s\": won = %s, lost = %s%s; dated by %s%n",
                    o.column(), String.join(" | ", o.won()), o.lost().isEmpty() ? "every other value" : String.join(" | ", o.lost()),
                    o.skip().isEmpty() ? "" : ", no outcome = " + String.join(" | ", o.skip()),
                    (o.dateColumn() == null ? "" : "\"" + o.dateColumn() + "\", else ")
                            + (o.dateFallback() == null ? "the time of the import" : "\"" + o.dateFallback() + "\", else the time of the import")));
            ImportChecks.Result checks = ImportChecks.run(source, chosen, published);
            chosen = checks.mapping();
            List<ImportWarning> warnings = new ArrayList<>(source.warnings());
            warnings.addAll(MappingWarnings.of(shown));
            warnings.addAll(checks.warnings());
            warnings.forEach(w -> out.printf("import: warning: %s%n", w));
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
            if (summary.outcomes().added() > 0 || chosen.outcome().isPresent()) {
                out.printf("import: %s%n", summary.outcomes().describe());
            }
            if (summary.generatedIds() > 0) {
                if (generateIds) {
                    out.printf("import: %d rows without an id or email got a generated id%n", summary.generatedIds());
                } else {
                    // the matcher turned generated ids on: say what that means, since nobody asked for it
                    ImportWarning generated = new ImportWarning(0, null, summary.generatedIds() + " rows have neither an id nor an email"
                            + " and got a generated id from the file's name and their position; re-importing the same file updates them,"
                            + " but a file with the rows in another order would add them again (give the file an id column, or pass"
                            + " --generate-ids to say this is intended)");
                    warnings.add(generated);
                    out.printf("import: warning: %s%n", generated);
                }
            }
            int transitions = 0;
            if (!dryRun && new ScorecardRepository(db).published().isEmpty()) {
                // nothing is published for the manager: the stages wait for a chosen starting point
                out.printf("import: imported in %.1f s; no stage recorded: nothing is published yet%n", importSeconds);
                ScorecardNotices.printNothingPublished(spec.commandLine().getErr(), db.file());
            } else if (!dryRun) {
                long rescoreStart = System.nanoTime();
                transitions = new Rescoring(db).applyPublished(Instant.now());
                out.printf("import: imported in %.1f s; stages brought up to date in %.1f s%n", importSeconds,
                        (System.nanoTime() - rescoreStart) / 1e9);
            } else {
                out.printf("import: checked in %.1f s (dry run: nothing written)%n", importSeconds);
            }
            out.printf("import: %s transitions=%d warnings=%d%n", summary.counts(), transitions, warnings.size());
            out.flush();
        }
        return 0;
    }

    /** The published scorecard for the checks of a dry run; an unusable one is simply not checked against. */
    private static Scorecard publishedQuietly(Database db) {
        try {
            return new com.leadbench.store.ScorecardRepository(db).publishedScorecard().map(p -> p.scorecard()).orElse(null);
        } catch (com.leadbench.store.UnusableScorecardException e) {
            return null;
        }
    }

    /** The mapping named by --mapping, with how sure each column is. */
    private MappingGuess guess(CsvSource source, ImportKind wanted, List<List<String>> samples) throws CliFailure {
        if (mapping.equalsIgnoreCase("auto")) {
            return MappingMatcher.guess(wanted, source.headers(), samples, file.getFileName().toString());
        }
        ImportMapping named = mapping(source);
        return MappingMatcher.explain(named, source.headers(), samples, "mapping " + named.name());
    }

    /** The command-line options on top of the mapping: outcome column, day order, generated ids. */
    private ImportMapping withOptions(ImportMapping m, List<String> headers, List<List<String>> samples) {
        ImportMapping result = m;
        if (outcome == null && (won != null || lost != null || outcomeDate != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--won, --lost and --outcome-date go with --outcome COLUMN");
        }
        if (outcome != null) {
            if (won == null || won.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--outcome needs --won V[,V...] (the values that mean won, or '*')");
            }
            String column = header(headers, outcome, "--outcome");
            String dateColumn = outcomeDate == null ? null : header(headers, outcomeDate, "--outcome-date");
            String created = m.columns().entrySet().stream().filter(e -> e.getValue().equals("created_at")).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            String fallback = created != null && !created.equals(dateColumn) ? created : null;
            result = result.withOutcome(Optional.of(new OutcomeColumn(column, new LinkedHashSet<>(won),
                    lost == null ? Set.of() : new LinkedHashSet<>(lost), Set.of(), dateColumn, fallback)));
            if (ImportFields.find(result.kind(), result.columns().getOrDefault(column, "")).isPresent()) {
                // the outcome column is read as the outcome, not as a field as well
                result = result.withColumn(column, null);
            }
        }
        if (dayOrder != null) {
            try {
                DayOrder order = DayOrder.valueOf(dayOrder.strip().toUpperCase(Locale.ROOT));
                if (order != DayOrder.US && order != DayOrder.EUROPEAN) {
                    throw new IllegalArgumentException(dayOrder);
                }
                result = result.withDayOrder(order);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--day-order takes US or EUROPEAN, was " + dayOrder);
            }
        }
        if (generateIds && !result.generatedIds().enabled()) {
            result = result.withGeneratedIds(new GeneratedIds(true, List.of()));
        }
        return result;
    }

    /** {@code name} as the header spells it (ignoring case), or a usage error listing the columns. */
    private String header(List<String> headers, String name, String option) {
        return headers.stream().filter(h -> h.equals(name)).findFirst()
                .or(() -> headers.stream().filter(h -> h.equalsIgnoreCase(name.strip())).findFirst())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), option + " " + ImportLimits.cut(name)
                        + " is not a column of " + file.getFileName() + " (columns: "
                        + ImportLimits.cut(String.join(", ", headers)) + ")"));
    }

    /** The kind given with --kind, or null when it was not given. */
    private ImportKind kind() {
        if (kind == null) {
            return null;
        }
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
        out.printf("import: %s transitions=0 warnings=0%n", counts);
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
