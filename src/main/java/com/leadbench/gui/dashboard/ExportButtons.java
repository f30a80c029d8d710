package com.leadbench.gui.dashboard;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The "Export PNG…" and "Export CSV…" buttons of the panels. What is shown is captured on the FX
 * thread when the button is pressed (the chart's pixels, the table's cells); encoding and writing
 * the file run through the view model's executor.
 */
final class ExportButtons {

    private final DashboardViewModel model;
    private final Function<String, Path> chooseFile;

    /** {@code chooseFile}: a suggested file name to the chosen path, null when the user cancels. */
    ExportButtons(DashboardViewModel model, Function<String, Path> chooseFile) {
        this.model = model;
        this.chooseFile = chooseFile;
    }

    Button png(String id, String name, Node chart) {
        Button button = new Button("Export PNG…");
        button.setId(id);
        button.setTooltip(new Tooltip("Save this chart as a PNG image"));
        button.setOnAction(e -> {
            Path target = chooseFile.apply(name + ".png");
            if (target != null) {
                NodePng.Pixels pixels = NodePng.snapshot(chart);
                model.save(target, () -> NodePng.encode(pixels));
            }
        });
        return button;
    }

    Button csv(String id, String name, TableView<?> table) {
        Button button = new Button("Export CSV…");
        button.setId(id);
        button.setTooltip(new Tooltip("Save this table as a CSV file for a spreadsheet"));
        button.setOnAction(e -> {
            Path target = chooseFile.apply(name + ".csv");
            if (target != null) {
                TableCsv.Cells cells = TableCsv.of(table);
                model.save(target, () -> TableCsv.bytes(cells));
            }
        });
        return button;
    }
}
