package com.leadbench.gui.tuning;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.Tier;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The tuning studio, headless, on a small demo database: each test starts from a fresh copy. */
@ExtendWith(ApplicationExtension.class)
class TuningScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("tuning.db"), 400, clock);
        model = new WindowGraph(workspace, TaskExecutor.direct()).tuning();
        Scene scene = new Scene((Parent) TuningView.create(model), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String cell(FxRobot robot, Tier from, Tier to) {
        return robot.lookup("#cell-" + from.key() + "-" + to.key()).queryButton().getText();
    }

    private void type(FxRobot robot, String fieldId, String value) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        // what Enter does in the field; the field may be scrolled out of sight, so no mouse click
        robot.interact(() -> {
            field.setText(value);
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void movingAThresholdMovesLeadsInTheMatrixAndUndoRestoresItExactly(FxRobot robot) {
        PreviewScores published = workspace.publishedScores();
        int tierB = published.tierCounts()[Tier.B.ordinal()];
        assertTrue(tierB > 0, "the fixture has Tier B leads");
        assertEquals(Formats.count(tierB), cell(robot, Tier.B, Tier.B));
        assertEquals("0", cell(robot, Tier.B, Tier.C));

        // raising Tier B to 95 sends every B lead with a total under 95 to C (their fit passes the gate already)
        int expectedDown = 0;
        for (int i = 0; i < published.size(); i++) {
            if (published.tier(i) == Tier.B && published.total(i) < 95) {
                expectedDown++;
            }
        }
        assertTrue(expectedDown > 0, "some B leads are under 95");
        type(robot, "tierB-field", "95");

        assertEquals(Formats.count(expectedDown), cell(robot, Tier.B, Tier.C));
        assertEquals(Formats.count(tierB - expectedDown), cell(robot, Tier.B, Tier.B));
        assertEquals(Formats.count(expectedDown), robot.lookup("#movedKpi").queryAs(Label.class).getText());
        Button undo = robot.lookup("#undoButton").queryButton();
        assertEquals("Undo Tier B from 75 → 95", undo.getText());

        robot.clickOn(undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Formats.count(tierB), cell(robot, Tier.B, Tier.B));
        assertEquals("0", cell(robot, Tier.B, Tier.C));
        assertEquals("0", robot.lookup("#movedKpi").queryAs(Label.class).getText());
        assertEquals(model.published(), model.draftProperty().get(), "the draft is the published scorecard again");
        assertEquals("Redo Tier B from 75 → 95", robot.lookup("#redoButton").queryButton().getText());

        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Formats.count(expectedDown), cell(robot, Tier.B, Tier.C), "Ctrl+Y redoes");
    }

    @Test
    void raisingTheAccountTierAMinimumMovesAccountsInTheAccountMatrixLive(FxRobot robot) {
        var published = com.leadbench.scoring.account.AccountRollup.of(workspace.columns(), workspace.publishedScores(),
                workspace.published().scorecard());
        int tierA = published.tierCounts()[Tier.A.ordinal()];
        assertTrue(tierA > 0, "the fixture has Tier A accounts");
        assertEquals(Formats.count(tierA), robot.lookup("#account-cell-a-a").queryAs(Label.class).getText());
        assertEquals("0", robot.lookup("#account-cell-a-b").queryAs(Label.class).getText());

        // a minimum of 150 sends every Tier A account under 150 to Tier B (B's minimum is 80)
        long down = published.all().stream().filter(a -> a.tier() == Tier.A && a.score() < 150).count();
        assertTrue(down > 0 && down < tierA, "some but not all Tier A accounts are under 150: " + down + " of " + tierA);
        type(robot, "accountA-field", "150");

        assertEquals(Formats.count(down), robot.lookup("#account-cell-a-b").queryAs(Label.class).getText());
        assertEquals(Formats.count(tierA - down), robot.lookup("#account-cell-a-a").queryAs(Label.class).getText());
        assertEquals("MQAs: " + Formats.count(tierA) + " published → " + Formats.count(tierA - down) + " draft\n"
                + Formats.count(down) + " of " + Formats.count(published.size()) + " accounts change tier",
                robot.lookup("#accountMqas").queryAs(Label.class).getText(), "MQA from Tier A: the MQAs follow");
        assertEquals("Undo Account A from 120 → 150", robot.lookup("#undoButton").queryButton().getText());
        assertEquals(150, model.draftProperty().get().accounts().tierA());
    }

    @Test
    void clickingACellListsItsLeadsAndComparesBothBreakdowns(FxRobot robot) {
        type(robot, "tierB-field", "95");
        robot.clickOn("#cell-b-c");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(model.previewProperty().get().transitions().count(Tier.B, Tier.C), model.cellContacts().size());
        assertTrue(model.cellContacts().stream().allMatch(r -> r.publishedTier() == Tier.B && r.draftTier() == Tier.C));

        robot.interact(() -> robot.lookup("#cellContacts").queryTableView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.comparison().isEmpty());
        String title = robot.lookup("#comparisonTitle").queryAs(Label.class).getText();
        assertTrue(title.contains("published Tier B") && title.contains("draft Tier C"), title);
        // only the thresholds moved: no rule's points changed for this lead
        assertTrue(model.comparison().stream().noneMatch(CompareRow::changed));
    }

    @Test
    void aPointsChangeMovesLeadsAndIsNamedInTheUndoButton(FxRobot robot) {
        type(robot, "points-spec-sheets-field", "30");
        var preview = model.previewProperty().get();
        int moved = preview.transitions().moved();
        assertTrue(moved > 0, "raising spec sheets to 30 moves someone");
        var spec = model.draftProperty().get().rule("spec-sheets").orElseThrow();
        assertEquals(30, spec.points());
        assertEquals("Undo Spec sheet downloads points 8 → 30", robot.lookup("#undoButton").queryButton().getText());
    }

    @Test
    void publishingStoresVersionTwoAndRecordsEveryStageChange(FxRobot robot) {
        type(robot, "tierB-field", "95");
        PreviewScores before = workspace.publishedScores();
        PreviewScores after = model.previewProperty().get().scores();
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (before.stage(i) != after.stage(i)) {
                changed++;
            }
        }
        assertTrue(changed > 0);
        assertFalse(robot.lookup("#publishButton").queryButton().isDisabled());

        robot.interact(() -> model.publish("Raise Tier B to 95, agreed with sales"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, workspace.published().number());
        assertEquals(2, workspace.scorecards().history().size());
        assertEquals("Raise Tier B to 95, agreed with sales", workspace.scorecards().history().get(1).note());
        assertEquals(changed, workspace.stages().countForVersion(2), "one transition per lead whose stage changed");
        assertEquals(95, workspace.published().scorecard().thresholds().b().minScore());
        assertEquals(2, model.versions().size());
        assertTrue(robot.lookup("#publishButton").queryButton().isDisabled(), "nothing left to publish");
        assertEquals("0", robot.lookup("#movedKpi").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#tuningStatus").queryAs(Label.class).getText().startsWith("Published version 2"));
    }

    @Test
    void thePreviewFollowsLeadsReloadedWhileTheStudioIsOpen(FxRobot robot) {
        int before = workspace.columns().size();
        workspace.leads().insert(new com.leadbench.model.Contact(0, "NEW-1", "new@acme-foods.com", "New", "Lead",
                "Reliability Engineer", null, "US", "US", "Import", null, Instant.parse("2026-10-30T00:00:00Z"), null, null,
                java.util.Map.of()));
        workspace.refresh();
        type(robot, "tierB-field", "95");
        assertEquals(before + 1, model.previewProperty().get().scores().size(), model.previewProperty().get().toString());
        assertFalse(robot.lookup("#tuningStatus").queryAs(Label.class).getText().startsWith("Preview failed"));
    }

    @Test
    void anInvalidDraftIsMarkedAtTheFieldAndCannotBePublished(FxRobot robot) {
        type(robot, "tierB-field", "150");
        assertFalse(model.problems().isEmpty());
        assertTrue(robot.lookup("#publishButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#tierA-field").queryAs(TextField.class).getStyleClass().contains(Styles.INVALID),
                "Tier A must be above Tier B: marked at the field");
        String problems = robot.lookup("#problemsLabel").queryAs(Label.class).getText();
        assertTrue(problems.contains("Tier A (105) must be above Tier B (150)"), problems);

        robot.interact(() -> model.publish("should not land"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, workspace.scorecards().history().size(), "nothing published");
        assertEquals(0, workspace.stages().countForVersion(2));
    }

    @Test
    void aNegativeCapIsRefusedAtItsField(FxRobot robot) {
        type(robot, "cap-email-opens-field", "-5");
        assertTrue(model.problems().stream().anyMatch(p -> p.message().contains("cap cannot be negative")), model.problems().toString());
        assertTrue(robot.lookup("#cap-email-opens-field").queryAs(TextField.class).getStyleClass().contains(Styles.INVALID));
        assertTrue(robot.lookup("#publishButton").queryButton().isDisabled());
    }

    @Test
    void disablingARuleIsOneUndoableEdit(FxRobot robot) {
        CheckBox requests = robot.lookup("#enabled-requests").queryAs(CheckBox.class);
        robot.interact(requests::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.draftProperty().get().rule("requests").orElseThrow().enabled());
        assertTrue(model.previewProperty().get().transitions().moved() > 0);
        assertEquals("Undo Disable Quote, demo, consultation, trial or review request", robot.lookup("#undoButton").queryButton().getText());
        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.draftProperty().get().rule("requests").orElseThrow().enabled());
        assertEquals(0, model.previewProperty().get().transitions().moved());
    }
}
