package com.leadbench.gui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.WindowGraph;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.ActivityType;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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

/** The studio's Versions tab and "Add rule": two versions compared, one loaded as the draft, a field rule added. */
@ExtendWith(ApplicationExtension.class)
class TuningVersionsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private TuningViewModel model;
    private double firstB;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("versions.db"), 200, clock);
        model = new WindowGraph(workspace, TaskExecutor.direct()).tuning();
        firstB = model.published().thresholds().spec(Tier.B).minScore();
        Scene scene = new Scene((Parent) TuningView.create(model), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Publishes version 2 with tier B from {@code firstB + 7}. */
    private double publishRaisedB(FxRobot robot) {
        double raised = firstB + 7;
        robot.interact(() -> {
            model.edit("Tier B from " + raised, c -> c.withThresholds(t -> t.withTierMin(Tier.B, raised)));
            model.publish("Raise tier B");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.versions().size(), "version 2 published");
        return raised;
    }

    @Test
    void twoVersionsSelectedAreComparedRuleByRuleOlderOnTheLeft(FxRobot robot) {
        double raised = publishRaisedB(robot);
        ListView<ScorecardVersion> list = robot.lookup("#versionList").queryListView();
        // picked newest first: the older one still goes on the left
        robot.interact(() -> {
            list.getSelectionModel().select(1);
            list.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();

        TableView<String[]> diff = robot.lookup("#versionDiff").queryTableView();
        assertEquals(List.of("v1", "v2"), List.of(diff.getColumns().get(1).getText(), diff.getColumns().get(2).getText()));
        assertEquals(1, diff.getItems().size(), "only tier B's threshold differs: " + diff.getItems().stream().map(r -> String.join("|", r)).toList());
        String[] row = diff.getItems().getFirst();
        assertEquals(Tier.B.label() + " from", row[0]);
        assertEquals(Points.format(firstB), row[1]);
        assertEquals(Points.format(raised), row[2]);

        robot.interact(() -> list.getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(diff.getItems().isEmpty(), "fewer than two versions selected: nothing compared");
    }

    @Test
    void aVersionLoadedAsTheDraftBecomesTheDraftAsOneUndoableEdit(FxRobot robot) {
        double raised = publishRaisedB(robot);
        assertEquals(raised, model.draftProperty().get().thresholds().spec(Tier.B).minScore());
        assertFalse(model.publishableProperty().get(), "the draft equals version 2");

        ListView<ScorecardVersion> list = robot.lookup("#versionList").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        assertFalse(robot.lookup("#loadVersionButton").queryButton().isDisabled(), "one version selected");
        robot.interact(() -> robot.lookup("#loadVersionButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(firstB, model.draftProperty().get().thresholds().spec(Tier.B).minScore(), "version 1's threshold is back in the draft");
        assertEquals("Undo Revert to version 1", model.undoTextProperty().get());
        assertTrue(model.publishableProperty().get(), "version 1 as the draft differs from version 2 and can be published");
        robot.interact(model::undo);
        assertEquals(raised, model.draftProperty().get().thresholds().spec(Tier.B).minScore(), "undo goes back to version 2");
    }

    @Test
    void aFieldRuleIsAddedWithAnIdTheDraftDoesNotHoldYet(FxRobot robot) {
        int before = model.draftProperty().get().rules().size();
        robot.interact(() -> model.addFieldRule("account.industry = Mining"));
        Scorecard draft = model.draftProperty().get();
        assertEquals(before + 1, draft.rules().size());
        Rule added = draft.rule("field-account-industry-mining").orElseThrow();
        FieldRule field = (FieldRule) added;
        assertEquals("account.industry = Mining", field.label());
        assertEquals("account.industry", field.field());
        assertEquals(List.of("Mining"), field.values());
        assertEquals(FieldRule.Operator.EQUALS, field.operator());
        assertEquals("Undo Add account.industry = Mining", model.undoTextProperty().get());

        robot.interact(() -> model.addFieldRule("account.industry = Mining"));
        assertTrue(model.draftProperty().get().rule("field-account-industry-mining-2").isPresent(), "a second one gets its own id");

        int now = model.draftProperty().get().rules().size();
        robot.interact(() -> {
            model.addFieldRule("no equals sign");
            model.addFieldRule("account.industry =");
        });
        assertEquals(now, model.draftProperty().get().rules().size(), "text without a field or a value adds nothing");

        robot.interact(() -> model.addSignalRule(ActivityType.values()[0]));
        assertEquals(now + 1, model.draftProperty().get().rules().size());
    }
}
