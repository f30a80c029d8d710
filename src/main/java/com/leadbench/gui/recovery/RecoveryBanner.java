package com.leadbench.gui.recovery;

import com.leadbench.gui.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The banner above the tabs while the published scorecard cannot be used, with the three ways out. */
public final class RecoveryBanner {

    private RecoveryBanner() {
    }

    public static Node create(RecoveryViewModel model) {
        return create(model, RecoveryBanner::askFile);
    }

    /** {@code askFile} picks a scorecard file (a file chooser in the window; tests answer directly). */
    public static Node create(RecoveryViewModel model, Function<Window, File> askFile) {
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setId("recoveryMessage");
        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        problem.setId("recoveryProblem");

        HBox actions = new HBox(8);
        model.previousVersion().ifPresent(v -> {
            Button previous = new Button("Publish version " + v + " again");
            previous.setId("republishPrevious");
            previous.setOnAction(e -> model.publishPrevious());
            actions.getChildren().add(previous);
        });
        Button preset = new Button("Publish the industrial preset");
        preset.setId("publishPreset");
        preset.setOnAction(e -> model.publishPreset());
        Button file = new Button("Publish a scorecard file…");
        file.setId("publishFile");
        file.setOnAction(e -> {
            File chosen = askFile.apply(file.getScene() == null ? null : file.getScene().getWindow());
            if (chosen != null) {
                model.publishFile(chosen.toPath());
            }
        });
        actions.getChildren().addAll(preset, file);
        actions.disableProperty().bind(model.busyProperty());

        Label title = new Label("The published scorecard cannot be used");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox banner = new VBox(6, title, message, problem, actions);
        banner.getStyleClass().add(Styles.BANNER);
        banner.setId("recoveryBanner");
        banner.visibleProperty().bind(model.neededProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        return banner;
    }

    private static File askFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Publish a scorecard file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Scorecard (*.json)", "*.json"));
        return chooser.showOpenDialog(owner);
    }
}
