package com.leadbench;

import com.leadbench.gui.FxTaskExecutor;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.MainWindow;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.store.Workspace;
import com.leadbench.store.DatabaseOpenException;
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

    private TaskExecutor executor;
    private Workspace workspace;

    private static volatile CompletableFuture<Workspace> preopened;

    /**
     * Chooses what the next {@link Application#launch} opens, and starts opening it at once, so that
     * the database work overlaps JavaFX's start-up.
     */
    static void request(Path database, boolean demo) {
        requestedDatabase = database;
        requestedDemo = demo;
        Path file = database.toAbsolutePath();
        preopened = CompletableFuture.supplyAsync(() -> open(file, demo));
    }

    private static Workspace open(Path file, boolean demo) {
        try {
            return Workspace.open(file, demo);
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
        CompletableFuture<Workspace> pending = preopened != null ? preopened : CompletableFuture.supplyAsync(() -> open(file, demo));
        executor.execute(() -> unwrap(pending), opened -> {
            Startup.mark("workspace open");
            workspace = opened;
            LeadsViewModel leads = new LeadsViewModel(opened, executor);
            root.getChildren().setAll(MainWindow.create(opened, executor, leads));
            Startup.mark("window built");
            leads.loadingProperty().addListener((obs, was, now) -> {
                if (was && !now) {
                    long sinceStart = Startup.sinceJvmStart();
                    System.err.printf("leadbench: %s open, %d leads shown %d ms after the JVM started%n",
                            file.getFileName(), leads.visibleLeads().size(), sinceStart);
                }
            });
            leads.load();
        }, failure -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, failure.getMessage());
            alert.setHeaderText("Leadbench cannot open this database");
            alert.setTitle("Leadbench");
            alert.getDialogPane().setMinWidth(560);
            alert.showAndWait();
            Platform.exit();
        });
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
