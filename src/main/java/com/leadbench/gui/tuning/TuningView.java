package com.leadbench.gui.tuning;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tuning studio: the draft's controls on the left; on the right the live preview (tier counts
 * published vs draft, the transition matrix, the contacts of a cell with both breakdowns side by
 * side) and the versions. Undo and redo name the edit; publish asks for a note.
 */
public final class TuningView {

    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private TuningView() {
    }

    public static Node create(TuningViewModel model) {
        return create(model, null);
    }

    /** With {@code analysis}, the studio also shows backtest, suggested weights and candidate rules. */
    public static Node create(TuningViewModel model, AnalysisViewModel analysis) {
        return create(model, analysis, null);
    }

    /** With {@code learner} as well, a "Learn from outcomes" tab that opens a learned scorecard as the draft. */
    public static Node create(TuningViewModel model, AnalysisViewModel analysis, LearnViewModel learner) {
        Button undo = new Button();
        undo.setId("undoButton");
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button redo = new Button();
        redo.setId("redoButton");
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        Button discard = new Button("Back to published");
        discard.setId("discardButton");
        discard.setOnAction(e -> model.edit("Back to published version " + model.publishedVersion(), c -> model.published()));
        Button publish = new Button("Publish…");
        publish.setId("publishButton");
        publish.getStyleClass().add("default-button");
        publish.disableProperty().bind(model.publishableProperty().not().or(model.busyProperty()));
        publish.setOnAction(e -> askAndPublish(model));
        Label problems = new Label();
        problems.setId("problemsLabel");
        problems.getStyleClass().add(Styles.PROBLEMS);
        problems.setWrapText(true);
        model.problems().addListener((ListChangeListener<Object>) c -> showProblems(model, problems));
        showProblems(model, problems);
        Label title = new Label("Tuning");
        title.getStyleClass().add(Styles.TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(10, title, undo, redo, discard, spacer, problems, publish);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        DraftEditor editor = new DraftEditor(model);
        TabPane right = new TabPane(new Tab("Live preview", preview(model)), new Tab("Versions", versions(model)));
        right.setId("tuningTabs");
        if (analysis != null) {
            Tab backtest = new Tab("Backtest", AnalysisView.backtest(analysis));
            backtest.setId("backtestTab");
            Tab suggest = new Tab("Suggest weights", AnalysisView.suggest(analysis));
            suggest.setId("suggestTab");
            Tab candidates = new Tab("Candidate rules", AnalysisView.candidates(analysis));
            candidates.setId("candidatesTab");
            ReplayViewModel replay = analysis.replay();
            Tab replayTab = new Tab("Replay", ReplayView.create(replay));
            replayTab.setId("replayTab");
            // opened the first time, it replays at once
            replayTab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && replay.replayProperty().get() == null) {
                    replay.run();
                }
            });
            right.getTabs().addAll(backtest, replayTab, suggest, candidates);
            // a backtest or a replay on view follows the draft
            model.draftProperty().addListener((obs, old, d) -> {
                if (backtest.isSelected() && analysis.backtestProperty().get() != null) {
                    analysis.runBacktest();
                }
                if (replayTab.isSelected() && replay.replayProperty().get() != null) {
                    replay.run();
                }
            });
        }
        if (learner != null) {
            Tab learn = new Tab("Learn from outcomes", LearnView.create(learner));
            learn.setId("learnTab");
            right.getTabs().add(learn);
        }
        right.getTabs().forEach(t -> t.setClosable(false));
        SplitPane split = new SplitPane(editor.node(), right);
        split.setDividerPositions(0.38);

        Label status = new Label();
        status.setId("tuningStatus");
        status.textProperty().bind(model.statusProperty());
        Label latency = new Label();
        latency.setId("latencyLabel");
        latency.textProperty().bind(model.latencyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(12, status, gap, latency);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        root.setBottom(statusBar);
        root.setId("tuningView");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), () -> {
                    if (root.isVisible()) {
                        model.undo();
                    }
                });
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
                    if (root.isVisible()) {
                        model.redo();
                    }
                });
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> {
                    if (root.isVisible()) {
                        model.redo();
                    }
                });
            }
        });
        return root;
    }

    private static void showProblems(TuningViewModel model, Label label) {
        int n = model.problems().size();
        label.setText(n == 0 ? "" : n + (n == 1 ? " problem: " : " problems: ") + model.problems().getFirst().message()
                + (n > 1 ? " (and " + (n - 1) + " more; see the marked fields)" : ""));
        label.setTooltip(n == 0 ? null : new Tooltip(String.join("\n", model.problems().stream().map(Object::toString).toList())));
    }

    private static void askAndPublish(TuningViewModel model) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Publish scorecard");
        dialog.setHeaderText("Publish the draft as version " + (model.versions().size() + 1)
                + ". Every lead whose stage changes gets a recorded transition.\nWhat changed, and why (agreed with sales)?");
        dialog.getEditor().setId("publishNote");
        dialog.showAndWait().ifPresent(model::publish);
    }

    // ------------------------------------------------------------------ live preview

    private static Node preview(TuningViewModel model) {
        Label moved = kpi("movedKpi");
        Label mqls = kpi("newMqlsKpi");
        Label sqls = kpi("newSqlsKpi");
        Label dropped = kpi("droppedKpi");
        HBox kpis = new HBox(24, kpiBox("Leads changing tier", moved), kpiBox("New MQLs", mqls), kpiBox("New SQLs", sqls),
                kpiBox("Drop below MQL", dropped));

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("tierChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(210);
        chart.setMinHeight(180);
        chart.setBarGap(2);
        chart.setCategoryGap(18);
        XYChart.Series<String, Number> published = new XYChart.Series<>();
        published.setName("Published v" + model.publishedVersion());
        XYChart.Series<String, Number> draft = new XYChart.Series<>();
        draft.setName("Draft");
        Map<Tier, XYChart.Data<String, Number>> publishedBars = new LinkedHashMap<>();
        Map<Tier, XYChart.Data<String, Number>> draftBars = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            XYChart.Data<String, Number> p = new XYChart.Data<>(t.label(), 0);
            XYChart.Data<String, Number> d = new XYChart.Data<>(t.label(), 0);
            publishedBars.put(t, p);
            draftBars.put(t, d);
            published.getData().add(p);
            draft.getData().add(d);
        }
        chart.getData().add(published);
        chart.getData().add(draft);

        MatrixView matrix = new MatrixView(model);
        Label matrixTitle = new Label("Where leads move (rows published, columns draft): click a cell to list its leads");
        matrixTitle.getStyleClass().add(Styles.SECTION_TITLE);

        Runnable show = () -> {
            PreviewResult r = model.previewProperty().get();
            if (r == null) {
                return;
            }
            published.setName("Published v" + model.publishedVersion());
            for (Tier t : Tier.values()) {
                publishedBars.get(t).setYValue(r.publishedCount(t));
                draftBars.get(t).setYValue(r.draftCount(t));
            }
            moved.setText(Formats.count(r.transitions().moved()));
            mqls.setText(Formats.count(r.transitions().newMqls()));
            sqls.setText(Formats.count(r.transitions().newSqls()));
            dropped.setText(Formats.count(r.transitions().droppedOut()));
        };
        model.previewProperty().addListener((obs, old, r) -> show.run());
        show.run();

        TableView<CellRow> contacts = cellTable(model);
        Label cellTitle = new Label("Select a matrix cell");
        cellTitle.setId("cellTitle");
        cellTitle.getStyleClass().add(Styles.SECTION_TITLE);
        model.selectedCellProperty().addListener((obs, old, cell) -> cellTitle.setText(cell == null ? "Select a matrix cell"
                : cell.published().label() + " → " + cell.draft().label() + ": " + Formats.count(model.cellContacts().size()) + " leads"));
        model.cellContacts().addListener((ListChangeListener<CellRow>) c -> {
            var cell = model.selectedCellProperty().get();
            if (cell != null) {
                cellTitle.setText(cell.published().label() + " → " + cell.draft().label() + ": "
                        + Formats.count(model.cellContacts().size()) + " leads");
            }
        });
        TableView<CompareRow> comparison = comparisonTable(model);
        Label compareTitle = new Label();
        compareTitle.setId("comparisonTitle");
        compareTitle.getStyleClass().add(Styles.SECTION_TITLE);
        compareTitle.setWrapText(true);
        compareTitle.textProperty().bind(Bindings.when(model.comparisonTitleProperty().isEmpty())
                .then("Select a lead to see its breakdown under both scorecards").otherwise(model.comparisonTitleProperty()));

        // the account matrix beside the chart, the leads' matrix under both: each fits without squeezing the other
        javafx.scene.layout.HBox chartAndAccounts = new javafx.scene.layout.HBox(16, chart, new AccountMatrixView(model).node());
        javafx.scene.layout.HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setMinWidth(0);
        chartAndAccounts.setMinWidth(0);
        VBox top = new VBox(10, kpis, chartAndAccounts, matrixTitle, matrix.node());
        top.setMinWidth(0);
        top.setPadding(new Insets(10));
        SplitPane bottom = new SplitPane(new VBox(6, cellTitle, contacts), new VBox(6, compareTitle, comparison));
        bottom.setDividerPositions(0.45);
        VBox.setVgrow(contacts, Priority.ALWAYS);
        VBox.setVgrow(comparison, Priority.ALWAYS);
        SplitPane all = new SplitPane(top, bottom);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.58);
        return all;
    }

    private static TableView<CellRow> cellTable(TuningViewModel model) {
        TableView<CellRow> table = new TableView<>(model.cellContacts());
        table.setId("cellContacts");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Lead", CellRow::name, 130));
        table.getColumns().add(column("Company", CellRow::company, 120));
        table.getColumns().add(column("Published", r -> Points.format(r.publishedTotal()) + " " + stage(r.publishedStage()), 95));
        table.getColumns().add(column("Draft", r -> Points.format(r.draftTotal()) + " " + stage(r.draftStage()), 80));
        table.setPlaceholder(new Label("No leads in this cell."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.compare(row));
        return table;
    }

    private static String stage(LifecycleStage s) {
        return "(" + s.label() + ")";
    }

    private static TableView<CompareRow> comparisonTable(TuningViewModel model) {
        TableView<CompareRow> table = new TableView<>(model.comparison());
        table.setId("comparison");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Rule", CompareRow::rule, 150));
        table.getColumns().add(column("Published", r -> r.publishedPoints() == null ? "—" : Points.signed(r.publishedPoints()), 80));
        table.getColumns().add(column("Draft", r -> r.draftPoints() == null ? "—" : Points.signed(r.draftPoints()), 60));
        table.getColumns().add(column("Evidence", CompareRow::evidence, 200));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompareRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(CHANGED, !empty && item != null && item.changed());
            }
        });
        table.setPlaceholder(new Label("No lead selected."));
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(Formats.cut(value.apply(cd.getValue()))));
        return c;
    }

    private static Label kpi(String id) {
        Label l = new Label("0");
        l.setId(id);
        l.getStyleClass().add(Styles.KPI_VALUE);
        return l;
    }

    private static VBox kpiBox(String caption, Label value) {
        Label c = new Label(caption);
        c.getStyleClass().add(Styles.KPI_LABEL);
        return new VBox(2, value, c);
    }

    // ------------------------------------------------------------------ versions

    private static Node versions(TuningViewModel tuning) {
        VersionsViewModel model = tuning.versionHistory();
        ListView<ScorecardVersion> list = new ListView<>(model.versions());
        list.setId("versionList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ScorecardVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "v" + v.version() + "  " + Formats.dateTime(v.publishedAt()) + "  "
                        + (v.note() == null ? "" : v.note()));
            }
        });
        list.setPrefHeight(160);
        TableView<String[]> diff = new TableView<>(model.diffRows());
        diff.setId("versionDiff");
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] titles = {"Rule or threshold", "Older", "Newer"};
        for (int i = 0; i < titles.length; i++) {
            int col = i;
            TableColumn<String[], String> c = new TableColumn<>(titles[i]);
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()[col]));
            c.setPrefWidth(i == 0 ? 260 : 110);
            diff.getColumns().add(c);
        }
        diff.getColumns().get(1).textProperty().bind(model.olderTitleProperty());
        diff.getColumns().get(2).textProperty().bind(model.newerTitleProperty());
        diff.setPlaceholder(new Label("Select two versions to compare them rule by rule."));
        Label hint = new Label("Select two versions (Ctrl+click) to compare; select one and load it as the draft to revert (preview first, then publish).");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        model.problemProperty().addListener((obs, old, problem) -> hint.setText(problem));
        Button load = new Button("Load selected version as draft");
        load.setId("loadVersionButton");
        load.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        load.setOnAction(e -> model.loadAsDraft(list.getSelectionModel().getSelectedItem()));
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ScorecardVersion>) c ->
                model.compare(List.copyOf(list.getSelectionModel().getSelectedItems())));
        VBox box = new VBox(8, hint, list, load, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }
}
