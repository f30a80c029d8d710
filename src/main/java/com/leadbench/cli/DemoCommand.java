package com.leadbench.cli;

import com.leadbench.demo.DemoSettings;
import com.leadbench.demo.DemoSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.store.DataReset;
import com.leadbench.store.Database;
import com.leadbench.workflow.DemoFill;
import com.leadbench.workflow.DemoHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: writes a seeded demo database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes a deterministic demo database (Northbridge Industrial: equipment, components, services).")
public final class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file to write")
    Path database;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "5000", description = "number of contacts (default: ${DEFAULT-VALUE})")
    int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--end-date", paramLabel = "YYYY-MM-DD", description = "last day of the generated history (default: today)")
    LocalDate endDate;

    @Option(names = "--force", description = "overwrite a database that already holds data")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (contacts < 1) {
            throw new CliFailure("--contacts must be at least 1, was " + contacts);
        }
        DemoSettings settings = new DemoSettings(contacts, seed, endDate == null ? LocalDate.now() : endDate);
        long started = System.nanoTime();
        try (Database db = Databases.open(database)) {
            if (!new DataReset(db).isEmpty() && !force) {
                throw new CliFailure(db.file() + " already holds data; add --force to overwrite it");
            }
            // one transaction: a failure or a kill leaves the database as it was (an overwrite keeps the old data)
            DemoFill.Filled filled = new DemoFill(db).fill(settings, Instant.now());
            DemoSummary summary = filled.summary();
            DemoHistory.Recorded history = filled.history();
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().printf("demo: wrote %d contacts, %d accounts, %d activities, %d follow-ups to %s in %.1f s;"
                            + " published scorecard version %d as of %s and replayed %d stage transitions until %s (%s)%n",
                    summary.contacts(), summary.accounts(), summary.activities(), summary.followUps(), db.file(), seconds,
                    history.version().version(), DAY.format(history.version().publishedAt()), history.transitions(),
                    history.until().truncatedTo(ChronoUnit.SECONDS), byStage(history));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** "to Lead 3854, to MQL 412, ...", in funnel order. */
    private static String byStage(DemoHistory.Recorded history) {
        return history.transitionsTo().entrySet().stream()
                .map((Map.Entry<LifecycleStage, Integer> e) -> "to " + e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
