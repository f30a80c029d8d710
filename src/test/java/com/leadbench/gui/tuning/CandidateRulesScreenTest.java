package com.leadbench.gui.tuning;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.cli.Cli;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.workflow.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Add all" on the Candidate rules tab, on a 200-row lead list imported with its conversion flag (the rows of
 * {@code CandidatesCommandTest}): at a support of 20 it gives 9 candidates, 5 of them flagged as recorded after the
 * outcome (the flag itself, sales' Tags, and a source never won where 25 wins were expected) and 4 clean ones.
 */
@ExtendWith(ApplicationExtension.class)
class CandidateRulesScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel tuning;
    private AnalysisViewModel analysis;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder csv = new StringBuilder("Lead Source,TotalVisits,Tags,What is your current occupation,Converted\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i % 2 == 0 ? "Google" : "Referral").append(',').append((i / 4) % 10).append(',')
                    .append(i % 4 == 0 ? "Will revert" : "Ringing").append(',').append(i % 5 == 0 ? "" : "Engineer").append(',')
                    .append(i % 4 == 0 ? 1 : 0).append('\n');
        }
        Path file = Files.writeString(dir.resolve("leads.csv"), csv, StandardCharsets.UTF_8);
        Path db = dir.resolve("leads.db");
        StringWriter log = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"import", "--db", db.toString(), "--generate-ids", "--outcome", "Converted", "--won", "1",
                file.toString()}, new PrintWriter(log), new PrintWriter(log), w -> { }), log.toString());
        workspace = Workspace.open(db, 0, Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC));
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

    private void findCandidates(FxRobot robot) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tuningTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "candidatesTab".equals(t.getId())).findFirst().orElseThrow());
        });
        robot.interact(() -> robot.lookup("#minSupport").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(20));
        robot.clickOn("#findCandidates");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, analysis.candidates().size(), analysis.candidates().toString());
        assertEquals(5, analysis.candidates().stream().filter(Candidate::leaks).count(), analysis.candidates().toString());
    }

    private List<String> ids(Scorecard card) {
        return card.rules().stream().map(r -> r.id()).toList();
    }

    @Test
    void addAllAddsTheCleanCandidatesInOneUndoableEdit(FxRobot robot) {
        findCandidates(robot);
        Scorecard before = tuning.draftProperty().get();
        robot.clickOn("#addAllCandidates");
        WaitForAsyncUtils.waitForFxEvents();
        Scorecard after = tuning.draftProperty().get();
        assertEquals(before.rules().size() + 4, after.rules().size());
        for (Candidate c : analysis.candidates()) {
            assertEquals(!c.leaks(), ids(after).contains(c.rule().id()), c.toString());
        }
        String message = robot.lookup("#candidatesMessage").queryAs(Label.class).getText();
        assertEquals("Added 4 candidate rules with 0 points; 5 flagged as recorded after the outcome left out"
                + " (tick Include flagged to add them). Run Suggest weights to price them.", message);
        assertEquals("Undo Add 4 candidate rules", robot.lookup("#undoButton").queryButton().getText());

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, tuning.draftProperty().get(), "one undo removes them all");
    }

    @Test
    void flaggedCandidatesAreAddedOnlyWhenTickedAndNoneTwice(FxRobot robot) {
        findCandidates(robot);
        Candidate clean = analysis.candidates().stream().filter(c -> !c.leaks()).findFirst().orElseThrow();
        robot.interact(() -> analysis.add(clean));
        int rules = tuning.draftProperty().get().rules().size();
        TableView<?> table = robot.lookup("#candidates").queryTableView();
        assertTrue(robot.lookup(".lb-flag-urgent").tryQuery().isPresent(), "flagged rows show their reason");
        assertEquals(9, table.getItems().size());

        robot.clickOn("#includeFlagged");
        assertTrue(robot.lookup("#includeFlagged").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#addAllCandidates");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rules + 8, tuning.draftProperty().get().rules().size(), "the one added before is not added again");
        assertEquals("Added 8 candidate rules with 0 points, 5 of them flagged; 1 already in the draft. Run Suggest weights to price them.",
                robot.lookup("#candidatesMessage").queryAs(Label.class).getText());
        robot.clickOn("#addAllCandidates");
        assertEquals(rules + 8, tuning.draftProperty().get().rules().size());
        assertEquals("No candidate added; 9 already in the draft.", robot.lookup("#candidatesMessage").queryAs(Label.class).getText());
    }

    @Test
    void theButtonsAnswerToTheKeyboard(FxRobot robot) {
        findCandidates(robot);
        Button addAll = robot.lookup("#addAllCandidates").queryButton();
        assertTrue(addAll.isMnemonicParsing() && addAll.getText().equals("Add _all"), addAll.getText());
        assertTrue(robot.lookup("#includeFlagged").queryAs(CheckBox.class).isMnemonicParsing());
        int rules = tuning.draftProperty().get().rules().size();
        TableView<Candidate> table = robot.lookup("#candidates").queryTableView();
        Candidate clean = analysis.candidates().stream().filter(c -> !c.leaks()).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(clean));
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rules + 1, tuning.draftProperty().get().rules().size(), "Alt+S adds the selected candidate");
        assertTrue(tuning.draftProperty().get().rule(clean.rule().id()).isPresent());
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rules + 4, tuning.draftProperty().get().rules().size(), "Alt+A is Add all: the other 3 clean ones");
    }
}
