package com.leadbench.gui.hotleads;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TableColumns;
import com.leadbench.gui.detail.LeadDetailView;
import com.leadbench.handoff.CrmFormat;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.handoff.LeadHandoff;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The review queue: hot leads by deadline beside the lead's detail and handoff note, and packet export. */
public final class HotLeadsView {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

    private HotLeadsView() {
    }

    /** {@code chooseFolder} asks where to write a packet (a directory chooser in the app; tests pass their own). */
    public static Node create(HotLeadsViewModel model, Function<Node, Path> chooseFolder) {
        Label title = new Label("Hot leads");
        title.getStyleClass().add(Styles.TITLE);
        Label summary = new Label();
        summary.setId("hotSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.MUTED);
        CheckBox showReviewed = new CheckBox("Show reviewed");
        showReviewed.setId("showReviewed");
        showReviewed.selectedProperty().bindBidirectional(model.showReviewedProperty());

        TableView<LeadHandoff> table = table(model);
        Button review = new Button("Mark reviewed");
        review.setId("markSelectedReviewed");
        review.setTooltip(new Tooltip("Marks the selected leads reviewed (Ctrl+R)"));
        review.disableProperty().bind(Bindings.isEmpty(model.selectedIds()));
        review.setOnAction(e -> model.markSelectedReviewed());
        ComboBox<CrmFormat> format = new ComboBox<>();
        format.setId("packetFormat");
        format.getItems().addAll(CrmFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setTooltip(new Tooltip("Column names of handoff.csv: HubSpot, Salesforce or generic"));
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CrmFormat f) {
                return f == null ? "" : f.label();
            }

            @Override
            public CrmFormat fromString(String s) {
                return null;
            }
        });
        Button exportSelected = new Button("Export selected…");
        exportSelected.setId("exportSelected");
        exportSelected.disableProperty().bind(Bindings.isEmpty(model.selectedIds()));
        exportSelected.setOnAction(e -> withFolder(chooseFolder, exportSelected, model::exportSelected));
        Button exportReviewed = new Button("Export all reviewed…");
        exportReviewed.setId("exportReviewed");
        exportReviewed.setTooltip(new Tooltip("Every reviewed lead not handed off yet, in one packet"));
        exportReviewed.setOnAction(e -> withFolder(chooseFolder, exportReviewed, model::exportReviewed));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(12, title, summary, spacer, showReviewed, review, new Label("CSV for"), format, exportSelected, exportReviewed);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(model.loadingProperty());
        SplitPane split = new SplitPane(new StackPane(table, progress), LeadDetailView.create(model.detail()));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);

        Label message = new Label();
        message.setId("hotMessage");
        // the latest of the two says what just happened: an export or batch review, or a decision in the detail pane
        model.messageProperty().addListener((obs, old, text) -> message.setText(text));
        model.detail().messageProperty().addListener((obs, old, text) -> message.setText(text));
        Label error = new Label();
        error.setId("hotError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        model.errorProperty().addListener((obs, old, text) -> error.setText(text));
        model.detail().errorProperty().addListener((obs, old, text) -> error.setText(text));
        VBox statusBar = new VBox(2, message, error);
        statusBar.getStyleClass().add(Styles.STATUS_BAR);
        statusBar.setPadding(new Insets(4, 12, 4, 12));

        BorderPane root = new BorderPane(split);
        root.setTop(toolbar);
        root.setBottom(statusBar);
        root.setId("hotLeadsScreen");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.markSelectedReviewed();
                e.consume();
            }
        });
        return root;
    }

    private static void withFolder(Function<Node, Path> chooseFolder, Node owner, Consumer<Path> action) {
        Path dir = chooseFolder.apply(owner);
        if (dir != null) {
            action.accept(dir);
        }
    }

    /** The app's folder question: a directory chooser over the window. */
    public static Path askFolder(Node owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Write the handoff packet (handoff.csv, handoff.json, handoff.html) into…");
        File dir = chooser.showDialog(owner.getScene().getWindow());
        return dir == null ? null : dir.toPath();
    }

    private static TableView<LeadHandoff> table(HotLeadsViewModel model) {
        TableView<LeadHandoff> table = new TableView<>(model.visibleLeads());
        table.setId("hotLeadsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LeadHandoff item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.overdue());
            }
        });
        TableColumn<LeadHandoff, Instant> due = new TableColumn<>("Deadline");
        due.setId("deadlineColumn");
        due.setPrefWidth(126);
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deadline().map(Deadline::endsAt).orElse(null)));
        due.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                LeadHandoff h = empty ? null : getTableRow().getItem();
                setText(h == null || h.deadline().isEmpty() ? null : DUE.format(h.deadline().get().due()));
            }
        });
        due.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        TableColumn<LeadHandoff, String> state = text("Status", "statusColumn", h -> h.contacted() ? "Contacted"
                : h.overdue() ? "Overdue" : "Due", 76);
        TableColumn<LeadHandoff, Tier> tier = TableColumns.tier("Tier", "hotTierColumn", h -> h.breakdown().tier(),
                (h, t) -> h.breakdown().override().isPresent() ? "by hand" : null, 84);
        table.getColumns().addAll(List.of(due, state,
                text("Urgent", "urgentColumn", h -> h.breakdown().urgent() ? "Urgent" : "", 62),
                text("Name", "hotNameColumn", h -> h.facts().contact().displayName(), 124),
                text("Company", "hotCompanyColumn", h -> h.facts().account().map(a -> a.name()).orElse(null), 124),
                text("Stage", "hotStageColumn", h -> h.stage().label(), 50),
                tier,
                text("Score", "hotScoreColumn", h -> Points.format(h.breakdown().total()), 52),
                text("Route", "hotRouteColumn", h -> h.route().queue(), 170),
                text("Reviewed", "reviewedColumn", h -> h.reviewed() ? "✓" : "", 70)));
        Label placeholder = new Label("No hot leads waiting: new SQLs and Tier A MQLs appear here, soonest deadline first.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.EMPTY_STATE);
        table.setPlaceholder(placeholder);
        // a reload after a decision replaces the rows: the lead stays in the detail pane, and selected when still listed
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, lead) -> {
            if (lead != null) {
                model.show(lead);
            }
        });
        model.visibleLeads().addListener((javafx.collections.ListChangeListener<LeadHandoff>) c -> {
            Long shown = model.shownId();
            if (shown != null && table.getSelectionModel().getSelectedItem() == null) {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).contactId() == shown) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<LeadHandoff>) c ->
                model.selectedIds().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(LeadHandoff::contactId).toList()));
        return table;
    }

    private static TableColumn<LeadHandoff, String> text(String title, String id, Function<LeadHandoff, String> value, double width) {
        return TableColumns.text(title, id, value, width);
    }
}
