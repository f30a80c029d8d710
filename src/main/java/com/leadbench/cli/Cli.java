package com.leadbench.cli;

import com.leadbench.format.FileReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Runs the command line: exit code 0 on success; otherwise non-zero with a one-line reason on
 * stderr (2 for a usage error, 1 when the work itself failed). The reason is in words: no Java
 * class names and no stack traces (LEADBENCH_DEBUG=1 prints the trace as well).
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
            failed.getErr().println(failed.getCommandName() + ": " + firstLine(ex.getMessage()) + " (see --help)");
            failed.getErr().flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> fail(failed.getCommandName(), ex, failed.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // picocli passes errors (a stack overflow, memory running out) through: they get words too
            code = fail(args.length > 0 && !args[0].startsWith("-") ? args[0] : "leadbench", e, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int fail(String command, Throwable ex, PrintWriter err) {
        err.println(command + ": " + describe(ex));
        if (System.getenv("LEADBENCH_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /** One line a person can act on, for any failure a command can meet. */
    static String describe(Throwable ex) {
        if (ex instanceof CliFailure || ex instanceof RuntimeException && ex.getClass().getPackageName().startsWith("com.leadbench")
                && ex.getMessage() != null) {
            return cut(firstLine(ex.getMessage()));
        }
        if (ex instanceof UncheckedIOException unchecked) {
            return describe(unchecked.getCause());
        }
        if (ex instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "") + ": " + FileReasons.describe(fs);
        }
        if (ex instanceof IOException io) {
            return FileReasons.describe(io);
        }
        if (ex instanceof StackOverflowError) {
            return "the work ran too deep and was stopped; nothing more was written. Run again with LEADBENCH_DEBUG=1 and report it";
        }
        if (ex instanceof OutOfMemoryError) {
            return "ran out of memory and stopped; nothing more was written. Give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx4g";
        }
        String message = ex.getMessage() == null ? "" : ": " + cut(firstLine(ex.getMessage()));
        return "an unexpected error stopped the command" + message + ". Run again with LEADBENCH_DEBUG=1 for the details and report it";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** A reason quoting a whole input line is cut, so one message stays one readable line. */
    private static String cut(String text) {
        return text.length() <= 600 ? text : text.substring(0, 599) + "…";
    }
}
