package com.leadbench.gui.tuning;

import com.leadbench.scoring.analysis.CapacityReplay;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Replay tab: what the published scorecard and the draft would have sent sales each week
 * (a chart for all queues or one, with its capacity as a line), the week-by-week table, and the
 * weekly capacity of the chosen queue, edited in the draft.
 */
final class ReplayView {

    static final String ALL = "All queues";
    private static final String INTRO = "Replay both scorecards as if each had been live: how many leads sales would have received each"
            + " week, and in which weeks a queue would have received more than it agreed to take (set a queue's weekly capacity below).";

    private ReplayView() {
    }

    /** One week of both replays, as the table shows it. */
    record WeekPair(CapacityReplay.Week published, CapacityReplay.Week draft, java.util.Map<String, Integer> capacity) {
    }

    static Node create(ReplayViewModel model) {
        Button run = new Button("Replay the last " + ReplayViewModel.WEEKS + " weeks");
        run.setId("runReplay");
        run.setOnAction(e -> model.run());
        Label summary = new Label();
        summary.setId("replaySummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.messageProperty().get().isEmpty() ? INTRO : model.messageProperty().get(), model.messageProperty()));

        ComboBox<String> queue = new ComboBox<>();
        queue.setId("replayQueue");
        queue.setMaxWidth(280);
        queue.getItems().setAll(ALL);
        queue.setValue(ALL);
        TextField capacity = new TextField();
        capacity.setId("replayCapacity");
        capacity.setPromptText("leads a week");
        capacity.setPrefColumnCount(8);
        Button set = new Button("Set capacity");
        set.setId("setCapacity");
        Button remove = new Button("Remove");
        remove.setId("removeCapacity");
        Label capacityProblem = new Label();
        capacityProblem.setId("capacityProblem");
        capacityProblem.getStyleClass().add(com.leadbench.gui.Styles.PROBLEMS);
        set.disableProperty().bind(queue.valueProperty().isEqualTo(ALL));
        remove.disableProperty().bind(queue.valueProperty().isEqualTo(ALL));
        capacity.disableProperty().bind(queue.valueProperty().isEqualTo(ALL));
        set.setOnAction(e -> {
            try {
                int n = Integer.parseInt(capacity.getText().strip());
                if (n < 0) {
                    throw new NumberFormatException();
                }
                capacityProblem.setText("");
                // the draft changes: a replay on view follows it
                model.setCapacity(queue.getValue(), n);
            } catch (NumberFormatException notANumber) {
                capacityProblem.setText("A weekly capacity is a whole number of leads, 0 or more.");
            }
        });
        capacity.setOnAction(set.getOnAction());
        remove.setOnAction(e -> {
            model.setCapacity(queue.getValue(), null);
        });
        HBox controls = new HBox(8, run, new Label("Queue"), queue, capacity, set, remove, capacityProblem);
        controls.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.Spinner<Integer> within = new javafx.scene.control.Spinner<>(1, ReplayViewModel.WEEKS, 22);
        within.setId("weeksWithin");
        within.setPrefWidth(80);
        within.setEditable(true);
        Button fit = new Button("Fit to capacity");
        fit.setId("fitCapacity");
        fit.setTooltip(new javafx.scene.control.Tooltip("Raise the draft's thresholds by the fewest points that keep every queue with a"
                + " capacity within it in at least this many weeks: one edit of the draft, which Undo takes back"));
        fit.setOnAction(e -> model.fitToCapacity(within.getValue()));
        HBox fitting = new HBox(8, fit, new Label("every queue within its capacity in at least"), within,
                new Label("of " + ReplayViewModel.WEEKS + " weeks"));
        fitting.setAlignment(Pos.CENTER_LEFT);

        CategoryAxis weeks = new CategoryAxis();
        NumberAxis leads = new NumberAxis();
        leads.setLabel("leads a week");
        LineChart<String, Number> chart = new LineChart<>(weeks, leads);
        chart.setId("replayChart");
        chart.getStyleClass().add("lb-replay-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(260);
        chart.setLegendVisible(true);

        TableView<WeekPair> table = new TableView<>();
        table.setId("replayWeeks");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(AnalysisView.col("Week of", (WeekPair w) -> w.draft().starts().toString(), 95));
        table.getColumns().add(side("Published", WeekPair::published));
        table.getColumns().add(side("Draft", WeekPair::draft));
        table.getColumns().add(AnalysisView.col("Over capacity (draft)", ReplayView::over, 220));
        table.setPlaceholder(new Label("Replay to see the weekly flow each scorecard would have sent to sales."));
        VBox.setVgrow(table, Priority.ALWAYS);

        Runnable redraw = () -> {
            ReplayViewModel.Comparison c = model.replayProperty().get();
            if (c == null) {
                return;
            }
            String chosen = queue.getValue();
            chart.getData().setAll(series("Published", c.published(), chosen), series("Draft", c.draft(), chosen));
            Integer agreed = ALL.equals(chosen) ? null : c.draft().capacity().get(chosen);
            if (agreed != null) {
                XYChart.Series<String, Number> line = new XYChart.Series<>();
                line.setName("Capacity of " + chosen);
                c.draft().weeks().forEach(w -> line.getData().add(new XYChart.Data<>(w.starts().toString().substring(5), agreed)));
                chart.getData().add(line);
            }
            chart.setTitle(ALL.equals(chosen) ? "Leads sent to sales each week" : "Leads sent to " + chosen + " each week");
        };
        model.replayProperty().addListener((obs, old, c) -> {
            if (c == null) {
                return;
            }
            List<WeekPair> rows = new ArrayList<>();
            for (int w = 0; w < c.draft().weeks().size(); w++) {
                rows.add(new WeekPair(c.published().weeks().get(w), c.draft().weeks().get(w), c.draft().capacity()));
            }
            table.getItems().setAll(rows);
            String chosen = queue.getValue();
            List<String> queues = new ArrayList<>(List.of(ALL));
            queues.addAll(model.queues());
            queue.getItems().setAll(queues);
            queue.setValue(queues.contains(chosen) ? chosen : ALL);
            redraw.run();
        });
        queue.valueProperty().addListener((obs, old, chosen) -> {
            ReplayViewModel.Comparison c = model.replayProperty().get();
            Integer agreed = c == null || chosen == null || ALL.equals(chosen) ? null : c.draft().capacity().get(chosen);
            capacity.setText(agreed == null ? "" : Integer.toString(agreed));
            if (chosen != null) {
                redraw.run();
            }
        });

        VBox box = new VBox(10, controls, fitting, summary, chart, table);
        box.setPadding(new Insets(12));
        return box;
    }

    /** One scorecard's columns of a week: MQLs, SQLs and leads sent. */
    private static javafx.scene.control.TableColumn<WeekPair, String> side(String title,
                                                                         java.util.function.Function<WeekPair, CapacityReplay.Week> week) {
        javafx.scene.control.TableColumn<WeekPair, String> group = new javafx.scene.control.TableColumn<>(title);
        group.getColumns().add(AnalysisView.col("MQLs", (WeekPair w) -> Integer.toString(week.apply(w).mqls()), 70));
        group.getColumns().add(AnalysisView.col("SQLs", (WeekPair w) -> Integer.toString(week.apply(w).sqls()), 70));
        group.getColumns().add(AnalysisView.col("Sent", (WeekPair w) -> Integer.toString(week.apply(w).qualified()), 70));
        group.getColumns().add(AnalysisView.col("In time", (WeekPair w) -> week.apply(w).inTime() == null ? "–"
                : Integer.toString(week.apply(w).inTime()), 70));
        return group;
    }

    private static XYChart.Series<String, Number> series(String name, CapacityReplay.Result r, String queue) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (CapacityReplay.Week w : r.weeks()) {
            int n = ALL.equals(queue) ? w.qualified() : w.byQueue().getOrDefault(queue, 0);
            s.getData().add(new XYChart.Data<>(w.starts().toString().substring(5), n));
        }
        return s;
    }

    private static String over(WeekPair w) {
        StringBuilder out = new StringBuilder();
        for (String q : w.draft().overCapacity()) {
            out.append(out.isEmpty() ? "" : "; ").append(q).append(' ').append(w.draft().byQueue().get(q)).append('/').append(w.capacity().get(q));
        }
        return out.toString();
    }
}
