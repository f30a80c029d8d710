package com.leadbench.gui.tuning;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.Tier;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The transition matrix: rows are the published tiers, columns the draft's. The diagonal is who
 * stays; above it who moves up, below who moves down. Clicking a cell lists its contacts.
 */
final class MatrixView {

    private static final Tier[] TIERS = Tier.values();
    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass SAME = PseudoClass.getPseudoClass("same");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final GridPane grid = new GridPane();
    private final Button[][] cells = new Button[TIERS.length][TIERS.length];

    MatrixView(TuningViewModel model) {
        grid.setId("transitionMatrix");
        grid.setHgap(3);
        grid.setVgap(3);
        Label corner = new Label("published ↓  draft →");
        corner.getStyleClass().add(Styles.MUTED);
        corner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(corner, 0, 0);
        for (int t = 0; t < TIERS.length; t++) {
            grid.add(header(TIERS[t].label()), t + 1, 0);
            grid.add(header(TIERS[t].label()), 0, t + 1);
        }
        for (int f = 0; f < TIERS.length; f++) {
            for (int t = 0; t < TIERS.length; t++) {
                Tier from = TIERS[f];
                Tier to = TIERS[t];
                Button cell = new Button("0");
                cell.setId("cell-" + from.key() + "-" + to.key());
                cell.getStyleClass().add(Styles.MATRIX_CELL);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.pseudoClassStateChanged(f == t ? SAME : rank(to) < rank(from) ? UP : DOWN, true);
                cell.setOnAction(e -> model.selectCell(from, to));
                cells[f][t] = cell;
                grid.add(cell, t + 1, f + 1);
            }
        }
        model.previewProperty().addListener((obs, old, result) -> show(result));
        model.selectedCellProperty().addListener((obs, old, cell) -> {
            for (int f = 0; f < TIERS.length; f++) {
                for (int t = 0; t < TIERS.length; t++) {
                    cells[f][t].pseudoClassStateChanged(SELECTED, cell != null && cell.published() == TIERS[f] && cell.draft() == TIERS[t]);
                }
            }
        });
        show(model.previewProperty().get());
    }

    /** A is best; excluded ranks last, below not qualified. */
    private static int rank(Tier tier) {
        return tier.ordinal();
    }

    /** A row or column heading of a tier matrix, never cut. */
    static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MATRIX_HEADER);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void show(PreviewResult result) {
        if (result == null) {
            return;
        }
        for (int f = 0; f < TIERS.length; f++) {
            for (int t = 0; t < TIERS.length; t++) {
                int n = result.transitions().count(TIERS[f], TIERS[t]);
                cells[f][t].setText(Formats.count(n));
                cells[f][t].setDisable(n == 0);
            }
        }
    }

    GridPane node() {
        return grid;
    }
}
