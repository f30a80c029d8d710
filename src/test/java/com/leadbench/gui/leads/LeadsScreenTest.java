package com.leadbench.gui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.demo.DemoSettings;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.LeadSummary;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.Database;
import com.leadbench.store.DemoWriter;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDetails;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.StageRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The leads screen, headless, on a small demo database. */
@ExtendWith(ApplicationExtension.class)
class LeadsScreenTest {

    @TempDir
    static Path dir;

    private static Database database;
    private static LeadRepository leads;
    private static ActivityRepository activities;

    @BeforeAll
    static void createDemo() throws Exception {
        database = Database.open(dir.resolve("screen.db"));
        new DemoWriter(database).write(new DemoSettings(300, 11, LocalDate.of(2026, 11, 1)));
        leads = new LeadRepository(database);
        activities = new ActivityRepository(database);
    }

    @AfterAll
    static void closeDemo() {
        database.close();
    }

    @Start
    void start(Stage stage) {
        LeadDetails details = new LeadDetails(leads, activities, new FollowUpRepository(database), new StageRepository(database));
        LeadsViewModel model = new LeadsViewModel(leads, details, TaskExecutor.direct());
        Scene scene = new Scene((javafx.scene.Parent) LeadsView.create(model), 1280, 800);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @Test
    void showsEveryLeadAndTheCountsInTheStatusBar(FxRobot robot) {
        TableView<LeadSummary> table = robot.lookup("#leadsTable").queryTableView();
        assertEquals(300, table.getItems().size());
        String status = robot.lookup("#statusBar").queryAs(Label.class).getText();
        assertTrue(status.startsWith("300 leads"), status);
        assertTrue(robot.lookup("#detailEmpty").query().isVisible(), "empty state before a selection");
    }

    @Test
    void filteringNarrowsTheTableAndSelectingShowsTheDetail(FxRobot robot) {
        TableView<LeadSummary> table = robot.lookup("#leadsTable").queryTableView();
        LeadSummary target = table.getItems().stream().filter(l -> l.company() != null).findFirst().orElseThrow();
        String company = target.company();

        robot.clickOn("#leadFilter").write(company);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() < 300, "filtered: " + table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(l -> l.company() != null && l.company().contains(company)
                        || l.name().contains(company) || (l.email() != null && l.email().contains(company))),
                "every row matches " + company);
        String status = robot.lookup("#statusBar").queryAs(Label.class).getText();
        assertTrue(status.contains(table.getItems().size() + " shown"), status);

        LeadSummary first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(first.name(), robot.lookup("#detailName").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#detailEmpty").query().isVisible());
        assertTrue(robot.lookup("#detailSubtitle").queryAs(Label.class).getText().contains(company));
        TableView<?> timeline = robot.lookup("#activityTimeline").queryTableView();
        assertEquals(activities.forContact(first.contactId()).size(), timeline.getItems().size());
        assertTrue(robot.lookup("#accountFacts").tryQuery().isPresent(), "company facts shown");
    }

    @Test
    void clearingTheFilterBringsEveryLeadBack(FxRobot robot) {
        TableView<LeadSummary> table = robot.lookup("#leadsTable").queryTableView();
        robot.clickOn("#leadFilter").write("zzzz-no-such-lead");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());
        robot.interact(() -> robot.lookup("#leadFilter").queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, table.getItems().size());
    }
}
