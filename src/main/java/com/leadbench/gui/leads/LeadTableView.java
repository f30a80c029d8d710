package com.leadbench.gui.leads;

import com.leadbench.gui.Formats;
import com.leadbench.model.LeadSummary;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The sortable leads table over the view model's filtered leads. */
final class LeadTableView {

    private LeadTableView() {
    }

    static TableView<LeadSummary> create(LeadsViewModel model) {
        TableView<LeadSummary> table = new TableView<>();
        table.setId("leadsTable");
        SortedList<LeadSummary> sorted = new SortedList<>(model.visibleLeads());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("Name", "nameColumn", LeadSummary::name, 170));
        table.getColumns().add(text("Company", "companyColumn", LeadSummary::company, 190));
        table.getColumns().add(text("Job title", "titleColumn", LeadSummary::jobTitle, 180));
        table.getColumns().add(text("Industry", "industryColumn", LeadSummary::industry, 170));
        table.getColumns().add(text("Country", "countryColumn", lead -> Formats.country(lead.country()), 120));
        TableColumn<LeadSummary, Instant> last = new TableColumn<>("Last activity");
        last.setId("lastActivityColumn");
        last.setPrefWidth(130);
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastActivity()));
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        last.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.dateTime(item));
            }
        });
        table.getColumns().add(last);
        table.setPlaceholder(new Label("No leads match the filter."));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, lead) -> model.selectedProperty().set(lead));
        return table;
    }

    private static TableColumn<LeadSummary, String> text(String title, String id, Function<LeadSummary, String> value, double width) {
        TableColumn<LeadSummary, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return column;
    }
}
