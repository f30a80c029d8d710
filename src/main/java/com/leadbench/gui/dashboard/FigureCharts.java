package com.leadbench.gui.dashboard;

import com.leadbench.gui.Styles;
import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.Bucket;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.Rate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The dashboard's charts, drawn from the report's rows: no animation, so a snapshot shows the final figures. */
final class FigureCharts {

    static final String MQLS = "MQLs";
    static final String SQLS = "SQLs";
    static final String WON = "Won";
    static final String ALL_TIERS = "All";
    /** The tiers of the cohort chart, in the order their colours are themed. */
    static final List<Tier> COHORT_TIERS = List.of(Tier.A, Tier.B, Tier.C);

    private static final double CHART_HEIGHT = 320;

    private FigureCharts() {
    }

    /** MQLs, SQLs and (with outcomes) won per group, side by side, titled "MQLs, SQLs and won per tier". */
    static BarChart<String, Number> conversions(String id, String groupLabel, List<Conversion> rows, boolean outcomes) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(groupLabel);
        NumberAxis y = countAxis("Leads");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle((outcomes ? "MQLs, SQLs and won per " : "MQLs and SQLs per ") + groupLabel.toLowerCase(Locale.ROOT));
        chart.getStyleClass().add(Styles.CONVERSION_CHART);
        chart.setBarGap(2);
        chart.setCategoryGap(rows.size() > 5 ? 12 : 28);
        chart.getData().add(series(MQLS, rows, Conversion::mqls));
        chart.getData().add(series(SQLS, rows, Conversion::sqls));
        if (outcomes) {
            chart.getData().add(series(WON, rows, Conversion::won));
        }
        return settled(chart);
    }

    private static XYChart.Series<String, Number> series(String name, List<Conversion> rows, ToIntFunction<Conversion> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (Conversion row : rows) {
            series.getData().add(new XYChart.Data<>(row.key(), value.applyAsInt(row)));
        }
        return series;
    }

    /**
     * MQL-to-SQL rate in percent per month: all tiers together, then A, B and C (a line per tier
     * even when it has no month, so each keeps its colour), and the warning level as a dashed line.
     * A month without MQLs in a tier has no point rather than a rate of nothing.
     */
    static LineChart<String, Number> cohorts(List<Cohort> cohorts, double warnBelow) {
        List<String> months = new TreeSet<>(cohorts.stream().map(Cohort::month).toList()).stream().map(YearMonth::toString).toList();
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(months));
        x.setLabel("Month the MQLs qualified");
        // from 0 to the next ten above the highest point, so no point sits on the frame
        double highest = Math.max(100 * warnBelow, cohorts.stream().filter(c -> c.mqls() > 0)
                .mapToDouble(c -> 100 * c.toSql().value()).max().orElse(0));
        NumberAxis y = new NumberAxis(0, Math.min(100, 10 * Math.ceil((highest + 5) / 10)), 10);
        y.setLabel("MQL → SQL (%)");
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(converter("%.0f%%"));
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("cohortChart");
        chart.setTitle("Share of each month's MQLs that became SQLs");
        chart.getStyleClass().add(Styles.COHORT_CHART);
        chart.getData().add(rates(ALL_TIERS, cohorts, Optional.empty()));
        for (Tier tier : COHORT_TIERS) {
            chart.getData().add(rates(tier.label(), cohorts, Optional.of(tier)));
        }
        XYChart.Series<String, Number> level = new XYChart.Series<>();
        level.setName(warningName(warnBelow));
        for (String month : months) {
            level.getData().add(new XYChart.Data<>(month, 100 * warnBelow));
        }
        chart.getData().add(level);
        return settled(chart);
    }

    /** "Warning level 20%". */
    static String warningName(double warnBelow) {
        return "Warning level " + level(warnBelow);
    }

    /** A warning level as the manager set it: "20%", "12.5%". */
    static String level(double share) {
        return Rate.percent(share).replace(".0%", "%");
    }

    private static XYChart.Series<String, Number> rates(String name, List<Cohort> cohorts, Optional<Tier> tier) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        cohorts.stream().filter(c -> c.tier().equals(tier) && c.mqls() > 0).sorted(java.util.Comparator.comparing(Cohort::month))
                .forEach(c -> series.getData().add(new XYChart.Data<>(c.month().toString(), 100 * c.toSql().value())));
        return series;
    }

    /** First contacts per bucket of hours after qualifying. */
    static BarChart<String, Number> histogram(List<Bucket> buckets) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel("Hours from MQL to first contact");
        NumberAxis y = countAxis("Contacted MQLs");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("speedChart");
        chart.setTitle("First contacts by hours after qualifying");
        chart.getStyleClass().add(Styles.HISTOGRAM_CHART);
        chart.setLegendVisible(false);
        chart.setCategoryGap(10);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("First contacts");
        for (Bucket bucket : buckets) {
            series.getData().add(new XYChart.Data<>(bucket.label(), bucket.count()));
        }
        chart.getData().add(series);
        return settled(chart);
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis y = new NumberAxis();
        y.setLabel(label);
        y.setMinorTickVisible(false);
        // counts: whole numbers only, so a small range never shows "2.5 leads"
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? String.format(Locale.US, "%,d", (long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        return y;
    }

    private static StringConverter<Number> converter(String format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.format(Locale.US, format, value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        };
    }

    private static <C extends XYChart<String, Number>> C settled(C chart) {
        chart.setAnimated(false);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        chart.setPrefWidth(460);
        return chart;
    }
}
