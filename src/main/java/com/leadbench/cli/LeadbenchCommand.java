package com.leadbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: without a subcommand it opens the window. */
@Command(name = "leadbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Lead-review workbench for industrial B2B marketing.",
                "Without a command, opens the window on the default database (or --db FILE)."},
        subcommands = {DemoCommand.class, ScoreCommand.class, BenchCommand.class, BacktestCommand.class,
                CalibrateCommand.class, CandidatesCommand.class, HygieneCommand.class, ImportCommand.class, BenchImportCommand.class,
                ExportCommand.class, ReportCommand.class, PublishCommand.class, LearnCommand.class, ReplayCommand.class, AccountsCommand.class})
public final class LeadbenchCommand implements Callable<Integer> {

    /** What the window should open. */
    public record WindowRequest(Path database, boolean demo) {
    }

    @Option(names = "--db", paramLabel = "FILE", description = "database file to open (default: the one in the user data folder)")
    Path database;

    @Option(names = "--demo", description = "open the demo database, creating it on first start")
    boolean demo;

    private final Consumer<WindowRequest> window;

    public LeadbenchCommand(Consumer<WindowRequest> window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        window.accept(new WindowRequest(database, demo));
        return 0;
    }
}
