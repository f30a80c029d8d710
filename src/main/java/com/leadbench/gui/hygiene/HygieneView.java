package com.leadbench.gui.hygiene;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TableColumns;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.FieldFill;
import com.leadbench.model.MergeRecord;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The data-hygiene screen: duplicate pairs (table beside the selected pair compared side by side,
 * with the merge buttons), the merge history with undo, and the data-fix queue filtered by issue.
 */
public final class HygieneView {

    private static final PseudoClass UNDONE = PseudoClass.getPseudoClass("undone");

    private HygieneView() {
    }

    public static Node create(HygieneViewModel model) {
        Label title = new Label("Data hygiene");
        title.getStyleClass().add(Styles.TITLE);
        Button recheck = new Button("Check again");
        recheck.setId("hygieneRecheck");
        recheck.disableProperty().bind(model.busyProperty());
        recheck.setOnAction(e -> model.load());
        Label message = new Label();
        message.setId("hygieneMessage");
        message.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.setId("hygieneError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, title, recheck, progress, message, spacer, error);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        Tab duplicates = new Tab();
        duplicates.setId("duplicatesTab");
        duplicates.textProperty().bind(Bindings.concat("Duplicates (", Bindings.size(model.duplicates()), ")"));
        SplitPane split = new SplitPane(duplicatesTable(model), PairComparisonView.create(model));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.48);
        duplicates.setContent(split);
        Tab history = new Tab("Merge history", history(model));
        history.setId("mergeHistoryTab");
        Tab fixes = new Tab();
        fixes.setId("dataFixTab");
        fixes.textProperty().bind(Bindings.concat("Data-fix queue (", Bindings.size(model.dataFixes()), ")"));
        fixes.setContent(dataFixes(model));
        TabPane tabs = new TabPane(duplicates, history, fixes);
        tabs.setId("hygieneTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Label status = new Label();
        status.setId("hygieneStatus");
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(tabs);
        root.setTop(toolbar);
        root.setBottom(statusBar);
        return root;
    }

    // ------------------------------------------------------------------ duplicates

    private static Node duplicatesTable(HygieneViewModel model) {
        TableView<DuplicatePair> table = new TableView<>();
        table.setId("duplicatesTable");
        SortedList<DuplicatePair> sorted = new SortedList<>(model.duplicates());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().addAll(List.of(
                text("Matched by", "ruleColumn", HygieneViewModel::matchedBy, 190),
                text("Left (older)", "leftNameColumn", p -> p.older().displayName(), 140),
                text("Left email", "leftEmailColumn", p -> p.older().email(), 180),
                text("Right (newer)", "rightNameColumn", p -> p.newer().displayName(), 140),
                text("Right email", "rightEmailColumn", p -> p.newer().email(), 180),
                text("Company", "pairCompanyColumn", p -> company(p.older(), p.newer()), 160)));
        table.setPlaceholder(new Label("No duplicates found."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, pair) -> model.selectedPairProperty().set(pair));
        model.selectedPairProperty().addListener((obs, old, pair) -> {
            if (pair == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        return table;
    }

    private static String company(ContactFacts left, ContactFacts right) {
        String l = left.accountName() != null ? left.accountName() : left.accountDomain();
        String r = right.accountName() != null ? right.accountName() : right.accountDomain();
        if (l == null || r == null || l.equals(r)) {
            return l != null ? l : r;
        }
        return l + " / " + r;
    }

    // ------------------------------------------------------------------ history

    private static Node history(HygieneViewModel model) {
        TableView<MergeRecord> table = new TableView<>(model.history());
        table.setId("mergeHistoryTable");
        table.getColumns().addAll(List.of(
                text("When", "mergedAtColumn", m -> Formats.dateTime(m.at()), 130),
                text("Kept", "keptColumn", m -> "#" + m.keptId() + " " + Objects.requireNonNullElse(m.keptName(), ""), 170),
                text("Merged", "mergedColumn", m -> "#" + m.mergedId() + " " + m.merged().displayName()
                        + (m.merged().email() == null ? "" : " <" + m.merged().email() + ">"), 240),
                text("Why", "reasonColumn", MergeRecord::reason, 150),
                text("Rows moved", "movedColumn", m -> Formats.count(m.moved().total()), 90),
                text("Fields filled", "filledColumn", m -> m.filled().stream()
                        .map(f -> f.custom() ? f.field() + " (custom)" : f.field()).collect(Collectors.joining(", ")), 180),
                text("By", "actorColumn", MergeRecord::actor, 80),
                text("Status", "mergeStatusColumn", m -> m.undone() ? "Undone " + Formats.dateTime(m.undoneAt()) : "Merged", 140)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MergeRecord item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNDONE, !empty && item != null && item.undone());
            }
        });
        table.setPlaceholder(new Label("No merges yet."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> model.selectedMergeProperty().set(m));
        model.selectedMergeProperty().addListener((obs, old, m) -> {
            if (m == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != m) {
                table.getSelectionModel().select(m);
            }
        });

        Button undo = new Button("Undo merge");
        undo.setId("undoMergeButton");
        undo.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> {
            MergeRecord m = model.selectedMergeProperty().get();
            return m == null || m.undone();
        }, model.selectedMergeProperty())));
        undo.setOnAction(e -> model.undoSelected());
        Label hint = new Label("Undo brings the merged contact back with its id, fields and rows, and restores the fields the merge filled. "
                + "The audit log keeps both lines.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        HBox bar = new HBox(12, undo, hint);
        bar.setPadding(new Insets(8, 0, 8, 0));
        Label filled = new Label();
        filled.setId("mergeFilledDetail");
        filled.getStyleClass().add(Styles.MUTED);
        filled.setWrapText(true);
        filled.textProperty().bind(Bindings.createStringBinding(() -> describe(model.selectedMergeProperty().get()),
                model.selectedMergeProperty()));
        VBox box = new VBox(6, bar, table, filled);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private static String describe(MergeRecord m) {
        if (m == null) {
            return "";
        }
        String fills = m.filled().isEmpty() ? "no fields filled"
                : m.filled().stream().map(HygieneView::fill).collect(Collectors.joining("; "));
        return "Moved " + m.moved().activities().size() + " activities, " + m.moved().followUps().size() + " follow-ups, "
                + m.moved().transitions().size() + " stage changes and " + m.moved().reviewNotes().size() + " notes; " + fills + ".";
    }

    private static String fill(FieldFill f) {
        return (f.custom() ? f.field() + " (custom)" : f.field()) + " = " + f.after();
    }

    // ------------------------------------------------------------------ data-fix queue

    /** One entry of the issue filter: its label and the issue (null: every record). */
    private record IssueChoice(String label, DataIssue issue) {

        @Override
        public String toString() {
            return label;
        }
    }

    private static Node dataFixes(HygieneViewModel model) {
        ComboBox<IssueChoice> filter = new ComboBox<>();
        filter.setId("issueFilter");
        filter.getItems().add(new IssueChoice("Every issue", null));
        for (DataIssue issue : DataIssue.values()) {
            filter.getItems().add(new IssueChoice(issue.label(), issue));
        }
        filter.getSelectionModel().selectFirst();
        filter.valueProperty().addListener((obs, old, choice) -> model.issueFilterProperty().set(choice == null ? null : choice.issue()));
        model.issueFilterProperty().addListener((obs, old, issue) -> filter.getItems().stream()
                .filter(c -> Objects.equals(c.issue(), issue)).findFirst().ifPresent(filter::setValue));
        Label count = new Label();
        count.setId("dataFixCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> Formats.count(model.visibleFixes().size()) + " of "
                + Formats.count(model.dataFixes().size()) + " records", model.visibleFixes(), model.dataFixes()));
        Label hint = new Label("Records routing cannot place: no account, country or job title, or an address nobody can be reached at.");
        hint.getStyleClass().add(Styles.MUTED);
        HBox bar = new HBox(12, new Label("Show"), filter, count, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 8, 0));

        TableView<DataFixItem> table = new TableView<>();
        table.setId("dataFixTable");
        SortedList<DataFixItem> sorted = new SortedList<>(model.visibleFixes());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<DataFixItem, String> issues = text("What is wrong", "issuesColumn", DataFixItem::issuesLabel, 260);
        issues.getStyleClass().add(Styles.ISSUES);
        table.getColumns().addAll(List.of(
                id(),
                text("Name", "fixNameColumn", i -> i.contact().displayName(), 160),
                text("Email", "fixEmailColumn", i -> i.contact().email(), 220),
                text("Company", "fixCompanyColumn", i -> i.contact().accountName(), 180),
                issues));
        table.setPlaceholder(new Label("Nothing to fix."));
        VBox box = new VBox(6, bar, new StackPane(table));
        VBox.setVgrow(box.getChildren().get(1), Priority.ALWAYS);
        box.setPadding(new Insets(8, 12, 8, 12));
        return box;
    }

    private static TableColumn<DataFixItem, Long> id() {
        TableColumn<DataFixItem, Long> column = new TableColumn<>("Contact");
        column.setId("fixIdColumn");
        column.setPrefWidth(70);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contactId()));
        column.getStyleClass().add(Styles.NUMBER_CELL);
        return column;
    }

    private static <T> TableColumn<T, String> text(String title, String id, Function<T, String> value, double width) {
        return TableColumns.text(title, id, value, width);
    }
}
