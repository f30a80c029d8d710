package com.leadbench.gui.dashboard;

import com.leadbench.gui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One framed panel of the dashboard: its title, a line that says how to read it, its export buttons, and the figures. */
final class FigurePanel {

    private FigurePanel() {
    }

    static VBox create(String id, String title, String explanation, List<? extends Node> actions, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PANEL_TITLE);
        heading.setId(id + "Title");
        Label explain = new Label(explanation);
        explain.getStyleClass().add(Styles.PANEL_EXPLANATION);
        explain.setWrapText(true);
        VBox words = new VBox(2, heading, explain);
        HBox.setHgrow(words, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        List<Node> header = new ArrayList<>();
        header.add(words);
        header.add(spacer);
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
            header.add(action);
        }
        HBox top = new HBox(8, header.toArray(Node[]::new));
        top.setAlignment(Pos.TOP_LEFT);
        VBox panel = new VBox(top);
        panel.getChildren().addAll(body);
        panel.getStyleClass().add(Styles.PANEL);
        panel.setId(id);
        return panel;
    }

    /** A chart with its table to the right: the chart takes the room the table leaves. */
    static HBox beside(Region chart, Region table) {
        HBox row = new HBox(14, chart, table);
        HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setMinWidth(280);
        table.setMinWidth(Region.USE_PREF_SIZE);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** A short line in a panel saying which of its figures are missing, and why. */
    static Label notice(String text) {
        Label note = new Label(text);
        note.getStyleClass().add(Styles.NOTICE);
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        return note;
    }
}
