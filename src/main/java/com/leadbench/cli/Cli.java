package com.leadbench.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Runs the command line: exit code 0 on success; otherwise non-zero with a one-line reason on
 * stderr (2 for a usage error, 1 when the work itself failed).
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<LeadbenchCommand.WindowRequest> window) {
        CommandLine cli = new CommandLine(new LeadbenchCommand(window));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + ex.getMessage() + " (see --help)");
            failed.getErr().flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            String reason = ex instanceof CliFailure ? ex.getMessage()
                    : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
            failed.getErr().println(failed.getCommandName() + ": " + firstLine(reason));
            if (System.getenv("LEADBENCH_DEBUG") != null) {
                ex.printStackTrace(failed.getErr());
            }
            failed.getErr().flush();
            return 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
