package com.leadbench.gui.hotleads;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.LifecycleStage;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.workflow.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hot-leads screen, headless, on a small demo database: the queue, review, the note editor and export. */
@ExtendWith(ApplicationExtension.class)
class HotLeadsScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private HotLeadsViewModel model;
    private Path chosenFolder;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("hot.db"), 300, clock);
        model = new WindowGraph(workspace, TaskExecutor.direct()).hotLeads();
        chosenFolder = dir.resolve("packet");
        Scene scene = new Scene((Parent) HotLeadsView.create(model, owner -> chosenFolder), 1280, 860);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static TableView<LeadHandoff> table(FxRobot robot) {
        return robot.lookup("#hotLeadsTable").queryTableView();
    }

    private static void select(FxRobot robot, int row) {
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void listsNewSqlsAndTierAMqlsByDeadlineAndShowsTheRouteOfTheSelectedLead(FxRobot robot) {
        TableView<LeadHandoff> table = table(robot);
        assertFalse(table.getItems().isEmpty());
        for (LeadHandoff h : table.getItems()) {
            assertTrue(h.stage() == LifecycleStage.SQL || h.stage() == LifecycleStage.MQL, h.stage().toString());
            assertFalse(h.reviewed());
        }
        String summary = robot.lookup("#hotSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith(table.getItems().size() + " waiting for review"), summary);
        select(robot, 0);
        LeadHandoff first = table.getItems().getFirst();
        assertEquals(first.route().queue(), robot.lookup("#routeQueue").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#handoffNote").queryAs(TextArea.class).getText().startsWith(first.facts().contact().displayName()));
    }

    @Test
    void markingReviewedTakesTheLeadOffTheQueueUntilReviewedOnesAreShown(FxRobot robot) {
        TableView<LeadHandoff> table = table(robot);
        int before = table.getItems().size();
        long id = table.getItems().getFirst().contactId();
        select(robot, 0);
        robot.clickOn("#markReviewed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before - 1, table.getItems().size());
        assertTrue(table.getItems().stream().noneMatch(h -> h.contactId() == id));
        assertTrue(robot.lookup("#hotSummary").queryAs(Label.class).getText().contains("1 reviewed, not handed off"));
        robot.interact(() -> robot.lookup("#showReviewed").queryAs(CheckBox.class).setSelected(true));
        assertEquals(before, table.getItems().size());
        assertTrue(table.getItems().stream().anyMatch(h -> h.contactId() == id && h.reviewed()));

        // the lead stays in the detail pane, where the review can be taken back
        assertEquals("Mark not reviewed", robot.lookup("#markReviewed").queryButton().getText());
        robot.clickOn("#markReviewed");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#showReviewed").queryAs(CheckBox.class).setSelected(false));
        assertEquals(before, table.getItems().size(), "waiting for review again");
        assertTrue(table.getItems().stream().anyMatch(h -> h.contactId() == id && !h.reviewed()));
    }

    @Test
    void anEditedNoteIsSavedAndMarkedEdited(FxRobot robot) {
        select(robot, 0);
        long id = table(robot).getItems().getFirst().contactId();
        TextArea note = robot.lookup("#handoffNote").queryAs(TextArea.class);
        robot.interact(() -> note.appendText("\nAsk for the night-shift supervisor."));
        robot.clickOn("#saveNote");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#noteState").queryAs(Label.class).getText().startsWith("Edited by hand"));
        assertTrue(robot.lookup("#handoffNote").queryAs(TextArea.class).getText().endsWith("night-shift supervisor."));
        assertTrue(new com.leadbench.workflow.HandoffDesk(workspace).lead(id).orElseThrow().noteText().endsWith("night-shift supervisor."));
    }

    @Test
    void exportingTheSelectionWritesThePacketAndHandsTheLeadsOff(FxRobot robot) throws Exception {
        TableView<LeadHandoff> table = table(robot);
        int before = table.getItems().size();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.selectedIds().size());
        robot.clickOn("#exportSelected");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(chosenFolder.resolve("handoff.csv")));
        assertTrue(Files.exists(chosenFolder.resolve("handoff.html")));
        String message = robot.lookup("#hotMessage").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Packet HP-20261120-001: 2 leads written to"), message);
        assertEquals(before - 2, table.getItems().size(), "handed-off leads leave the queue");
    }
}
