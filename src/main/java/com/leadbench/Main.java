package com.leadbench;

import com.leadbench.cli.Cli;
import com.leadbench.store.Warmup;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Entry point. Not a JavaFX {@code Application}, so that the jar starts with JavaFX on the class
 * path; commands run headless, no command opens the window.
 */
public final class Main {

    private Main() {
    }

    /** Held so the logger settings are not garbage collected. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    /**
     * JavaFX's own logger ("javafx") warns once at every start that JavaFX runs from the class path,
     * which is how Leadbench ships (TOOLCHAIN.md); only its severe messages pass. Its children
     * (CSS, layout, focus, input) keep their warnings.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final List<Logger> JAVAFX_PARTS = List.of(Logger.getLogger("javafx.css"), Logger.getLogger("javafx.scene"));

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
        JAVAFX.setLevel(Level.SEVERE);
        JAVAFX_PARTS.forEach(logger -> logger.setLevel(Level.WARNING));
        if (args.length == 0 || args[0].startsWith("--db") || args[0].equals("--demo")) {
            Warmup.startInBackground();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, request -> {
            App.request(request.database() != null ? request.database()
                    : request.demo() ? AppPaths.demoDatabase() : AppPaths.defaultDatabase(), request.demo(), request.database() != null);
            Application.launch(App.class);
        });
        System.exit(code);
    }
}
