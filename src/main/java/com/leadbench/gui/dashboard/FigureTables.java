package com.leadbench.gui.dashboard;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.Rate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * The dashboard's tables. Every cell is text, exactly as a CSV export writes it; rows keep the
 * report's order. A group with fewer than {@link #SMALL_GROUP} MQLs is muted and noted "small
 * group": its rate can swing widely on one lead, as its wide interval says.
 */
final class FigureTables {

    /** Fewer MQLs than this make a group too small to read much into. */
    static final int SMALL_GROUP = 10;
    static final String SMALL_GROUP_NOTE = "small group";
    /** What a figure sales has not reported on shows: nothing to count yet. */
    static final String NO_FIGURE = "–";

    private static final PseudoClass SMALL = PseudoClass.getPseudoClass("small-group");
    private static final double ROW_HEIGHT = 26;
    private static final double HEADER_HEIGHT = 26;
    private static final int MOST_ROWS_SHOWN = 14;
    private static final double RATE_WIDTH = 245;
    private static final double COUNT_WIDTH = 58;

    private FigureTables() {
    }

    /** One line of a two-column table of figures. */
    record Fact(String figure, String value) {
    }

    static TableView<Conversion> conversions(String id, String keyTitle, double keyWidth, List<Conversion> rows, boolean outcomes) {
        TableView<Conversion> table = table(id, rows, Conversion::mqls);
        table.getColumns().add(column(keyTitle, Conversion::key, keyWidth, false));
        table.getColumns().add(column("MQLs", c -> Formats.count(c.mqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("SQLs", c -> Formats.count(c.sqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("MQL → SQL", c -> c.toSql().describe(), RATE_WIDTH, false));
        table.getColumns().add(column("Won", c -> outcomes ? Formats.count(c.won()) : NO_FIGURE, COUNT_WIDTH, true));
        table.getColumns().add(column("MQL → won", c -> outcomes ? c.toWon().describe() : NO_FIGURE, RATE_WIDTH, false));
        table.getColumns().add(note(Conversion::mqls));
        return sized(table, rows.size());
    }

    static TableView<Cohort> cohorts(List<Cohort> rows, boolean outcomes) {
        TableView<Cohort> table = table("cohortTable", rows, Cohort::mqls);
        table.getColumns().add(column("Month", c -> c.month().toString(), 80, false));
        table.getColumns().add(column("Tier", FigureTables::tier, 80, false));
        table.getColumns().add(column("MQLs", c -> Formats.count(c.mqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("SQLs", c -> Formats.count(c.sqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("MQL → SQL", c -> c.toSql().describe(), RATE_WIDTH, false));
        table.getColumns().add(column("Won", c -> outcomes ? Formats.count(c.won()) : NO_FIGURE, COUNT_WIDTH, true));
        table.getColumns().add(note(Cohort::mqls));
        return sized(table, rows.size());
    }

    static String tier(Cohort cohort) {
        return cohort.tier().map(Tier::label).orElse("All");
    }

    static TableView<AccountRow> accounts(String id, List<AccountRow> rows, boolean outcomes) {
        TableView<AccountRow> table = table(id, rows, r -> SMALL_GROUP);
        table.getColumns().add(column("Account", AccountRow::name, 200, false));
        table.getColumns().add(column("Industry", AccountRow::industry, 150, false));
        table.getColumns().add(column("Target", r -> r.target() ? "✓" : "", 60, false));
        table.getColumns().add(column("MQLs", r -> Formats.count(r.mqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("Engaged contacts", r -> Formats.count(r.engagedContacts()), 120, true));
        table.getColumns().add(column("Won", r -> outcomes ? Formats.count(r.won()) : NO_FIGURE, COUNT_WIDTH, true));
        return sized(table, rows.size());
    }

    static TableView<Content> content(List<Content> rows, boolean outcomes) {
        TableView<Content> table = table("contentTable", rows, Content::mqls);
        table.getColumns().add(column("Kind", FigureTables::kind, 80, false));
        table.getColumns().add(column("Campaign or asset", Content::key, 320, false));
        table.getColumns().add(column("MQLs", c -> Formats.count(c.mqls()), COUNT_WIDTH, true));
        table.getColumns().add(column("Won", c -> outcomes ? Formats.count(c.won()) : NO_FIGURE, COUNT_WIDTH, true));
        table.getColumns().add(column("Win rate", c -> outcomes ? c.toWon().describe() : NO_FIGURE, RATE_WIDTH, false));
        table.getColumns().add(note(Content::mqls));
        return sized(table, rows.size());
    }

    private static String kind(Content content) {
        return switch (content.kind()) {
            case Content.CAMPAIGN -> "Campaign";
            case Content.ASSET -> "Asset";
            default -> content.kind();
        };
    }

    static TableView<Fact> facts(String id, List<Fact> rows) {
        TableView<Fact> table = table(id, rows, f -> SMALL_GROUP);
        table.getColumns().add(column("Figure", Fact::figure, 230, false));
        table.getColumns().add(column("Value", Fact::value, 250, false));
        return sized(table, rows.size());
    }

    /** "40.0%"; "–" for a group without leads. */
    static String percent(Rate rate) {
        return Rate.percent(rate.value());
    }

    private static <R> TableView<R> table(String id, List<R> rows, ToIntFunction<R> mqls) {
        TableView<R> table = new TableView<>();
        table.getItems().setAll(rows);
        table.setId(id);
        table.getStyleClass().add(Styles.FIGURE_TABLE);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(SMALL, !empty && item != null && mqls.applyAsInt(item) < SMALL_GROUP);
            }
        });
        Label placeholder = new Label("Nothing to show in this range.");
        placeholder.getStyleClass().add(Styles.EMPTY_STATE);
        table.setPlaceholder(placeholder);
        return table;
    }

    /** Tall enough for every row up to a limit (longer tables scroll), as wide as its columns. */
    private static <R> TableView<R> sized(TableView<R> table, int rows) {
        int shown = Math.max(1, Math.min(rows, MOST_ROWS_SHOWN));
        table.setPrefHeight(HEADER_HEIGHT + shown * ROW_HEIGHT + 4);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        double width = table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + 4
                + (rows > MOST_ROWS_SHOWN ? 20 : 0);
        table.setPrefWidth(width);
        return table;
    }

    private static <R> TableColumn<R, String> note(ToIntFunction<R> mqls) {
        return column("Note", r -> mqls.applyAsInt(r) < SMALL_GROUP ? SMALL_GROUP_NOTE : "", 88, false);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text, double width, boolean number) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        if (number) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        return column;
    }
}
