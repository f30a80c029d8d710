package com.leadbench.gui.importing;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The mapping step as a table: one row per column of the file, with a few of its values, where it
 * goes (a combo box in the row), how sure the matcher is (a bar and a percentage) and why. Rows the
 * matcher is unsure of carry the {@code :unsure} pseudo-class, left-out rows {@code :left-out}.
 */
final class MappingTable {

    static final String TABLE = "lb-mapping-table";
    static final String SURE_BAR = "lb-mapping-sure";
    static final String SAMPLES = "lb-mapping-samples";
    static final PseudoClass UNSURE = PseudoClass.getPseudoClass("unsure");
    static final PseudoClass LEFT_OUT = PseudoClass.getPseudoClass("left-out");

    private MappingTable() {
    }

    static TableView<MappingRow> create(ImportViewModel model) {
        TableView<MappingRow> table = new TableView<>(model.rows());
        table.setId("mappingTable");
        table.getStyleClass().add(TABLE);
        table.setPlaceholder(new Label("Choose a file: each of its columns is listed here with where it goes."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MappingRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean unsure = !empty && row != null && row.unsureProperty().get();
                boolean left = !empty && row != null && row.targetProperty().get() == MappingTarget.LEAVE_OUT;
                pseudoClassStateChanged(UNSURE, unsure);
                pseudoClassStateChanged(LEFT_OUT, left);
            }
        });

        TableColumn<MappingRow, String> column = new TableColumn<>("Column in the file");
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().column()));
        column.setPrefWidth(170);
        TableColumn<MappingRow, String> samples = new TableColumn<>("Sample values");
        samples.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().samples()));
        samples.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add(SAMPLES);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null || item.isEmpty() ? "(empty)" : item);
            }
        });
        samples.setPrefWidth(250);
        TableColumn<MappingRow, MappingRow> target = new TableColumn<>("Goes to");
        target.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        target.setCellFactory(c -> new TargetCell(model));
        target.setPrefWidth(200);
        TableColumn<MappingRow, MappingRow> sure = new TableColumn<>("How sure");
        sure.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        sure.setCellFactory(c -> new SureCell());
        sure.setPrefWidth(100);
        TableColumn<MappingRow, String> why = new TableColumn<>("Why");
        why.setCellValueFactory(cd -> cd.getValue().reasonProperty());
        why.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        why.setPrefWidth(260);
        table.getColumns().addAll(column, samples, target, sure, why);
        // a row's target or confidence changes in place: redraw its pseudo-classes
        model.guessProperty().addListener((obs, old, g) -> table.refresh());
        return table;
    }

    static StringConverter<MappingTarget> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(MappingTarget t) {
                return t == null ? "" : t.label();
            }

            @Override
            public MappingTarget fromString(String s) {
                return null;
            }
        };
    }

    /** A target choice in a list: its label, with what it means as a tooltip. */
    static ListCell<MappingTarget> choiceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MappingTarget t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.label());
                setTooltip(empty || t == null || t.description().isEmpty() ? null : new Tooltip(t.description()));
            }
        };
    }

    /** A combo box in the row: choosing sends the column there through the view model. */
    private static final class TargetCell extends TableCell<MappingRow, MappingRow> {

        private final ComboBox<MappingTarget> combo;
        private boolean showing;

        TargetCell(ImportViewModel model) {
            ObservableList<MappingTarget> choices = model.targets();
            combo = new ComboBox<>(choices);
            combo.setConverter(labels());
            combo.setCellFactory(l -> choiceCell());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setVisibleRowCount(14);
            // the keyboard edits through the editor under the table; Tab does not stop in every row
            combo.setFocusTraversable(false);
            combo.setOnAction(e -> {
                MappingRow row = getItem();
                if (!showing && row != null && combo.getValue() != null) {
                    model.retarget(row, combo.getValue());
                }
            });
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            showing = true;
            try {
                combo.setValue(row.targetProperty().get());
            } finally {
                showing = false;
            }
            combo.setId("target-" + row.index());
            setGraphic(combo);
        }
    }

    /** How sure the matcher is: a small bar and the percentage, the reason as tooltip. */
    private static final class SureCell extends TableCell<MappingRow, MappingRow> {

        private final ProgressBar bar = new ProgressBar();
        private final Label percent = new Label();
        private final HBox box = new HBox(6, bar, percent);

        SureCell() {
            bar.getStyleClass().add(SURE_BAR);
            bar.setPrefWidth(46);
            box.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            double c = row.confidenceProperty().get();
            bar.setProgress(c);
            percent.setText(String.format(Locale.ROOT, "%.0f%%", c * 100));
            setTooltip(row.reasonProperty().get().isEmpty() ? null : new Tooltip(row.reasonProperty().get()));
            setGraphic(box);
        }
    }
}
