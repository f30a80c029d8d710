package com.leadbench.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.handoff.SpreadsheetCells;
import com.leadbench.model.Tier;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.ProcessReport.MqaView;
import com.leadbench.report.Rate;
import com.leadbench.report.ReportFilter;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard, headless, over a hand-made report: what it shows, what it asks the source for, and its exports. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    @TempDir
    Path dir;

    private RecordingSource source;
    private DashboardViewModel model;
    private final List<String> suggestedNames = new ArrayList<>();

    @Start
    void start(Stage stage) {
        source = new RecordingSource(1, 2, 3);
        model = new DashboardViewModel(source, TaskExecutor.direct());
        Function<String, Path> chooseFile = name -> {
            suggestedNames.add(name);
            return dir.resolve(name);
        };
        Scene scene = new Scene((Parent) DashboardView.create(model, chooseFile), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Map<String, Number> values(XYChart<String, Number> chart, String series) {
        return chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow().getData().stream()
                .collect(Collectors.toMap(XYChart.Data::getXValue, XYChart.Data::getYValue));
    }

    private static List<String> seriesNames(XYChart<String, Number> chart) {
        return chart.getData().stream().map(XYChart.Series::getName).toList();
    }

    private static <R> List<String> column(TableView<R> table, String title) {
        @SuppressWarnings("unchecked")
        TableColumn<R, String> column = (TableColumn<R, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
        return table.getItems().stream().map(column::getCellData).toList();
    }

    private void reloadWith(FxRobot robot, java.util.function.BiFunction<ReportFilter, Double, com.leadbench.report.ProcessReport> answer) {
        source.answer(answer);
        robot.interact(model::load);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKpiStripShowsTheFixturesFigures(FxRobot robot) {
        assertEquals("120", text(robot, "#kpiMqls"));
        assertEquals("48", text(robot, "#kpiSqls"));
        assertEquals("40.0%", text(robot, "#kpiMqlToSql"));
        assertEquals("48 of 120, 95% CI 31.7–48.9%", text(robot, "#kpiMqlToSqlDetail"));
        assertEquals("12", text(robot, "#kpiWon"));
        assertEquals("10.0%", text(robot, "#kpiMqlToWon"));
        assertTrue(text(robot, "#kpiMqlToWonDetail").startsWith("12 of 120"));
        assertEquals("5.5 h", text(robot, "#kpiMedianHours"));
        assertEquals("from MQL; 2.0 h from SQL", text(robot, "#kpiMedianHoursDetail"));
        assertEquals("63.6%", text(robot, "#kpiWithinDeadline"));
        assertTrue(text(robot, "#kpiWithinDeadlineDetail").startsWith("70 of 110"));
        assertEquals("36.0%", text(robot, "#kpiCompletion"));
        assertTrue(text(robot, "#dashboardSummary").startsWith("All time, every scorecard version · 120 MQLs · 48 SQLs · 12 won"),
                text(robot, "#dashboardSummary"));
    }

    @Test
    void theTierAndSourceChartsShowMqlsSqlsAndWonPerGroup(FxRobot robot) {
        BarChart<String, Number> tiers = robot.lookup("#tierChart").query();
        assertEquals(List.of("MQLs", "SQLs", "Won"), seriesNames(tiers));
        for (Conversion c : ReportFixture.BY_TIER) {
            assertEquals(c.mqls(), values(tiers, "MQLs").get(c.key()).intValue(), c.key());
            assertEquals(c.sqls(), values(tiers, "SQLs").get(c.key()).intValue(), c.key());
            assertEquals(c.won(), values(tiers, "Won").get(c.key()).intValue(), c.key());
        }
        BarChart<String, Number> sources = robot.lookup("#sourceChart").query();
        assertEquals(Map.of("Website", 60, "Trade fair", 45, "Partner", 8, "Webinar", 7),
                values(sources, "MQLs").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().intValue())));
    }

    @Test
    void theCohortChartHasALinePerTierAndAllWithTheirRatesAndTheWarningLevel(FxRobot robot) {
        LineChart<String, Number> chart = robot.lookup("#cohortChart").query();
        assertEquals(List.of("All", "Tier A", "Tier B", "Tier C", "Warning level 20%"), seriesNames(chart));
        for (Cohort c : ReportFixture.cohorts()) {
            String series = c.tier().map(Tier::label).orElse("All");
            assertEquals(100.0 * c.sqls() / c.mqls(), values(chart, series).get(c.month().toString()).doubleValue(), 1e-9,
                    series + " " + c.month());
        }
        assertEquals(Map.of("2026-01", 20.0, "2026-02", 20.0, "2026-03", 20.0, "2026-04", 20.0),
                values(chart, "Warning level 20%").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().doubleValue())));
        TableView<Cohort> table = robot.lookup("#cohortTable").queryTableView();
        assertEquals(ReportFixture.cohorts(), table.getItems());
    }

    @Test
    void theHistogramHasTheBucketsAndTheSpeedTableTheFigures(FxRobot robot) {
        BarChart<String, Number> chart = robot.lookup("#speedChart").query();
        List<String> labels = chart.getData().getFirst().getData().stream().map(XYChart.Data::getXValue).toList();
        List<Integer> counts = chart.getData().getFirst().getData().stream().map(d -> d.getYValue().intValue()).toList();
        assertEquals(List.of("< 1 h", "1–4 h", "4–24 h", "1–3 days", "> 3 days"), labels);
        assertEquals(List.of(22, 30, 28, 12, 8), counts);
        TableView<FigureTables.Fact> table = robot.lookup("#speedTable").queryTableView();
        assertEquals(List.of("100", "20", "5.5 h", "2.0 h", "63.6% (70 of 110, 95% CI 54.3–72.0%)",
                "36.0% (36 of 100, 95% CI 27.3–45.8%)"), column(table, "Value"));
    }

    @Test
    void theTablesListTheRowsAndMarkSmallGroups(FxRobot robot) {
        TableView<Conversion> tiers = robot.lookup("#tierTable").queryTableView();
        assertEquals(ReportFixture.BY_TIER, tiers.getItems());
        assertEquals(List.of("60.0% (24 of 40, 95% CI 44.6–73.7%)", "36.0% (18 of 50, 95% CI 24.1–49.9%)",
                "20.0% (6 of 30, 95% CI 9.5–37.3%)"), column(tiers, "MQL → SQL"));
        assertEquals(ReportFixture.BY_SOURCE, robot.lookup("#sourceTable").queryTableView().getItems());
        assertEquals(ReportFixture.BY_CAMPAIGN, robot.lookup("#campaignTable").queryTableView().getItems());
        assertEquals(ReportFixture.BY_PRODUCT_LINE, robot.lookup("#productLineTable").queryTableView().getItems());
        assertEquals(ReportFixture.BY_RULE, robot.lookup("#ruleTable").queryTableView().getItems());
        assertEquals(ReportFixture.TOP_ACCOUNTS, robot.lookup("#topAccountsTable").queryTableView().getItems());
        assertEquals(ReportFixture.BUYING_GROUPS, robot.lookup("#buyingGroupsTable").queryTableView().getItems());
        assertEquals(ReportFixture.CONTENT, robot.lookup("#contentTable").queryTableView().getItems());
        assertEquals(List.of("✓", "✓", ""), column(robot.lookup("#topAccountsTable").queryTableView(), "Target"));
        assertEquals("64 accounts with MQLs", text(robot, "#accountsWithMqls"));
        assertEquals("MQLs in target accounts: 66.7% (80 of 120, 95% CI 57.8–74.5%)", text(robot, "#inTargetAccounts"));

        TableView<Conversion> sources = robot.lookup("#sourceTable").queryTableView();
        assertEquals(List.of("", "", "small group", "small group"), column(sources, "Note"));
        assertEquals(List.of("", "", "small group"), column(robot.lookup("#ruleTable").queryTableView(), "Note"));
        // the rows of small groups are muted: Partner (8 MQLs) and Webinar (7) but not Website
        List<TableRow<?>> rows = robot.from(sources).lookup(".table-row-cell").queryAll().stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n).filter(r -> r.getItem() != null).toList();
        Map<String, Boolean> muted = rows.stream().collect(Collectors.toMap(r -> ((Conversion) r.getItem()).key(),
                r -> r.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("small-group"))));
        assertEquals(Map.of("Website", false, "Trade fair", false, "Partner", true, "Webinar", true), muted);
    }

    @Test
    void theAccountPanelSaysHowManyAccountsBecameMqasAndWhatBecameOfThem(FxRobot robot) {
        Node panel = robot.lookup("#accountPanel").query();
        Label line = robot.from(panel).lookup("#mqaFigures").queryAs(Label.class);
        // the fixture's 84 MQAs: 26 opportunities (31.0%), 10 won (11.9%); 120 of 260 MQLs with a company in MQAs (46.2%)
        assertEquals("MQAs: 84 · 31.0% became opportunities · 11.9% won · 46.2% of MQLs were in MQAs", line.getText());
        assertEquals("26 of 84 became opportunities, 10 of 84 won · 120 of 260 MQLs with a company were in MQAs",
                text(robot, "#mqaCounts"));

        reloadWith(robot, (f, w) -> ReportFixture.withMqas(f, w,
                new MqaView(0, new Rate(0, 0), new Rate(0, 0), new Rate(35, 260))));
        assertEquals(MqaWording.NONE, text(robot, "#mqaFigures"));
        assertEquals("No account has become an MQA in this period.", MqaWording.NONE);
        assertEquals("35 of 260 MQLs with a company were in MQAs", text(robot, "#mqaCounts"),
                "MQLs can be in accounts that became MQAs before the period");

        reloadWith(robot, (f, w) -> ReportFixture.withMqas(f, w,
                new MqaView(0, new Rate(0, 0), new Rate(0, 0), new Rate(0, 260))));
        assertEquals(MqaWording.NONE, text(robot, "#mqaFigures"));
        assertEquals("", text(robot, "#mqaCounts"));
    }

    @Test
    void theAccountFiguresExportAsAPngWithTheMqaLine(FxRobot robot) throws Exception {
        Node figures = robot.lookup("#accountFigures").query();
        assertTrue(robot.from(figures).lookup("#mqaFigures").tryQuery().isPresent(), "the MQA line is part of the exported figures");
        robot.interact(() -> robot.lookup("#exportAccountFigures").queryButton().fire());
        assertEquals(List.of("account-figures.png"), suggestedNames);
        Path file = dir.resolve("account-figures.png");
        assertArrayEquals(NodePngTest.SIGNATURE, Arrays.copyOf(Files.readAllBytes(file), 8));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.ceil(figures.getBoundsInParent().getWidth()), image.getWidth(), 1.0);
        assertEquals(Math.ceil(figures.getBoundsInParent().getHeight()), image.getHeight(), 1.0);
    }

    @Test
    void aDriftWarningIsShownAboveThePanels(FxRobot robot) {
        Node warnings = robot.lookup("#warnings").query();
        assertTrue(warnings.getStyleClass().contains(Styles.ALERT));
        assertTrue(robot.from(warnings).lookup((Label l) -> l.getText().equals(ReportFixture.WARNING)).tryQuery().isPresent());
        assertEquals(warnings, robot.lookup("#dashboardPage").queryAs(Parent.class).getChildrenUnmodifiable().getFirst());

        reloadWith(robot, ReportFixture::withoutOutcomes);
        assertTrue(robot.lookup("#warnings").tryQuery().isEmpty(), "no warning, no alert");
    }

    @Test
    void theVersionChoiceAndTheDatesAskTheSourceForTheirFilter(FxRobot robot) {
        ComboBox<DashboardView.VersionChoice> versions = robot.lookup("#versionChoice").queryComboBox();
        assertEquals(List.of("All versions", "v1", "v2", "v3"), versions.getItems().stream().map(Object::toString).toList());
        robot.interact(() -> versions.getSelectionModel().select(2));
        assertEquals(new ReportFilter(Optional.empty(), Optional.empty(), Optional.of(2)), source.lastCall().filter());

        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#toDate").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 2, 1)));
        robot.interact(() -> to.setValue(LocalDate.of(2026, 3, 31)));
        assertEquals(new ReportFilter(Optional.of(LocalDate.of(2026, 2, 1)), Optional.of(LocalDate.of(2026, 3, 31)), Optional.of(2)),
                source.lastCall().filter());
        assertTrue(text(robot, "#dashboardSummary").startsWith("2026-02-01 to 2026-03-31, scorecard v2"), text(robot, "#dashboardSummary"));

        robot.interact(() -> versions.getSelectionModel().select(0));
        assertEquals(Optional.empty(), source.lastCall().filter().version());
    }

    @Test
    void theWarningLevelIsAskedForInPercent(FxRobot robot) {
        javafx.scene.control.Spinner<Integer> warn = robot.lookup("#warnBelow").query();
        assertEquals(20, warn.getValue());
        robot.interact(() -> warn.increment());
        assertEquals(0.25, source.lastCall().warnBelow(), 1e-9);
        LineChart<String, Number> chart = robot.lookup("#cohortChart").query();
        assertTrue(seriesNames(chart).contains("Warning level 25%"), seriesNames(chart).toString());
    }

    @Test
    void typedTextThatIsNotADateOrANumberKeepsTheFilter(FxRobot robot) {
        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 2, 1)));
        assertEquals("2026-02-01", from.getEditor().getText());
        robot.interact(() -> from.getEditor().setText("next tuesday"));
        robot.clickOn(from.getEditor()).type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 2, 1), from.getValue());
        robot.interact(() -> from.getEditor().setText("2026-03-15"));
        robot.clickOn(from.getEditor()).type(KeyCode.ENTER);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), source.lastCall().filter().from());

        javafx.scene.control.Spinner<Integer> warn = robot.lookup("#warnBelow").query();
        robot.interact(() -> {
            warn.getEditor().setText("lots");
            warn.commitValue();
        });
        assertEquals(20, warn.getValue());
        robot.interact(() -> {
            warn.getEditor().setText("35%");
            warn.commitValue();
        });
        assertEquals(0.35, source.lastCall().warnBelow(), 1e-9);
        assertEquals("", text(robot, "#dashboardError"));
    }

    @Test
    void anEndBeforeTheStartShowsTheErrorAndAsksNothing(FxRobot robot) {
        DatePicker from = robot.lookup("#fromDate").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#toDate").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.of(2026, 4, 1)));
        int asked = source.calls.size();
        robot.interact(() -> to.setValue(LocalDate.of(2026, 3, 1)));

        assertEquals(asked, source.calls.size());
        assertEquals("The end date 2026-03-01 is before the start date 2026-04-01: pick an end on or after the start.",
                text(robot, "#dashboardError"));
    }

    @Test
    void anEmptyReportIsOneMessageInsteadOfThePanels(FxRobot robot) {
        reloadWith(robot, ReportFixture::empty);
        assertEquals(DashboardPage.EMPTY_MESSAGE, text(robot, "#dashboardEmpty"));
        assertEquals(1, robot.lookup("#dashboardPage").queryAs(Parent.class).getChildrenUnmodifiable().size());
        assertTrue(robot.lookup(".lb-panel .chart").tryQuery().isEmpty());
        assertTrue(robot.lookup("#kpiStrip").tryQuery().isEmpty());
        assertTrue(robot.lookup(".table-view").tryQuery().isEmpty());
        assertFalse(pageTexts(robot).stream().anyMatch(t -> t.contains("NaN")));

        reloadWith(robot, ReportFixture::full);
        assertTrue(robot.lookup("#dashboardEmpty").tryQuery().isEmpty());
    }

    @Test
    void withoutOutcomesThePanelsStayAndSayWhyWonAndCompletionAreEmpty(FxRobot robot) {
        reloadWith(robot, ReportFixture::withoutOutcomes);
        assertEquals(DashboardPage.NO_OUTCOMES, text(robot, "#noOutcomesNote"));
        assertTrue(DashboardPage.NO_OUTCOMES.startsWith("Sales has reported no outcomes yet: won and completion figures are empty"));
        assertEquals("–", text(robot, "#kpiWon"));
        assertEquals("–", text(robot, "#kpiMqlToWon"));
        assertEquals("–", text(robot, "#kpiCompletion"));
        assertEquals("40.0%", text(robot, "#kpiMqlToSql"));
        assertEquals("MQAs: 84 · opportunities and wins not reported yet · 46.2% of MQLs were in MQAs", text(robot, "#mqaFigures"));
        assertEquals("120 of 260 MQLs with a company were in MQAs", text(robot, "#mqaCounts"));
        BarChart<String, Number> tiers = robot.lookup("#tierChart").query();
        assertEquals(List.of("MQLs", "SQLs"), seriesNames(tiers));
        TableView<Conversion> table = robot.lookup("#tierTable").queryTableView();
        assertEquals(List.of("–", "–", "–"), column(table, "Won"));
        assertEquals(List.of("–", "–", "–"), column(table, "MQL → won"));
        // the tier panel says so where its won figures are
        Node tierPanel = robot.lookup("#tierPanel").query();
        assertTrue(robot.from(tierPanel).lookup((Label l) -> DashboardPage.NO_OUTCOMES.equals(l.getText())).tryQuery().isPresent());
        assertFalse(pageTexts(robot).stream().anyMatch(t -> t.contains("NaN")));
    }

    private static List<String> pageTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.lookup("#dashboardPage").lookup((Label l) -> true).queryAllAs(Label.class).forEach(l -> texts.add(l.getText()));
        robot.lookup(".table-view").queryAllAs(TableView.class).forEach(t -> TableCsv.of(t).rows().forEach(texts::addAll));
        return texts;
    }

    @Test
    void aTableExportsAsTheCsvOfWhatItShows(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#exportCampaignTable").queryButton().fire());
        assertEquals(List.of("conversion-by-campaign.csv"), suggestedNames);
        Path file = dir.resolve("conversion-by-campaign.csv");
        List<List<String>> parsed = CSVFormat.RFC4180.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
                .getRecords().stream().map(CSVRecord::toList).toList();

        TableView<Conversion> table = robot.lookup("#campaignTable").queryTableView();
        List<String> header = table.getColumns().stream().map(TableColumn::getText).toList();
        assertEquals(List.of("Campaign", "MQLs", "SQLs", "MQL → SQL", "Won", "MQL → won", "Note"), header);
        assertEquals(header, parsed.getFirst());
        assertEquals(table.getItems().size() + 1, parsed.size());
        for (int r = 0; r < table.getItems().size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String shown = String.valueOf(table.getColumns().get(c).getCellData(r));
                assertEquals(SpreadsheetCells.neutralise(shown), parsed.get(r + 1).get(c), "row " + r + ", " + header.get(c));
            }
        }
        assertEquals("'" + ReportFixture.FORMULA_CAMPAIGN, parsed.get(3).getFirst(), "a formula arrives as text");
        assertEquals("Saved " + file, robot.lookup("#dashboardMessage").queryAs(Label.class).getText());
    }

    @Test
    void aChartExportsAsAPngOfItsSize(FxRobot robot) throws Exception {
        Node chart = robot.lookup("#tierChart").query();
        robot.interact(() -> robot.lookup("#exportTierChart").queryButton().fire());
        Path file = dir.resolve("conversion-by-tier.png");
        byte[] png = Files.readAllBytes(file);
        assertArrayEquals(NodePngTest.SIGNATURE, Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.ceil(chart.getBoundsInParent().getWidth()), image.getWidth(), 1.0);
        assertEquals(Math.ceil(chart.getBoundsInParent().getHeight()), image.getHeight(), 1.0);
    }

    @Test
    void cancellingTheFileChoiceWritesNothing(FxRobot robot) throws Exception {
        DashboardViewModel other = new DashboardViewModel(source, TaskExecutor.direct());
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene((Parent) DashboardView.create(other, name -> null), 1280, 900));
            stage.show();
            other.load();
            stage.getScene().lookup("#exportTierTable").fireEvent(new javafx.event.ActionEvent());
            stage.close();
        });
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertEquals("", other.messageProperty().get());
    }
}
