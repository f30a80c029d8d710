package com.leadbench.gui.tuning;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.analysis.BacktestReport;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.scoring.analysis.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The outcome-driven tabs of the tuning studio: backtest, suggested weights, candidate rules. */
final class AnalysisView {

    private AnalysisView() {
    }

    // ------------------------------------------------------------------ backtest

    /** One tier's figures under the published and the draft scorecard. */
    record TierPair(Tier tier, BacktestReport.TierRow published, BacktestReport.TierRow draft) {
    }

    static Node backtest(AnalysisViewModel model) {
        Button run = new Button("Run backtest on published and draft");
        run.setId("runBacktest");
        run.setOnAction(e -> model.runBacktest());
        Label summary = new Label("Backtest both scorecards against what sales reported: each lead is scored as it looked"
                + " before its outcome (at its MQL date, else just before sales first engaged), so no later activity leaks in.");
        summary.setId("backtestSummary");
        summary.setWrapText(true);
        TableView<TierPair> tiers = new TableView<>();
        tiers.setId("backtestTiers");
        tiers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tiers.getColumns().add(col("Tier", p -> p.tier().label(), 100));
        tiers.getColumns().add(group("Published", TierPair::published));
        tiers.getColumns().add(group("Draft", TierPair::draft));
        tiers.setPrefHeight(190);
        tiers.setPlaceholder(new Label("Run the backtest to see how each tier converted."));
        TableView<String[]> rules = new TableView<>();
        rules.setId("backtestRules");
        rules.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        String[] titles = {"Rule (draft)", "Fires", "Won with", "Won without"};
        for (int i = 0; i < titles.length; i++) {
            int c = i;
            rules.getColumns().add(col(titles[i], (String[] r) -> r[c], i == 0 ? 220 : 80));
        }
        rules.setPlaceholder(new Label("Per rule: how often it fires, and the win rate of leads with and without it."));
        Label accounts = new Label();
        accounts.setId("backtestAccounts");
        accounts.setWrapText(true);
        model.backtestProperty().addListener((obs, old, result) -> {
            if (result == null) {
                return;
            }
            List<TierPair> rows = new ArrayList<>();
            for (Tier t : Tier.values()) {
                rows.add(new TierPair(t, row(result.published(), t), row(result.draft(), t)));
            }
            tiers.getItems().setAll(rows);
            BacktestReport p = result.published();
            BacktestReport d = result.draft();
            summary.setText(String.format(Locale.US, "%,d leads, %,d won.  AUC %.3f → %.3f · precision of MQL-or-better %s → %s · "
                            + "recall %s → %s · top-tier lift %s → %s", p.leads(), p.wins(), p.auc(), d.auc(), pct(p.precision()),
                    pct(d.precision()), pct(p.recall()), pct(d.recall()), lift(p.topLift()), lift(d.topLift())));
            var pa = result.publishedAccounts();
            var da = result.draftAccounts();
            accounts.setText(pa.won() == 0 ? "Accounts: no account has a won deal yet."
                    : pa.won() == pa.accounts() ? "Accounts: every account was won (they came with the deals): nothing to rank them against."
                    : String.format(Locale.US, "Accounts (%,d, %,d won; each scored just before sales first followed anyone there up): AUC of the "
                            + "account score %.3f → %.3f, of its best single contact's %.3f → %.3f · won rate of MQAs %s → %s",
                    pa.accounts(), pa.won(), pa.accountAuc(), da.accountAuc(), pa.bestContactAuc(), da.bestContactAuc(),
                    pct(pa.mqaWonRate()), pct(da.mqaWonRate())));
            rules.getItems().setAll(d.rules().stream().map(r -> new String[] {r.label(),
                    Formats.count(r.fired()) + " (" + pct(r.fireRate()) + ")", pct(r.winRateWith()), pct(r.winRateWithout())}).toList());
        });
        Label message = message(model);
        VBox box = new VBox(8, new HBox(10, run, message), summary, accounts, tiers, rules);
        VBox.setVgrow(rules, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static BacktestReport.TierRow row(BacktestReport report, Tier tier) {
        return report.tiers().stream().filter(r -> r.tier() == tier).findFirst().orElse(null);
    }

    private static TableColumn<TierPair, String> group(String title, Function<TierPair, BacktestReport.TierRow> side) {
        TableColumn<TierPair, String> group = new TableColumn<>(title);
        group.getColumns().add(col("Leads", p -> side.apply(p) == null ? "" : Formats.count(side.apply(p).count()), 60));
        group.getColumns().add(col("Share", p -> side.apply(p) == null ? "" : pct(side.apply(p).share()), 55));
        group.getColumns().add(col("Won", p -> side.apply(p) == null ? "" : pct(side.apply(p).wonRate()), 55));
        group.getColumns().add(col("Accepted", p -> side.apply(p) == null ? "" : pct(side.apply(p).acceptedRate()), 65));
        group.getColumns().add(col("Of all wins", p -> side.apply(p) == null ? "" : pct(side.apply(p).shareOfWins()), 75));
        return group;
    }

    // ------------------------------------------------------------------ suggested weights

    static Node suggest(AnalysisViewModel model) {
        Spinner<Integer> seed = new Spinner<>(1, 1_000_000, 42);
        seed.setId("seed");
        seed.setEditable(true);
        seed.setPrefWidth(100);
        Button run = new Button("Suggest weights");
        run.setId("suggestWeights");
        run.setOnAction(e -> model.suggestWeights(seed.getValue()));
        Button all = new Button("Accept all");
        all.setId("acceptAll");
        all.disableProperty().bind(model.suggestionProperty().isNull());
        all.setOnAction(e -> model.acceptAll());
        Label explain = new Label("A regularised logistic regression on the draft's rules, fitted on a seeded 70% of the leads with"
                + " outcomes and judged on the other 30%, rescaled to whole points. The result is an ordinary scorecard:"
                + " accept a rule's points one by one, or all at once (undoable). Method: docs/calibration.md.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.MUTED);
        TableView<Suggestion.RuleSuggestion> table = new TableView<>();
        table.setId("suggestions");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Rule", Suggestion.RuleSuggestion::label, 220));
        table.getColumns().add(col("Current", r -> Points.format(r.currentPoints()), 70));
        table.getColumns().add(col("Suggested", r -> Points.format(r.suggestedPoints()), 80));
        table.getColumns().add(col("Coefficient", r -> String.format(Locale.US, "%.3f", r.coefficient()), 80));
        TableColumn<Suggestion.RuleSuggestion, Suggestion.RuleSuggestion> accept = new TableColumn<>("");
        accept.setPrefWidth(80);
        accept.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        accept.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Accept");

            @Override
            protected void updateItem(Suggestion.RuleSuggestion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    button.setOnAction(e -> model.accept(item));
                    button.setDisable(item.currentPoints() == item.suggestedPoints());
                    setGraphic(button);
                }
            }
        });
        table.getColumns().add(accept);
        table.setPlaceholder(new Label("Suggest weights to see what the outcomes say each rule is worth."));
        model.suggestionProperty().addListener((obs, old, s) -> table.getItems().setAll(s == null ? List.of() : s.rules()));
        Label message = message(model);
        VBox box = new VBox(8, new HBox(10, new Label("Seed"), seed, run, all), explain, message, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    // ------------------------------------------------------------------ candidate rules

    static Node candidates(AnalysisViewModel model) {
        Spinner<Integer> support = new Spinner<>(5, 100_000, 30, 5);
        support.setId("minSupport");
        support.setEditable(true);
        support.setPrefWidth(100);
        Label atLeast = new Label("At _least");
        atLeast.setMnemonicParsing(true);
        atLeast.setLabelFor(support);
        Button run = new Button("_Find candidate rules");
        run.setMnemonicParsing(true);
        run.setId("findCandidates");
        run.setOnAction(e -> model.findCandidates(support.getValue()));
        Label explain = new Label("Every field value, band of a number, unanswered field, count (points per unit), date recency and"
                + " activity kind with enough leads, with its win rate, its lift over the base rate and a 95% Wilson interval (wide"
                + " intervals mean: too few leads to trust). Flagged rows look recorded after the outcome (sales' tags, deal columns,"
                + " the conversion flag itself): a rule on them would only repeat what sales already knew. Add one or all to the"
                + " draft, then Suggest weights prices them. Method: docs/calibration.md.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.MUTED);
        TableView<Candidate> table = new TableView<>(model.candidates());
        table.setId("candidates");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col("Kind", c -> kind(c.kind()), 75));
        table.getColumns().add(col("Source", Candidate::source, 150));
        table.getColumns().add(col("Value", Candidate::value, 150));
        table.getColumns().add(col("Leads", c -> Formats.count(c.leads()), 55));
        table.getColumns().add(col("Won", c -> Formats.count(c.wins()), 50));
        table.getColumns().add(col("Win rate", c -> pct(c.winRate()), 70));
        table.getColumns().add(col("Lift", c -> lift(c.lift()), 45));
        table.getColumns().add(col("95% interval", c -> interval(c.ciLow(), c.ciHigh()), 105));
        TableColumn<Candidate, Candidate> add = new TableColumn<>("");
        add.setPrefWidth(60);
        add.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        add.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Add");

            @Override
            protected void updateItem(Candidate item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    button.setOnAction(e -> model.add(item));
                    setGraphic(button);
                }
            }
        });
        table.getColumns().add(add);
        // the figures stay readable in a narrow pane; source, value and flag share what is left
        table.getColumns().forEach(c -> c.setMinWidth(c.getText().equals("Source") || c.getText().equals("Value") ? 100 : c.getPrefWidth()));
        TableColumn<Candidate, String> flag = col("Flag", c -> c.leak() == null ? "" : c.leak(), 260);
        flag.setMinWidth(120);
        flag.setId("candidateFlag");
        flag.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                boolean flagged = !empty && reason != null && !reason.isEmpty();
                setText(flagged ? "⚠ " + reason : null);
                setTooltip(flagged ? new Tooltip(reason) : null);
                getStyleClass().remove(Styles.FLAG_URGENT);
                if (flagged) {
                    getStyleClass().add(Styles.FLAG_URGENT);
                }
            }
        });
        table.getColumns().add(flag);
        table.setPlaceholder(new Label("Find candidate rules to see signals the scorecard misses."));
        Button addSelected = new Button("Add _selected");
        addSelected.setMnemonicParsing(true);
        addSelected.setId("addSelectedCandidate");
        addSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        addSelected.setOnAction(e -> model.add(table.getSelectionModel().getSelectedItem()));
        Button addAll = new Button("Add _all");
        addAll.setMnemonicParsing(true);
        addAll.setId("addAllCandidates");
        addAll.disableProperty().bind(Bindings.isEmpty(model.candidates()));
        addAll.setOnAction(e -> model.addAll());
        CheckBox includeFlagged = new CheckBox("_Include flagged");
        includeFlagged.setMnemonicParsing(true);
        includeFlagged.setId("includeFlagged");
        includeFlagged.selectedProperty().bindBidirectional(model.includeFlaggedProperty());
        Label message = message(model);
        message.setId("candidatesMessage");
        VBox box = new VBox(8, new HBox(10, atLeast, support, new Label("leads"), run), explain,
                new HBox(10, addSelected, addAll, includeFlagged), message, table);
        box.getChildren().forEach(n -> {
            if (n instanceof HBox row) {
                row.setAlignment(Pos.CENTER_LEFT);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    /** "66.0–72.0%". */
    static String interval(double low, double high) {
        return Double.isNaN(low) ? "—" : String.format(Locale.US, "%.1f–%.1f%%", low * 100, high * 100);
    }

    static String kind(Candidate.Kind kind) {
        return switch (kind) {
            case VALUE -> "Value";
            case BAND -> "Band";
            case UNANSWERED -> "Unanswered";
            case PER_UNIT -> "Per unit";
            case RECENCY -> "Recency";
            case ACTIVITY -> "Activity";
        };
    }

    // ------------------------------------------------------------------ helpers

    private static Label message(AnalysisViewModel model) {
        Label l = new Label();
        l.textProperty().bind(model.messageProperty());
        l.setWrapText(true);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    static <T> TableColumn<T, String> col(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.US, "%.1f%%", v * 100);
    }

    static String lift(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "—" : String.format(Locale.US, "%.1f×", v);
    }
}
