package com.leadbench.gui.leads;

import com.leadbench.gui.Styles;
import com.leadbench.gui.detail.LeadDetailView;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The leads screen: filter bar, leads table beside the detail pane, status bar. */
public final class LeadsView {

    private LeadsView() {
    }

    public static Node create(LeadsViewModel model) {
        return create(model, null);
    }

    /** With {@code onImport}, the toolbar offers "Import CSV…". */
    public static Node create(LeadsViewModel model, Runnable onImport) {
        TextField filter = new TextField();
        filter.setId("leadFilter");
        filter.setPromptText("Filter by name, email, company, title, industry or country  (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(520);
        Label title = new Label("Leads");
        title.getStyleClass().add(Styles.TITLE);
        Label error = new Label();
        error.setId("errorMessage");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.textProperty().bind(model.errorProperty());
        ComboBox<FilterChoice<Tier>> tiers = choices("tierFilter", "All tiers", Tier.values(), Tier::label, model.tierFilterProperty());
        ComboBox<FilterChoice<LifecycleStage>> stages = choices("stageFilter", "All stages",
                new LifecycleStage[] {LifecycleStage.CONTACT, LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SQL,
                        LifecycleStage.HANDED_OFF, LifecycleStage.ACCEPTED, LifecycleStage.REJECTED, LifecycleStage.WON, LifecycleStage.LOST},
                LifecycleStage::label, model.stageFilterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, title, filter, tiers, stages, spacer, error);
        if (onImport != null) {
            javafx.scene.control.Button importButton = new javafx.scene.control.Button("Import CSV…");
            importButton.setId("importCsv");
            importButton.setOnAction(e -> onImport.run());
            toolbar.getChildren().add(importButton);
        }
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        TableView<LeadRow> table = LeadTableView.create(model);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(model.loadingProperty());
        StackPane tableArea = new StackPane(table, progress);

        SplitPane split = new SplitPane(tableArea, LeadDetailView.create(model.detail()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);

        Label status = new Label();
        status.setId("statusBar");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        root.setBottom(statusBar);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+F"), filter::requestFocus);
            }
        });
        return root;
    }

    private static <T> ComboBox<FilterChoice<T>> choices(String id, String all, T[] values, Function<T, String> label,
                                                         ObjectProperty<T> target) {
        ComboBox<FilterChoice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(new FilterChoice<>(all, null));
        for (T value : values) {
            box.getItems().add(new FilterChoice<>(label.apply(value), value));
        }
        box.getSelectionModel().selectFirst();
        box.valueProperty().addListener((obs, old, choice) -> target.set(choice == null ? null : choice.value()));
        target.addListener((obs, old, value) -> box.getItems().stream().filter(c -> java.util.Objects.equals(c.value(), value))
                .findFirst().ifPresent(box::setValue));
        return box;
    }
}
