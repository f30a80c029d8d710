package com.leadbench.gui.tuning;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.Tier;
import com.leadbench.scoring.account.AccountTierMoves;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The live account matrix beside the leads' one: how many accounts the draft moves from each published
 * account tier to each draft tier, and the MQAs under each.
 */
final class AccountMatrixView {

    private static final Tier[] TIERS = Tier.values();
    /** Account tiers in few letters, so the matrix fits beside the leads' one. */
    private static final String[] SHORT = {"A", "B", "C", "None", "Excl."};
    private static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    private static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    private static final PseudoClass SAME = PseudoClass.getPseudoClass("same");

    private final Label[][] cells = new Label[TIERS.length][TIERS.length];
    private final Label mqas = new Label();
    private final VBox box;

    AccountMatrixView(TuningViewModel model) {
        GridPane grid = new GridPane();
        grid.setId("accountMatrix");
        grid.setHgap(3);
        grid.setVgap(3);
        for (int t = 0; t < TIERS.length; t++) {
            grid.add(MatrixView.header(SHORT[t]), t + 1, 0);
            grid.add(MatrixView.header(SHORT[t]), 0, t + 1);
        }
        for (int f = 0; f < TIERS.length; f++) {
            for (int t = 0; t < TIERS.length; t++) {
                Label cell = new Label("0");
                cell.setId("account-cell-" + TIERS[f].key() + "-" + TIERS[t].key());
                cell.getStyleClass().add(Styles.MATRIX_CELL);
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(40);
                cell.pseudoClassStateChanged(f == t ? SAME : t < f ? UP : DOWN, true);
                cells[f][t] = cell;
                grid.add(cell, t + 1, f + 1);
            }
        }
        mqas.setId("accountMqas");
        Label title = new Label("Accounts: published ↓ draft →");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        title.setMaxWidth(300);
        box = new VBox(6, title, grid, mqas);
        model.accountMovesProperty().addListener((obs, old, moves) -> show(moves));
        show(model.accountMovesProperty().get());
    }

    private void show(AccountTierMoves moves) {
        if (moves == null) {
            mqas.setText("");
            return;
        }
        for (int f = 0; f < TIERS.length; f++) {
            for (int t = 0; t < TIERS.length; t++) {
                cells[f][t].setText(Formats.count(moves.count(TIERS[f], TIERS[t])));
            }
        }
        mqas.setText("MQAs: " + Formats.count(moves.publishedMqas()) + " published → " + Formats.count(moves.draftMqas()) + " draft\n"
                + Formats.count(moves.moved()) + " of " + Formats.count(moves.accounts()) + " accounts change tier");
    }

    Node node() {
        return box;
    }
}
