package com.leadbench.gui.importing;

import com.leadbench.format.ImportMappingJson;
import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportLimits;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportProblem;
import com.leadbench.ingest.ImportReport;
import com.leadbench.ingest.MappedPreview;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The import wizard, on one page: choose a file and a mapping, check the mapped preview, then
 * dry-run or import with a progress bar and cancel. A rejected file shows its report (line,
 * column, value, reason), which can be saved as CSV.
 */
public final class ImportView {

    private ImportView() {
    }

    public static Parent create(ImportViewModel model) {
        Label title = new Label("Import a CSV file");
        title.getStyleClass().add(Styles.TITLE);

        Button choose = new Button("Choose file…");
        choose.setId("chooseFile");
        Label file = new Label("No file chosen");
        file.setId("importFile");
        model.fileProperty().addListener((obs, old, p) -> file.setText(p == null ? "No file chosen" : p.toString()));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a CSV file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text", "*.csv", "*.txt", "*.tsv"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            var picked = chooser.showOpenDialog(choose.getScene().getWindow());
            if (picked != null) {
                model.choose(picked.toPath());
            }
        });

        ComboBox<ImportKind> kind = new ComboBox<>();
        kind.setId("importKind");
        kind.getItems().addAll(ImportKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportKind k) {
                return k == null ? "" : k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT);
            }

            @Override
            public ImportKind fromString(String s) {
                return ImportKind.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        ComboBox<ImportMapping> mapping = new ComboBox<>(model.mappings());
        mapping.setId("importMapping");
        mapping.valueProperty().bindBidirectional(model.mappingProperty());
        mapping.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportMapping m) {
                return m == null ? "" : m.name();
            }

            @Override
            public ImportMapping fromString(String s) {
                return null;
            }
        });
        Button load = new Button("Load mapping…");
        load.setId("loadMapping");
        Button save = new Button("Save mapping…");
        save.setId("saveMapping");
        save.disableProperty().bind(model.mappingProperty().isNull());
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping (JSON)", "*.json"));
            var picked = chooser.showOpenDialog(load.getScene().getWindow());
            if (picked != null) {
                try {
                    model.useMapping(ImportMappingJson.read(picked.toPath()));
                } catch (Exception ex) {
                    model.messageProperty().set("Cannot use " + picked.getName() + ": " + ex.getMessage());
                }
            }
        });
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.mappingProperty().get().name().replaceAll("[^A-Za-z0-9-]+", "-") + ".json");
            var picked = chooser.showSaveDialog(save.getScene().getWindow());
            if (picked != null) {
                try {
                    ImportMappingJson.write(model.mappingProperty().get(), picked.toPath());
                    model.messageProperty().set("Mapping saved to " + picked);
                } catch (IOException ex) {
                    model.messageProperty().set("Cannot save the mapping: " + ex.getMessage());
                }
            }
        });
        HBox fileRow = new HBox(8, choose, file);
        HBox mappingRow = new HBox(8, new Label("Kind"), kind, new Label("Mapping"), mapping, load, save);
        mappingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        fileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<List<String>> preview = new TableView<>();
        preview.setId("importPreview");
        preview.setPlaceholder(new Label("The first rows appear here with the mapping applied."));
        preview.setPrefHeight(230);
        model.previewProperty().addListener((obs, old, p) -> showPreview(preview, p));

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button dryRun = new Button("Check (dry run)");
        dryRun.setId("dryRunButton");
        Button run = new Button("Import");
        run.setId("importButton");
        run.getStyleClass().add("default-button");
        Button cancel = new Button("Cancel import");
        cancel.setId("cancelImport");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        dryRun.disableProperty().bind(model.runningProperty().or(model.sourceProperty().isNull()).or(model.mappingProperty().isNull()));
        run.disableProperty().bind(dryRun.disableProperty());
        dryRun.setOnAction(e -> model.run(true));
        run.setOnAction(e -> model.run(false));
        HBox actions = new HBox(8, dryRun, run, progress, cancel);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<ImportProblem> report = new TableView<>(model.report());
        report.setId("importReport");
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        report.getColumns().add(column("Line", p -> Long.toString(p.line()), 60));
        report.getColumns().add(column("Column", ImportProblem::column, 140));
        report.getColumns().add(column("Value", ImportProblem::value, 160));
        report.getColumns().add(column("Reason", ImportProblem::reason, 320));
        report.setPlaceholder(new Label("Problems, if any, are listed here: line, column, value and reason."));
        Button saveReport = new Button("Save report as CSV…");
        saveReport.setId("saveReport");
        saveReport.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.report()));
        saveReport.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("import-report.csv");
            var picked = chooser.showSaveDialog(saveReport.getScene().getWindow());
            if (picked != null) {
                try {
                    ImportReport.write(picked.toPath(), List.copyOf(model.report()));
                    model.messageProperty().set("Report saved to " + picked);
                } catch (IOException ex) {
                    model.messageProperty().set("Cannot save the report: " + ex.getMessage());
                }
            }
        });

        VBox root = new VBox(10, title, fileRow, mappingRow, preview, message, actions, report, saveReport);
        VBox.setVgrow(report, Priority.ALWAYS);
        root.setPadding(new Insets(14));
        root.setId("importView");
        return root;
    }

    private static void showPreview(TableView<List<String>> table, MappedPreview p) {
        table.getColumns().clear();
        table.getItems().clear();
        if (p == null) {
            return;
        }
        for (int i = 0; i < p.targetFields().size(); i++) {
            int c = i;
            TableColumn<List<String>, String> column = new TableColumn<>(Formats.cut(p.targetFields().get(i), ImportLimits.QUOTED_CHARS));
            column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(c < cd.getValue().size() ? Formats.cut(cd.getValue().get(c)) : ""));
            column.setPrefWidth(120);
            table.getColumns().add(column);
        }
        table.getItems().setAll(p.rows());
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
