package com.leadbench.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Requests that overlap and finish out of order: the screen ends on the figures of the version picked last. */
@ExtendWith(ApplicationExtension.class)
class DashboardStaleResultsTest {

    private final ManualExecutor executor = new ManualExecutor();
    private DashboardViewModel model;

    @Start
    void start(Stage stage) {
        RecordingSource source = new RecordingSource(1, 2, 3);
        // v1 has no MQLs, v2 no outcomes, every other filter the full figures: each answer looks different on screen
        source.answer((filter, level) -> filter.version().equals(Optional.of(1)) ? ReportFixture.empty(filter, level)
                : filter.version().equals(Optional.of(2)) ? ReportFixture.withoutOutcomes(filter, level) : ReportFixture.full(filter, level));
        model = new DashboardViewModel(source, executor);
        Scene scene = new Scene((Parent) DashboardView.create(model, name -> null), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
        executor.runInOrder();
    }

    @Test
    void onlyTheNewestRequestsReportEndsOnScreen(FxRobot robot) {
        ComboBox<DashboardView.VersionChoice> versions = robot.lookup("#versionChoice").queryComboBox();
        robot.interact(() -> {
            versions.getSelectionModel().select(3);
            versions.getSelectionModel().select(1);
            versions.getSelectionModel().select(2);
        });
        assertEquals(3, executor.queued());
        assertTrue(model.loadingProperty().get());

        robot.interact(executor::runNewestFirst);

        Label summary = robot.lookup("#dashboardSummary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("All time, scorecard v2 · 120 MQLs"), summary.getText());
        assertEquals("–", robot.lookup("#kpiWon").queryAs(Label.class).getText(), "v2's figures, which have no outcomes");
        assertTrue(robot.lookup("#dashboardEmpty").tryQuery().isEmpty(), "v1's empty report came later and was dropped");
        assertTrue(robot.lookup("#noOutcomesNote").tryQuery().isPresent());
        assertEquals("v2", versions.getValue().toString());
        assertFalse(robot.lookup("#dashboardLoading").query().isVisible());
    }
}
