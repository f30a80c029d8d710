package com.leadbench.gui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.WindowGraph;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.analysis.CapacityReplay;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Replay tab of the tuning studio on a 600-contact demo: weeks, chart, summary, and a capacity set, followed and undone. */
@ExtendWith(ApplicationExtension.class)
class ReplayScreenTest {

    private static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel tuning;
    private AnalysisViewModel analysis;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(dir.resolve("replay.db"), 600, Clock.fixed(NOW, ZoneOffset.UTC));
        WindowGraph graph = new WindowGraph(workspace, TaskExecutor.direct());
        tuning = graph.tuning();
        analysis = graph.analysis(tuning);
        Scene scene = new Scene((Parent) TuningView.create(tuning, analysis), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReplayViewModel.Comparison replayOnView(FxRobot robot) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tuningTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "replayTab".equals(t.getId())).findFirst().orElseThrow());
        });
        robot.clickOn("#runReplay");
        WaitForAsyncUtils.waitForFxEvents();
        ReplayViewModel.Comparison c = analysis.replay().replayProperty().get();
        assertNotNull(c, analysis.replay().messageProperty().get());
        return c;
    }

    @Test
    void theTabShowsEachWeekOfBothScorecardsAsTheReplayCountsThem(FxRobot robot) {
        ReplayViewModel.Comparison c = replayOnView(robot);
        Instant to = Instant.parse("2026-11-02T00:00:00Z");
        var pace = com.leadbench.scoring.analysis.TeamPace.observed(new FollowUpRepository(workspace.database()).firstContactTimes(),
                to.minus(java.time.Duration.ofDays(7L * ReplayViewModel.WEEKS)), to, workspace.published().scorecard().deadlines());
        assertTrue(pace.isPresent(), "the demo's sales recorded first contacts in the period");
        CapacityReplay.Result expected = CapacityReplay.run(workspace.published().scorecard(), workspace.columns(),
                new FollowUpRepository(workspace.database()).firstWins(), to, ReplayViewModel.WEEKS, pace);
        assertEquals(expected, c.published(), "the period ends with the workspace's today, at the team's observed pace");
        assertEquals(c.published(), c.draft(), "an untouched draft replays like the published scorecard");
        TableView<?> weeks = robot.lookup("#replayWeeks").queryTableView();
        assertEquals(ReplayViewModel.WEEKS, weeks.getItems().size());
        LineChart<?, ?> chart = robot.lookup("#replayChart").queryAs(LineChart.class);
        assertEquals(2, chart.getData().size(), "published and draft; no capacity line for all queues");
        int sent = c.draft().weeks().stream().mapToInt(CapacityReplay.Week::qualified).sum();
        assertTrue(sent > 0, "the demo sends leads to sales over half a year");
        String summary = robot.lookup("#replaySummary").queryAs(Label.class).getText();
        assertTrue(summary.contains(String.format(java.util.Locale.US, "published %.1f", c.published().mqlsPerWeek()))
                && summary.contains("No queue has an agreed weekly capacity yet"), summary);
        assertTrue(summary.contains(String.format(java.util.Locale.US, "At the team's pace (%.1f first contacts a business day), %.0f%% of",
                pace.get().perBusinessDay(), 100 * c.published().inTimeShare().orElseThrow())), summary);
    }

    @Test
    void aCapacitySetOnAQueueIsADraftEditTheReplayFollowsAndUndoRemoves(FxRobot robot) {
        ReplayViewModel.Comparison before = replayOnView(robot);
        // the busiest queue of the replay, given room for one lead a week
        String busiest = before.draft().weeks().stream().flatMap(w -> w.byQueue().entrySet().stream())
                .collect(java.util.stream.Collectors.groupingBy(java.util.Map.Entry::getKey, java.util.stream.Collectors.summingInt(java.util.Map.Entry::getValue)))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        long weeksOver = before.draft().weeks().stream().filter(w -> w.byQueue().getOrDefault(busiest, 0) > 1).count();
        assertTrue(weeksOver > 0);
        robot.interact(() -> robot.lookup("#replayQueue").queryAs(ComboBox.class).setValue(busiest));
        robot.clickOn("#replayCapacity").write("1");
        robot.clickOn("#setCapacity");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, tuning.draftProperty().get().routing().weeklyCapacity().get(busiest));
        ReplayViewModel.Comparison after = analysis.replay().replayProperty().get();
        assertEquals(weeksOver, after.draft().overCapacityWeeks(), "every week it received more than one lead");
        assertEquals(0, after.published().overCapacityWeeks(), "the published scorecard agrees no capacity");
        assertEquals(3, robot.lookup("#replayChart").queryAs(LineChart.class).getData().size(), "the queue's capacity is drawn as a line");
        assertTrue(robot.lookup("#replaySummary").queryAs(Label.class).getText()
                .contains("over a queue's capacity in " + weeksOver + " of " + ReplayViewModel.WEEKS + " weeks"));
        assertEquals("Undo Set the weekly capacity of " + busiest + " to 1", robot.lookup("#undoButton").queryButton().getText());

        robot.interact(tuning::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tuning.draftProperty().get().routing().weeklyCapacity().isEmpty());
        assertEquals(0, analysis.replay().replayProperty().get().draft().overCapacityWeeks(), "the replay followed the undo");
    }

    @Test
    void fittingToCapacityMovesTheThresholdsSoTheReplayFitsAsOneUndoableEdit(FxRobot robot) {
        ReplayViewModel.Comparison before = replayOnView(robot);
        var draft = tuning.draftProperty().get();
        String queue = before.draft().weeks().stream().flatMap(w -> w.byQueue().entrySet().stream())
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        int busiest = before.draft().weeks().stream().mapToInt(w -> w.byQueue().getOrDefault(queue, 0)).max().orElse(0);
        assertTrue(busiest > 1, "the busiest week of the busiest queue");
        robot.interact(() -> analysis.replay().setCapacity(queue, busiest / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(analysis.replay().replayProperty().get().draft().overCapacityWeeks() > 0);

        robot.interact(() -> robot.lookup("#weeksWithin").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(26));
        robot.clickOn("#fitCapacity");
        WaitForAsyncUtils.waitForFxEvents();

        var fitted = tuning.draftProperty().get();
        assertTrue(fitted.thresholds().b().minScore() > draft.thresholds().b().minScore(), "a queue over capacity needs higher thresholds");
        assertEquals(fitted.thresholds().a().minScore() - draft.thresholds().a().minScore(),
                fitted.thresholds().c().minScore() - draft.thresholds().c().minScore(), 1e-9, "every threshold moves by the same points");
        assertEquals(0, analysis.replay().replayProperty().get().draft().overCapacityWeeks(), "the replay follows: within capacity every week");
        assertTrue(robot.lookup("#undoButton").queryButton().getText().startsWith("Undo Fit thresholds to capacity (+"));
        robot.interact(tuning::undo);
        assertEquals(draft.thresholds(), tuning.draftProperty().get().thresholds());
    }

    @Test
    void aCapacityThatIsNoNumberIsRefusedWithoutTouchingTheDraft(FxRobot robot) {
        replayOnView(robot);
        var draft = tuning.draftProperty().get();
        robot.interact(() -> robot.lookup("#replayQueue").queryAs(ComboBox.class).setValue(draft.routing().defaultQueue()));
        robot.clickOn("#replayCapacity").write("lots");
        robot.clickOn("#setCapacity");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(draft, tuning.draftProperty().get());
        assertEquals("A weekly capacity is a whole number of leads, 0 or more.", robot.lookup("#capacityProblem").queryAs(Label.class).getText());
    }
}
