package com.leadbench.gui.importing;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportLimits;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportWarning;
import com.leadbench.importing.MappedPreview;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The import wizard, on one page: choose a file (its facts stay shown), check where each column goes
 * in the mapping table and change any line, choose the day order when dates are ambiguous, read the
 * warnings and the mapped preview, then dry-run or import with a progress bar and cancel. A rejected
 * file shows its report (line, column, value, reason), which can be saved as CSV.
 *
 * <p>Keyboard: Ctrl+O chooses a file; in the table, Enter or F2 moves to the "Goes to" editor under it;
 * Ctrl+Z undoes the last mapping change; Enter runs the dry run (the default button: a stray Enter never
 * imports); Escape closes, or while an import runs cancels it. Alt plus the underlined letter reaches
 * every button.
 */
public final class ImportView {

    static final KeyCombination CHOOSE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final String FACTS = "lb-import-facts";
    static final String DAY_ORDER = "lb-day-order";

    private ImportView() {
    }

    /** The wizard without a way to close it (a test or an embedding supplies one). */
    public static Parent create(ImportViewModel model) {
        return create(model, () -> { });
    }

    /** @param close closes the wizard's window; called by Close and Escape when no import runs */
    public static Parent create(ImportViewModel model, Runnable close) {
        Label title = new Label("Import a CSV file or an Excel workbook");
        title.getStyleClass().add(Styles.TITLE);

        Button choose = new Button("_Choose file…");
        choose.setId("chooseFile");
        choose.setMnemonicParsing(true);
        Label file = new Label("No file chosen  (Ctrl+O)");
        file.setId("importFile");
        file.getStyleClass().add(Styles.MUTED);
        model.fileProperty().addListener((obs, old, p) -> file.setText(p == null ? "No file chosen" : p.toString()));
        Runnable pick = () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a file to import");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV, text and Excel", "*.csv", "*.txt", "*.tsv", "*.xlsx"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            var picked = chooser.showOpenDialog(choose.getScene().getWindow());
            if (picked != null) {
                model.choose(picked.toPath());
            }
        };
        choose.setOnAction(e -> pick.run());
        choose.disableProperty().bind(model.runningProperty());
        HBox fileRow = new HBox(8, choose, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label facts = new Label();
        facts.setId("importFacts");
        facts.getStyleClass().addAll(Styles.FACT_VALUE, FACTS);
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        facts.textProperty().bind(model.factsTextProperty());

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
        Label kindLabel = new Label("_Kind");
        kindLabel.setLabelFor(kind);
        kindLabel.setMnemonicParsing(true);
        ComboBox<ImportMapping> preset = new ComboBox<>(model.presets());
        preset.setId("importMapping");
        preset.setPromptText("Best fit");
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportMapping m) {
                return m == null ? "" : m.name();
            }

            @Override
            public ImportMapping fromString(String s) {
                return null;
            }
        });
        Label presetLabel = new Label("_Start from");
        presetLabel.setLabelFor(preset);
        presetLabel.setMnemonicParsing(true);
        Button load = new Button("_Load mapping…");
        load.setId("loadMapping");
        Button save = new Button("Sa_ve mapping…");
        save.setId("saveMapping");
        save.disableProperty().bind(model.mappingProperty().isNull());
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping (JSON)", "*.json"));
            var picked = chooser.showOpenDialog(load.getScene().getWindow());
            if (picked != null) {
                model.loadMapping(picked.toPath());
            }
        });
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Mapping (JSON)", "*.json"));
            chooser.setInitialFileName(model.mappingProperty().get().name().replaceAll("[^A-Za-z0-9-]+", "-") + ".json");
            var picked = chooser.showSaveDialog(save.getScene().getWindow());
            if (picked != null) {
                model.saveMapping(picked.toPath());
            }
        });
        Button undo = new Button("_Undo");
        undo.setId("undoMapping");
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.runningProperty()));
        undo.setOnAction(e -> model.undo());
        Label origin = new Label();
        origin.setId("mappingOrigin");
        origin.getStyleClass().add(Styles.MUTED);
        origin.textProperty().bind(Bindings.when(model.originProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Mapping: ", model.originProperty())));
        HBox mappingRow = new HBox(8, kindLabel, kind, presetLabel, preset, load, save, undo);
        mappingRow.setAlignment(Pos.CENTER_LEFT);

        TableView<MappingRow> table = MappingTable.create(model);
        table.setPrefHeight(360);
        table.disableProperty().bind(model.runningProperty());

        // the keyboard's way to change a line: the selected row's target, under the table
        Label editing = new Label("Select a column above");
        editing.setId("selectedColumn");
        editing.getStyleClass().add(Styles.MUTED);
        ComboBox<MappingTarget> selected = new ComboBox<>(model.targets());
        selected.setId("selectedTarget");
        selected.setConverter(MappingTable.labels());
        selected.setCellFactory(l -> MappingTable.choiceCell());
        selected.setVisibleRowCount(14);
        selected.setPrefWidth(220);
        selected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.runningProperty()));
        boolean[] syncing = {false};
        Runnable sync = () -> {
            MappingRow row = table.getSelectionModel().getSelectedItem();
            syncing[0] = true;
            try {
                selected.setValue(row == null ? null : row.targetProperty().get());
                editing.setText(row == null ? "Select a column above" : "\"" + Formats.cut(row.column(), 40) + "\" goes to");
            } finally {
                syncing[0] = false;
            }
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> sync.run());
        model.guessProperty().addListener((obs, old, g) -> sync.run());
        selected.setOnAction(e -> {
            MappingRow row = table.getSelectionModel().getSelectedItem();
            if (!syncing[0] && row != null && selected.getValue() != null) {
                model.retarget(row, selected.getValue());
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && table.getSelectionModel().getSelectedItem() != null) {
                selected.requestFocus();
                selected.show();
                e.consume();
            }
        });
        model.rows().addListener((ListChangeListener<MappingRow>) c -> {
            if (!model.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        Label keys = new Label("Amber rows: the matcher is guessing  ·  Enter or F2: change the selected line  ·  Ctrl+Z: undo");
        keys.getStyleClass().add(Styles.MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox editRow = new HBox(8, editing, selected, grow, keys);
        editRow.setAlignment(Pos.CENTER_LEFT);

        // asked only when a date column can be read day first or month first and no value decides
        Label dayOrderText = new Label();
        dayOrderText.setId("dayOrderText");
        dayOrderText.setWrapText(true);
        model.ambiguousDates().addListener((ListChangeListener<DateColumn.AmbiguousDayOrder>) c -> dayOrderText.setText(ImportTexts.dayOrderQuestion(model.ambiguousDates())));
        ChoiceBox<DayOrder> dayOrder = new ChoiceBox<>();
        dayOrder.setId("dayOrder");
        dayOrder.getItems().addAll(DayOrder.US, DayOrder.EUROPEAN);
        dayOrder.valueProperty().bindBidirectional(model.dayOrderProperty());
        dayOrder.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOrder d) {
                return d == null ? "" : d == DayOrder.US ? "Month first (US: 3/5 is 5 March)" : "Day first (3/5 is 3 May)";
            }

            @Override
            public DayOrder fromString(String s) {
                return null;
            }
        });
        Label dayOrderLabel = new Label("_Day order");
        dayOrderLabel.setMnemonicParsing(true);
        dayOrderLabel.setLabelFor(dayOrder);
        HBox.setHgrow(dayOrderText, Priority.ALWAYS);
        HBox dayOrderBox = new HBox(8, dayOrderLabel, dayOrder, dayOrderText);
        dayOrderBox.setId("dayOrderBox");
        dayOrderBox.getStyleClass().add(DAY_ORDER);
        dayOrderBox.setAlignment(Pos.CENTER_LEFT);
        dayOrderBox.visibleProperty().bind(model.dayOrderNeededProperty());
        dayOrderBox.managedProperty().bind(dayOrderBox.visibleProperty());

        TableView<List<String>> preview = new TableView<>();
        preview.setId("importPreview");
        preview.setPlaceholder(new Label("The first rows appear here with the mapping applied."));
        model.previewProperty().addListener((obs, old, p) -> showPreview(preview, p));

        ListView<ImportWarning> warnings = new ListView<>(model.warnings());
        warnings.setId("importWarnings");
        warnings.setPlaceholder(new Label("Reading the file needed no changes."));

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
        saveReport.disableProperty().bind(Bindings.isEmpty(model.report()));
        saveReport.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("import-report.csv");
            var picked = chooser.showSaveDialog(saveReport.getScene().getWindow());
            if (picked != null) {
                model.saveReport(picked.toPath());
            }
        });
        VBox reportBox = new VBox(6, report, saveReport);
        VBox.setVgrow(report, Priority.ALWAYS);

        Tab previewTab = new Tab("Preview", preview);
        previewTab.setId("previewTab");
        Tab warningsTab = new Tab();
        warningsTab.setId("warningsTab");
        warningsTab.textProperty().bind(Bindings.concat("Warnings (", Bindings.size(model.warnings()), ")"));
        warningsTab.setContent(warnings);
        Tab problemsTab = new Tab();
        problemsTab.setId("problemsTab");
        problemsTab.textProperty().bind(Bindings.concat("Problems (", Bindings.size(model.report()), ")"));
        problemsTab.setContent(reportBox);
        TabPane below = new TabPane(previewTab, warningsTab, problemsTab);
        below.setId("importDetails");
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        below.setPrefHeight(160);
        below.setMinHeight(140);
        // what needs reading comes forward: the warnings of a file just opened, the problems of a rejection
        model.warnings().addListener((ListChangeListener<ImportWarning>) c -> {
            if (!model.warnings().isEmpty()) {
                below.getSelectionModel().select(warningsTab);
            }
        });
        model.report().addListener((ListChangeListener<ImportProblem>) c -> {
            if (!model.report().isEmpty()) {
                below.getSelectionModel().select(problemsTab);
            }
        });

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("importProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button dryRun = new Button("C_heck (dry run)");
        dryRun.setId("dryRunButton");
        // Enter checks: harmless, and a stray Enter in the table never imports
        dryRun.setDefaultButton(true);
        Button run = new Button("_Import");
        run.setId("importButton");
        Button cancel = new Button("C_ancel import");
        cancel.setId("cancelImport");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        dryRun.disableProperty().bind(model.readyProperty().not());
        run.disableProperty().bind(dryRun.disableProperty());
        dryRun.setOnAction(e -> model.run(true));
        run.setOnAction(e -> model.run(false));
        Button closeButton = new Button("Close");
        closeButton.setId("closeImport");
        closeButton.disableProperty().bind(model.runningProperty());
        closeButton.setOnAction(e -> {
            if (model.requestClose()) {
                close.run();
            }
        });
        HBox actions = new HBox(8, dryRun, run, progress, cancel, closeButton);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(8, title, fileRow, facts, mappingRow, origin, table, editRow, dayOrderBox, below, message, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(14));
        root.setId("importView");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                if (model.requestClose()) {
                    close.run();
                }
            } else if (CHOOSE.match(e) && !model.runningProperty().get()) {
                e.consume();
                pick.run();
            } else if (UNDO.match(e) && !model.runningProperty().get()) {
                e.consume();
                model.undo();
            }
        });
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
