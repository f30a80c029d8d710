package com.leadbench;

import com.leadbench.gui.FxTaskExecutor;
import com.leadbench.gui.window.MainWindow;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import com.leadbench.store.StoreException;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The window: wiring only. Opens the database off the FX thread, then shows the leads screen. */
public final class App extends Application {

    private static volatile Path requestedDatabase = AppPaths.defaultDatabase();
    private static volatile boolean requestedDemo;
    private static volatile Database.Access requestedAccess = Database.Access.CREATE;

    private TaskExecutor executor;
    private Workspace workspace;

    private static volatile CompletableFuture<Workspace> preopened;

    /**
     * Chooses what the next {@link Application#launch} opens, and starts opening it at once, so that
     * the database work overlaps JavaFX's start-up.
     */
    static void request(Path database, boolean demo, boolean named) {
        requestedDatabase = database;
        requestedDemo = demo;
        // a database named with --db must exist: a mistyped path is refused, not created
        requestedAccess = named && !demo ? Database.Access.EXISTING : Database.Access.CREATE;
        Path file = database.toAbsolutePath();
        Database.Access access = requestedAccess;
        preopened = CompletableFuture.supplyAsync(() -> open(file, demo, access));
    }

    private static Workspace open(Path file, boolean demo, Database.Access access) {
        try {
            // the scores kept from the last run are shown first; the window brings them up to now right after
            return Workspace.openShowingKeptScores(file, demo, access);
        } catch (DatabaseOpenException e) {
            throw new CompletionException(e);
        }
    }

    private static Workspace unwrap(CompletableFuture<Workspace> opening) throws Exception {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        Startup.mark("JavaFX started");
        Path file = requestedDatabase.toAbsolutePath();
        executor = new FxTaskExecutor(2);
        stage.setTitle("Leadbench — " + file.getFileName());

        ProgressIndicator progress = new ProgressIndicator();
        Label opening = new Label(requestedDemo ? "Opening the demo database " + file + " (created on first start)…"
                : "Opening " + file + "…");
        VBox openingBox = new VBox(16, progress, opening);
        openingBox.setAlignment(javafx.geometry.Pos.CENTER);
        StackPane root = new StackPane(openingBox);
        Scene scene = new Scene(root, 1440, 900);
        scene.getStylesheets().add(App.class.getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();

        boolean demo = requestedDemo;
        Database.Access access = requestedAccess;
        CompletableFuture<Workspace> pending = preopened != null ? preopened : CompletableFuture.supplyAsync(() -> open(file, demo, access));
        executor.execute(() -> unwrap(pending), opened -> {
            Startup.mark("workspace open");
            workspace = opened;
            WindowGraph graph = new WindowGraph(opened, executor);
            LeadsViewModel leads = graph.leads();
            root.getChildren().setAll(MainWindow.create(graph, leads));
            Startup.mark("window built");
            boolean[] shown = {false};
            leads.loadingProperty().addListener((obs, was, now) -> {
                if (was && !now && !shown[0]) {
                    shown[0] = true;
                    // the rows are in the table; they are on screen once the next pulse has laid them out
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        long sinceStart = Startup.sinceJvmStart();
                        System.err.printf("leadbench: %s open, %d leads shown %d ms after the JVM started%n",
                                file.getFileName(), leads.visibleLeads().size(), sinceStart);
                        settle(opened, leads);
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                }
            });
            leads.load();
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, words(failure));
            alert.setHeaderText("Leadbench cannot open this database");
            alert.setTitle("Leadbench");
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait();
            Platform.exit();
        });
    }

    /**
     * With the leads on screen under the scores kept from the last run, scores everyone as of now
     * (and records the stage changes) off the FX thread, then shows the result.
     */
    private void settle(Workspace opened, LeadsViewModel leads) {
        if (!opened.scoresProvisional()) {
            return;
        }
        // a thread of its own: screens that need the engine's columns wait for it on the executor's threads,
        // so settling there could find every thread waiting for itself
        Thread settling = new Thread(() -> {
            try {
                opened.settle();
                Platform.runLater(() -> {
                    Startup.mark("scores brought up to now");
                    leads.load();
                });
            } catch (RuntimeException | Error failure) {
                Platform.runLater(() -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, words(failure));
                    alert.setHeaderText("Leadbench could not bring the scores up to now");
                    alert.setTitle("Leadbench");
                    alert.show();
                });
            }
        }, "leadbench-settle");
        settling.setDaemon(true);
        settling.start();
    }

    /** What went wrong, in words: the refusal's own message, never a Java class name. */
    private static String words(Throwable failure) {
        if (failure instanceof DatabaseOpenException || failure instanceof StoreException) {
            return failure.getMessage();
        }
        if (failure instanceof StackOverflowError) {
            return "Opening stopped: the work ran too deep. Nothing was changed. Start Leadbench from a terminal with"
                    + " LEADBENCH_DEBUG=1 and report what it prints.";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Opening stopped: Leadbench ran out of memory. Nothing was changed. Start it with more memory"
                    + " (JAVA_TOOL_OPTIONS=-Xmx4g).";
        }
        if (System.getenv("LEADBENCH_DEBUG") != null) {
            failure.printStackTrace();
        }
        return "An unexpected error stopped the opening" + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + ". Nothing was changed. Start Leadbench from a terminal with LEADBENCH_DEBUG=1 for details.";
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
