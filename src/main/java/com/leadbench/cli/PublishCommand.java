package com.leadbench.cli;

import com.leadbench.scoring.Scorecard;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.UnusableScorecardException;
import com.leadbench.workflow.ScorecardPublisher;
import com.leadbench.workflow.StartingPoints;
import com.leadbench.workflow.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: stores a scorecard as the next version and records every stage change it makes,
 * as the Tuning tab's Publish does. It chooses the starting point of a database where nothing is
 * published yet (the general B2B preset built for its leads, or the industrial preset), and repairs
 * one whose published scorecard cannot be used: publish the previous version again, a preset, or a file.
 * What the published scorecard shuts out (ScorecardHealth) is warned about on standard error.
 */
@Command(name = "publish",
        description = {"Publishes a scorecard as the next version and records every stage change it makes.",
                "Choose what to publish: a scorecard document (--scorecard), an earlier version again (--version) or a"
                        + " preset (--preset general: the general B2B preset built from the database's fields and activities;"
                        + " --preset industrial, or --preset alone: the industrial preset).",
                "Warns on standard error when the published scorecard excludes most leads or qualifies none.",
                "Ends with: publish: version=N transitions=M"})
public final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // not mixinStandardHelpOptions: its --version would clash with the scorecard version below, and picocli then drops --help too
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--scorecard", paramLabel = "FILE.json", description = "a scorecard document (see docs/scorecard.md)")
        Path file;

        @Option(names = "--version", paramLabel = "N", description = "publish stored version N again, e.g. the last one that worked")
        Integer version;

        @Option(names = "--preset", arity = "0..1", fallbackValue = "industrial", paramLabel = "general|industrial",
                description = "publish a preset: general (built for the leads in the database) or industrial (the default)")
        String preset;
    }

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "why this version is published (kept with it)")
    String note;

    @Override
    public Integer call() throws Exception {
        if (note.isBlank()) {
            throw new CliFailure("--note must say why this version is published");
        }
        Scorecard card = source.file != null ? ScoreCommand.readScorecard(source.file) : null;
        StartingPoints.Preset preset = source.preset == null ? null : preset(source.preset);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Databases.workspace(database)) {
            workspace.unusableScorecard().ifPresent(e -> out.printf(Locale.ROOT, "publish: replacing version %d, which cannot be used: %s%n",
                    e.version().version(), e.reason()));
            if (card == null) {
                card = preset != null ? StartingPoints.of(preset, workspace.columns(), workspace.clock().instant())
                        : stored(workspace.scorecards(), source.version);
            }
            Scorecard chosen = card;
            ScorecardPublisher.Applied applied;
            try {
                applied = workspace.publish(chosen, note.strip());
            } catch (UnusableScorecardException e) {
                throw new CliFailure(workspace.database().file() + ": nothing was published: " + e.reason(), e);
            }
            ScorecardNotices.printHealth(spec.commandLine().getErr(), workspace.health());
            out.printf(Locale.ROOT, "publish: version=%d transitions=%d%n", applied.version().version(), applied.transitions());
            return 0;
        }
    }

    private StartingPoints.Preset preset(String name) {
        try {
            return StartingPoints.Preset.named(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--preset takes general or industrial, not \"" + name + "\"");
        }
    }

    private static Scorecard stored(ScorecardRepository scorecards, int number) throws CliFailure {
        try {
            return scorecards.version(number).map(PublishedScorecard::scorecard).orElseThrow(() -> new CliFailure(
                    "there is no stored scorecard version " + number + " (stored: "
                            + scorecards.history().stream().map(v -> String.valueOf(v.version())).toList() + ")"));
        } catch (UnusableScorecardException e) {
            throw new CliFailure("version " + number + " cannot be used either: " + e.reason() + "; choose another or --preset", e);
        }
    }
}
