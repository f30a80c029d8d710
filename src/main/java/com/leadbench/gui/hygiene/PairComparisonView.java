package com.leadbench.gui.hygiene;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The selected duplicate pair side by side: every fact of the older record (left) and the newer
 * (right), values that differ and values only one side has marked, and the two merge buttons.
 */
final class PairComparisonView {

    private final StackPane root = new StackPane();
    private final Label empty = new Label("Select a pair to compare the two records side by side.");
    private final Label matched = new Label();
    private final GridPane grid = new GridPane();
    private final BorderPane content = new BorderPane();

    private PairComparisonView() {
    }

    static Node create(HygieneViewModel model) {
        PairComparisonView view = new PairComparisonView();
        view.root.setId("pairComparison");
        view.root.getStyleClass().add(Styles.DETAIL);
        view.empty.setId("pairEmpty");
        view.empty.getStyleClass().add(Styles.EMPTY_STATE);
        view.empty.setWrapText(true);
        view.matched.setId("pairMatched");
        view.matched.getStyleClass().add(Styles.SUBTITLE);
        view.matched.setWrapText(true);
        view.grid.setId("pairGrid");
        view.grid.getStyleClass().add(Styles.COMPARE_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints side = new ColumnConstraints();
        side.setHgrow(Priority.ALWAYS);
        side.setPercentWidth(40);
        view.grid.getColumnConstraints().setAll(labels, side, side);

        Button keepLeft = new Button("Keep left, merge right");
        keepLeft.setId("keepLeftButton");
        keepLeft.getStyleClass().add("default-button");
        keepLeft.setOnAction(e -> model.keepLeft());
        Button keepRight = new Button("Keep right, merge left");
        keepRight.setId("keepRightButton");
        keepRight.setOnAction(e -> model.keepRight());
        var unavailable = model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.comparisonProperty().get().isEmpty(), model.comparisonProperty()));
        keepLeft.disableProperty().bind(unavailable);
        keepRight.disableProperty().bind(unavailable);
        Label hint = new Label("The merged record's activities, follow-ups, stage history and notes move to the kept one; "
                + "its empty fields are filled. Every merge can be undone under Merge history.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        HBox buttons = new HBox(10, keepLeft, keepRight);
        VBox top = new VBox(8, view.matched, buttons, hint);
        top.setPadding(new Insets(12, 12, 8, 12));

        ScrollPane scroll = new ScrollPane(view.grid);
        scroll.setFitToWidth(true);
        view.grid.setPadding(new Insets(4, 12, 12, 12));
        view.content.setTop(top);
        view.content.setCenter(scroll);
        view.root.getChildren().addAll(view.content, view.empty);
        model.comparisonProperty().addListener((obs, old, comparison) -> view.show(comparison));
        view.show(model.comparisonProperty().get());
        return view.root;
    }

    private void show(Optional<PairComparison> maybe) {
        empty.setVisible(maybe.isEmpty());
        content.setVisible(maybe.isPresent());
        grid.getChildren().clear();
        if (maybe.isEmpty()) {
            matched.setText("");
            return;
        }
        PairComparison c = maybe.get();
        matched.setText("Matched by: " + c.pair().rulesLabel());
        grid.add(header("Left · older", "leftHeader"), 1, 0);
        grid.add(header("Right · newer", "rightHeader"), 2, 0);
        List<PairComparison.Line> lines = c.lines();
        for (int i = 0; i < lines.size(); i++) {
            PairComparison.Line line = lines.get(i);
            Label label = new Label(Formats.cut(line.label(), 200));
            label.getStyleClass().add(Styles.FACT_LABEL);
            label.setWrapText(true);
            grid.add(label, 0, i + 1);
            grid.add(value(line, line.left(), "left-" + i), 1, i + 1);
            grid.add(value(line, line.right(), "right-" + i), 2, i + 1);
        }
    }

    private static Label header(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(Styles.COMPARE_HEADER);
        return l;
    }

    private static Label value(PairComparison.Line line, String text, String id) {
        boolean blank = text == null || text.isBlank();
        Label l = new Label(blank ? "—" : Formats.cut(text));
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(blank ? Styles.MUTED : Styles.FACT_VALUE);
        if (line.different()) {
            l.getStyleClass().add(Styles.DIFFERENT);
        } else if (line.fillable() && !blank) {
            l.getStyleClass().add(Styles.ONLY_HERE);
        }
        return l;
    }
}
