package com.leadbench.gui.recovery;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.window.MainWindow;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.store.Database;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens a database whose published scorecard cannot be used, says so, and publishes a usable one. */
@ExtendWith(ApplicationExtension.class)
class RecoveryBannerTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private int broken;

    @Start
    void start(Stage stage) throws Exception {
        Path db = dir.resolve("banner.db");
        Workspace.open(db, 120, Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO scorecard_version (version, name, document, note, published_at)"
                    + " SELECT max(version) + 1, 'Broken', '{\"name\": 1}', 'planted', 1 FROM scorecard_version");
            var rs = st.executeQuery("SELECT max(version) FROM scorecard_version");
            rs.next();
            broken = rs.getInt(1);
        }
        workspace = Workspace.open(db, false, Database.Access.EXISTING);
        LeadsViewModel leads = new WindowGraph(workspace, TaskExecutor.direct()).leads();
        Scene scene = new Scene((Parent) MainWindow.create(new WindowGraph(workspace, TaskExecutor.direct()), leads), 1280, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        leads.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theBannerNamesTheVersionAndRepublishingThePreviousOneClearsIt(FxRobot robot) {
        Node banner = robot.lookup("#recoveryBanner").query();
        assertTrue(banner.isVisible());
        String message = robot.lookup("#recoveryMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("version " + broken) && message.contains("version " + (broken - 1))
                && message.contains("nothing is recorded"), message);
        assertTrue(robot.lookup("#mainTabs").tryQuery().isPresent(), "the screens are there under the banner");

        robot.clickOn("#republishPrevious");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(banner.isVisible());
        assertTrue(workspace.unusableScorecard().isEmpty());
        assertEquals(broken + 1, workspace.published().number());
        assertEquals("Version " + (broken - 1) + " published again: the newer one could not be used",
                workspace.scorecards().history().getLast().note());
    }

    @Test
    void aFileThatDoesNotReadIsReportedAndNothingIsPublished(FxRobot robot) throws Exception {
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"name\": []}");
        RecoveryViewModel model = new WindowGraph(workspace, TaskExecutor.direct()).recoveryModel(() -> { });
        robot.interact(() -> model.publishFile(bad));
        assertTrue(model.problemProperty().get().startsWith("Nothing was published") && model.problemProperty().get().contains("$.name"),
                model.problemProperty().get());
        assertTrue(model.neededProperty().get());
        assertEquals(broken, workspace.scorecards().history().getLast().version());
    }
}
