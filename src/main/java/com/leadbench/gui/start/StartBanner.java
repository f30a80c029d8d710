package com.leadbench.gui.start;

import com.leadbench.gui.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The banner above the tabs while nothing is published: the scores shown come from the general
 * B2B preset, and the manager chooses where to start. Each choice has a mnemonic (Alt+G, Alt+I, Alt+L).
 */
public final class StartBanner {

    private StartBanner() {
    }

    public static Node create(StartViewModel model) {
        Label title = new Label("Nothing is published yet");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label message = new Label("The scores shown come from the general B2B preset, built from the fields and activities"
                + " your data has. It is not published: no lead is marked MQL or SQL and nothing goes to sales until you choose"
                + " where to start. You can change every rule and threshold later in the Tuning tab.");
        message.setWrapText(true);
        message.setId("startMessage");

        Button general = new Button("Use the _general B2B preset");
        general.setId("useGeneralPreset");
        general.setTooltip(new Tooltip("Publish the scorecard the scores are shown with now, as version 1"));
        general.setOnAction(e -> model.useGeneralPreset());
        Button industrial = new Button("Use the _industrial preset");
        industrial.setId("useIndustrialPreset");
        industrial.setTooltip(new Tooltip("Publish the preset for industrial suppliers: target industries, personas,"
                + " countries served, personal and invalid email addresses excluded"));
        industrial.setOnAction(e -> model.useIndustrialPreset());
        Button learn = new Button("_Learn from outcomes…");
        learn.setId("learnFromOutcomes");
        learn.setTooltip(new Tooltip("Price the rules from the leads sales won"));
        learn.setOnAction(e -> model.learn());
        learn.disableProperty().bind(model.learnAvailableProperty().not());
        HBox actions = new HBox(8, general, industrial, learn);
        actions.disableProperty().bind(model.busyProperty());

        Label noOutcomes = new Label("Learning needs outcomes: no lead is marked as won yet (import won deals to offer it).");
        noOutcomes.getStyleClass().add(Styles.MUTED);
        noOutcomes.setId("learnNeedsOutcomes");
        noOutcomes.visibleProperty().bind(model.learnAvailableProperty().not());
        noOutcomes.managedProperty().bind(noOutcomes.visibleProperty());

        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        problem.setId("startProblem");

        VBox banner = new VBox(6, title, message, actions, noOutcomes, problem);
        banner.getStyleClass().add(Styles.START_BANNER);
        banner.setId("startBanner");
        banner.visibleProperty().bind(model.neededProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
