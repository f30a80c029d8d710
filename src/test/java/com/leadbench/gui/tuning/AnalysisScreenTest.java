package com.leadbench.gui.tuning;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** Backtest, suggested weights and candidate rules in the tuning studio, on a demo with outcomes. */
@ExtendWith(ApplicationExtension.class)
class AnalysisScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel tuning;
    private AnalysisViewModel analysis;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("analysis.db"), 1500, clock);
        tuning = new WindowGraph(workspace, TaskExecutor.direct()).tuning();
        analysis = new WindowGraph(workspace, TaskExecutor.direct()).analysis(tuning);
        Scene scene = new Scene((Parent) TuningView.create(tuning, analysis), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theBacktestShowsBothScorecardsPerTier(FxRobot robot) {
        robot.interact(() -> robot.lookup("#tuningTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2));
        robot.clickOn("#runBacktest");
        WaitForAsyncUtils.waitForFxEvents();
        var result = analysis.backtestProperty().get();
        assertTrue(result != null, analysis.messageProperty().get());
        assertTrue(result.published().wins() > 0);
        TableView<?> tiers = robot.lookup("#backtestTiers").queryTableView();
        assertEquals(5, tiers.getItems().size());
        String summary = robot.lookup("#backtestSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("AUC") && summary.contains(result.published().wins() + " won"), summary);
        assertEquals(result.published().auc(), result.draft().auc(), 1e-12, "an untouched draft backtests like the published card");
        var accounts = com.leadbench.scoring.analysis.AccountBacktest.run(workspace.columns(),
                new com.leadbench.store.OutcomesLoader(workspace.database()).load(workspace.columns()), workspace.published().scorecard(),
                workspace.clock().millis());
        assertTrue(accounts.won() > 0, "the demo's deals are won at accounts");
        assertEquals(accounts, result.publishedAccounts());
        String line = robot.lookup("#backtestAccounts").queryAs(Label.class).getText();
        assertTrue(line.contains(String.format(java.util.Locale.US, "AUC of the account score %.3f → %.3f, of its best single contact's %.3f",
                accounts.accountAuc(), accounts.accountAuc(), accounts.bestContactAuc())), line);
    }

    @Test
    void acceptingAllSuggestedWeightsIsOneUndoableEdit(FxRobot robot) {
        robot.interact(() -> analysis.suggestWeights(42));
        WaitForAsyncUtils.waitForFxEvents();
        var suggestion = analysis.suggestionProperty().get();
        assertTrue(suggestion != null, analysis.messageProperty().get());
        assertFalse(robot.lookup("#suggestions").queryTableView().getItems().isEmpty());
        Scorecard before = tuning.draftProperty().get();
        robot.interact(analysis::acceptAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, tuning.draftProperty().get());
        assertEquals("Undo Accept all suggested weights", robot.lookup("#undoButton").queryButton().getText());
        robot.interact(tuning::undo);
        assertEquals(before, tuning.draftProperty().get());
    }

    @Test
    void aCandidateBecomesARuleOfTheDraft(FxRobot robot) {
        robot.interact(() -> analysis.findCandidates(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(analysis.candidates().isEmpty(), analysis.messageProperty().get());
        Candidate first = analysis.candidates().getFirst();
        int rules = tuning.draftProperty().get().rules().size();
        robot.interact(() -> analysis.add(first));
        assertEquals(rules + 1, tuning.draftProperty().get().rules().size());
        assertTrue(tuning.draftProperty().get().rule(first.rule().id()).isPresent());
        assertTrue(robot.lookup("#rule-" + first.rule().id()).tryQuery().isPresent(), "the new rule has its editor row");
    }
}
