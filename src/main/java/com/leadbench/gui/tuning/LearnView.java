package com.leadbench.gui.tuning;

import com.leadbench.gui.Styles;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.scoring.analysis.LearnReport;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Learn from outcomes" tab: target tier shares, a seed, the button, and the report of the last learning. */
final class LearnView {

    private LearnView() {
    }

    static Node create(LearnViewModel model) {
        Spinner<Integer> a = share("learnShareA", 10);
        Spinner<Integer> b = share("learnShareB", 20);
        Spinner<Integer> c = share("learnShareC", 30);
        Spinner<Integer> seed = new Spinner<>(1, 1_000_000, 42);
        seed.setId("learnSeed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        Button learn = new Button("_Learn from outcomes");
        learn.setId("learnButton");
        learn.setMnemonicParsing(true);
        learn.setDefaultButton(false);
        learn.disableProperty().bind(model.runningProperty());
        learn.setOnAction(e -> model.learn(a.getValue(), b.getValue(), c.getValue(), seed.getValue()));
        HBox controls = new HBox(8, new Label("Tier A %"), a, new Label("B %"), b, new Label("C %"), c, new Label("Seed"), seed, learn);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("learnMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // wraps to as many lines as it needs instead of an ellipsis

        TableView<LearnReport.LearnedRule> rules = new TableView<>();
        rules.setId("learnedRules");
        rules.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rules.getColumns().add(col("Rule and its evidence", LearnReport.LearnedRule::label, 420));
        rules.getColumns().add(col("Points", LearnView::points, 120));
        rules.setPlaceholder(new Label("Learn to see each rule with the evidence behind its points."));

        TableView<LearnReport.TierCalibration> calibration = new TableView<>();
        calibration.setId("learnCalibration");
        calibration.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        calibration.getColumns().add(col("Tier (held-out leads)", t -> t.tier().label(), 150));
        calibration.getColumns().add(col("Leads", t -> String.format(Locale.US, "%,d", t.leads()), 70));
        calibration.getColumns().add(col("Won", t -> String.format(Locale.US, "%,d", t.wins()), 60));
        calibration.getColumns().add(col("Predicted", t -> AnalysisView.pct(t.predicted()), 80));
        calibration.getColumns().add(col("Observed", t -> AnalysisView.pct(t.observed()), 80));
        calibration.setPlaceholder(new Label("Predicted against observed conversion per tier appears here."));
        calibration.setPrefHeight(150);
        calibration.setMinHeight(120);

        model.reportProperty().addListener((obs, old, r) -> {
            rules.getItems().setAll(r == null ? List.of() : r.rules());
            calibration.getItems().setAll(r == null ? List.of() : r.calibration());
        });

        Label explain = new Label("Every field and activity is looked at: values, number bands, unanswered fields, counts and how recent"
                + " dates are. Those that convert clearly differently, and do not look recorded after the outcome, are weighed together;"
                + " the figures come from leads held out of the fit. The learned scorecard opens as the draft. Method: docs/calibration.md.");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        explain.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, controls, explain, message, rules, calibration);
        VBox.setVgrow(rules, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static Spinner<Integer> share(String id, int value) {
        Spinner<Integer> s = new Spinner<>(1, 98, value);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(70);
        return s;
    }

    private static String points(LearnReport.LearnedRule r) {
        if (r.kind() == Candidate.Kind.PER_UNIT) {
            return java.math.BigDecimal.valueOf(r.points()).stripTrailingZeros().toPlainString() + " per unit, at most "
                    + Points.format(r.cap());
        }
        return Points.signed(r.points());
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
