package com.leadbench.gui.leads;

import com.leadbench.gui.Formats;
import com.leadbench.gui.TableColumns;
import com.leadbench.gui.Styles;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The sortable leads table over the view model's filtered rows, sorted by total score at first. */
final class LeadTableView {

    private LeadTableView() {
    }

    static TableView<LeadRow> create(LeadsViewModel model) {
        TableView<LeadRow> table = new TableView<>();
        table.setId("leadsTable");
        SortedList<LeadRow> sorted = new SortedList<>(model.visibleLeads());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<LeadRow, Double> total = number("Total", "totalColumn", LeadRow::total);
        TableColumn<LeadRow, Tier> tier = TableColumns.tier("Tier", "tierColumn", LeadRow::tier,
                (row, t) -> row.tierOverridden() ? "by hand" : null, 104);
        TableColumn<LeadRow, LifecycleStage> stage = new TableColumn<>("Stage");
        stage.setId("stageColumn");
        stage.setPrefWidth(70);
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().stage()));
        stage.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LifecycleStage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        TableColumn<LeadRow, Instant> last = new TableColumn<>("Last activity");
        last.setId("lastActivityColumn");
        last.setPrefWidth(120);
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lead().lastActivity()));
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        last.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.date(item));
            }
        });
        table.getColumns().addAll(List.of(
                text("Name", "nameColumn", r -> r.lead().name(), 150),
                text("Company", "companyColumn", r -> r.lead().company(), 160),
                tier, total,
                number("Fit", "fitColumn", LeadRow::fit),
                number("Intent", "intentColumn", LeadRow::intent),
                stage,
                text("Job title", "titleColumn", r -> r.lead().jobTitle(), 160),
                text("Industry", "industryColumn", r -> r.lead().industry(), 150),
                text("Country", "countryColumn", r -> Formats.country(r.lead().country()), 110),
                last));
        total.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(total);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(com.leadbench.gui.Styles.EMPTY_STATE);
        Runnable explain = () -> placeholder.setText(model.countsProperty().get() != null && model.countsProperty().get().contacts() == 0
                ? "No leads yet. Import a CSV export (Import CSV…), or open the demo database: leadbench --demo."
                : "No leads match the filters.");
        model.countsProperty().addListener((obs, old, c) -> explain.run());
        explain.run();
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, lead) -> model.selectedProperty().set(lead));
        return table;
    }

    private static TableColumn<LeadRow, String> text(String title, String id, Function<LeadRow, String> value, double width) {
        return TableColumns.text(title, id, value, width);
    }

    private static TableColumn<LeadRow, Double> number(String title, String id, ToDoubleFunction<LeadRow> value) {
        TableColumn<LeadRow, Double> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(62);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add(Styles.NUMBER_CELL);
            }

            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Points.format(item));
            }
        });
        return column;
    }
}
