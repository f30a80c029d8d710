package com.leadbench.gui.tuning;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.LearnReport;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Learn from outcomes" in the tuning studio: the learned card becomes the draft, one undo brings the old one back. */
@ExtendWith(ApplicationExtension.class)
class LearnScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel tuning;
    private LearnViewModel learner;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("learn.db"), 1500, clock);
        tuning = new WindowGraph(workspace, TaskExecutor.direct()).tuning();
        learner = new WindowGraph(workspace, TaskExecutor.direct()).learn(tuning);
        Scene scene = new Scene((Parent) TuningView.create(tuning, new WindowGraph(workspace, TaskExecutor.direct()).analysis(tuning), learner),
                1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theLearnedScorecardOpensAsTheDraftAndOneUndoBringsBackThePublishedOne(FxRobot robot) {
        Scorecard before = tuning.draftProperty().get();
        robot.interact(() -> robot.lookup("#tuningTabs").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup("#tuningTabs").queryAs(TabPane.class).getTabs().size() - 1));
        robot.clickOn("#learnButton");
        WaitForAsyncUtils.waitForFxEvents();
        LearnReport report = learner.reportProperty().get();
        assertTrue(report != null, learner.messageProperty().get());
        assertTrue(report.rules().size() > 0, learner.messageProperty().get());
        assertEquals(report.scorecard(), tuning.draftProperty().get(), "the draft is the learned scorecard");
        assertEquals(report.rules().size(), robot.lookup("#learnedRules").queryTableView().getItems().size());
        assertEquals(4, robot.lookup("#learnCalibration").queryTableView().getItems().size(), "A, B, C and not qualified");
        String message = robot.lookup("#learnMessage").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Learned " + report.rules().size() + " rules") && message.contains("AUC"), message);
        assertNotEquals(before, tuning.draftProperty().get());

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, tuning.draftProperty().get(), "one undo restores the draft as it was");
    }

    @Test
    void impossibleTierSharesAreRefusedBeforeAnythingRuns(FxRobot robot) {
        Scorecard before = tuning.draftProperty().get();
        robot.interact(() -> learner.learn(60, 30, 20, 42));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(learner.messageProperty().get().contains("tier shares add up to 110%"), learner.messageProperty().get());
        assertEquals(before, tuning.draftProperty().get());
        assertEquals(null, learner.reportProperty().get());
    }
}
