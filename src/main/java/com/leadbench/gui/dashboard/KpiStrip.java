package com.leadbench.gui.dashboard;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ProcessReport.SpeedToLead;
import com.leadbench.report.ProcessReport.Totals;
import com.leadbench.report.Rate;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The figures at a glance: eight cards of equal width, each a value, what it is, and what it counts. */
final class KpiStrip {

    private static final int CARDS = 8;

    private KpiStrip() {
    }

    static GridPane create(ProcessReport report) {
        Totals t = report.totals();
        SpeedToLead speed = report.speed();
        boolean outcomes = t.outcomes();
        GridPane strip = new GridPane();
        strip.setId("kpiStrip");
        strip.setHgap(10);
        for (int i = 0; i < CARDS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / CARDS);
            column.setHgrow(Priority.ALWAYS);
            strip.getColumnConstraints().add(column);
        }
        String noOutcomes = "no outcomes reported yet";
        strip.addRow(0,
                card("kpiMqls", Formats.count(t.mqls()), "MQLs", "qualified in the range"),
                card("kpiSqls", Formats.count(t.sqls()), "SQLs", "of those MQLs"),
                card("kpiMqlToSql", FigureTables.percent(t.mqlToSql()), "MQL → SQL", counted(t.mqlToSql())),
                card("kpiWon", outcomes ? Formats.count(t.won()) : FigureTables.NO_FIGURE, "Won",
                        outcomes ? Formats.count(t.accepted()) + " accepted · " + Formats.count(t.lost()) + " lost" : noOutcomes),
                card("kpiMqlToWon", outcomes ? FigureTables.percent(t.mqlToWon()) : FigureTables.NO_FIGURE, "MQL → won",
                        outcomes ? counted(t.mqlToWon()) : noOutcomes),
                card("kpiMedianHours", hours(speed.medianHours()), "Median hours to first contact",
                        speed.medianHoursFromSql().map(h -> "from MQL; " + hours(Optional.of(h)) + " from SQL")
                                .orElse(speed.contacted() == 0 ? "nobody contacted yet" : "from MQL")),
                card("kpiWithinDeadline", FigureTables.percent(speed.withinDeadline()), "Contacted within deadline",
                        counted(speed.withinDeadline())),
                card("kpiCompletion", outcomes ? FigureTables.percent(speed.completion()) : FigureTables.NO_FIGURE,
                        "Follow-up completion", outcomes ? counted(speed.completion()) : noOutcomes));
        return strip;
    }

    /** "48 of 120, 95% CI 31.7–48.9%"; "no leads". */
    static String counted(Rate rate) {
        if (rate.n() == 0) {
            return "no leads";
        }
        return Formats.count(rate.hits()) + " of " + Formats.count(rate.n()) + ", 95% CI "
                + String.format(Locale.ROOT, "%.1f", 100 * rate.low()) + "–" + Rate.percent(rate.high());
    }

    /** "5.5 h"; "–" when nobody was contacted. */
    static String hours(Optional<Double> hours) {
        return hours.filter(h -> !h.isNaN()).map(h -> String.format(Locale.ROOT, "%.1f h", h)).orElse(FigureTables.NO_FIGURE);
    }

    private static VBox card(String id, String value, String label, String detail) {
        Label valueLabel = new Label(value);
        valueLabel.setId(id);
        valueLabel.getStyleClass().add(Styles.KPI_VALUE);
        Label what = new Label(label);
        what.getStyleClass().add(Styles.KPI_LABEL);
        what.setWrapText(true);
        Label counts = new Label(detail);
        counts.setId(id + "Detail");
        counts.getStyleClass().add(Styles.KPI_DETAIL);
        counts.setWrapText(true);
        VBox card = new VBox(valueLabel, what, counts);
        card.getStyleClass().add(Styles.KPI_CARD);
        card.setMaxHeight(Double.MAX_VALUE);
        card.setMinWidth(0);
        return card;
    }
}
