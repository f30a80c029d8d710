package com.leadbench.gui.start;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.window.MainWindow;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.scoring.start.GeneralPreset;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadRepository;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
 * Issue #13 in the window: a database with leads and nothing published opens with the start banner
 * (the general preset shown, not published) and the health banner naming the rule that excludes most
 * leads; choosing a preset publishes version 1 and hides the start banner.
 */
@ExtendWith(ApplicationExtension.class)
class StartBannerTest {

    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace;

    /**
     * Two fitting contacts at business addresses who did a lot lately, one of them won, and three at a
     * disposable domain: the general preset excludes three of five.
     */
    static Path leads(Path file, boolean won) throws Exception {
        try (Database db = Database.open(file)) {
            LeadRepository leads = new LeadRepository(db);
            ActivityRepository activities = new ActivityRepository(db);
            String[] emails = {"ada@acme.com", "bob@beta.com", "cy@mailinator.com", "di@mailinator.com", "ed@mailinator.com"};
            for (int i = 0; i < emails.length; i++) {
                Account account = leads.insert(new Account(0, "company" + i + ".com", "Company " + i, "Chemicals", 1500, null, "US", null,
                        false, false, null, Map.of()));
                long id = leads.insert(new Contact(0, "CRM-" + i, emails[i], "First" + i, "Last" + i, "Director of Operations", null, "US",
                        null, "Web", null, NOW.minus(Duration.ofDays(60)), null, account.id(), Map.of()));
                if (i < 2) {
                    for (ActivityType type : new ActivityType[] {ActivityType.DOWNLOAD, ActivityType.DOWNLOAD, ActivityType.FORM_SUBMIT}) {
                        activities.insert(new Activity(0, id, type, "Guide", "technical_guide", null, NOW.minus(Duration.ofDays(5)), null, null));
                    }
                }
                if (i == 0 && won) {
                    new FollowUpRepository(db).insert(new SalesFollowUp(0, id, FollowUpKind.WON, NOW.minus(Duration.ofDays(1)), null, "won"));
                }
            }
        }
        return file;
    }

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(leads(dir.resolve("start.db"), true), 0, Clock.fixed(NOW, ZoneOffset.UTC));
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

    private long versions() {
        return workspace.scorecards().history().size();
    }

    @Test
    void theBannerShowsUntilTheGeneralPresetIsChosenWhichPublishesVersionOne(FxRobot robot) {
        Node banner = robot.lookup("#startBanner").query();
        assertTrue(banner.isVisible());
        assertTrue(robot.lookup("#startMessage").queryAs(Label.class).getText().contains("general B2B preset"));
        assertEquals(0, versions(), "opening published nothing");
        assertEquals(0, workspace.published().number());
        assertTrue(robot.lookup("#mainTabs").tryQuery().isPresent(), "the screens are there under the banner");

        robot.clickOn("#useGeneralPreset");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(banner.isVisible());
        assertEquals(1, versions());
        assertEquals(1, workspace.published().number());
        assertEquals(GeneralPreset.NAME, workspace.published().scorecard().name());
        assertFalse(workspace.nothingPublished());
    }

    @Test
    void theHealthBannerNamesTheRuleThatExcludesMostLeadsBeforeAndAfterPublishing(FxRobot robot) {
        Node health = robot.lookup("#healthBanner").query();
        assertTrue(health.isVisible());
        String expected = "Invalid or disposable email (invalid-email) excludes 3 of 5 leads (60%)";
        assertTrue(robot.lookup("#healthBannerText").queryAs(Label.class).getText().contains(expected),
                robot.lookup("#healthBannerText").queryAs(Label.class).getText());

        robot.clickOn("#useGeneralPreset");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(health.isVisible(), "the published version excludes them too");
        assertTrue(robot.lookup("#healthBannerText").queryAs(Label.class).getText().contains(expected));
    }

    @Test
    void theIndustrialPresetIsChosenFromTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.ALT).press(KeyCode.I).release(KeyCode.I).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#startBanner").query().isVisible());
        assertEquals(1, workspace.published().number());
        assertEquals("Industrial default", workspace.published().scorecard().name());
    }

    @Test
    void learningFromOutcomesIsOfferedWhenALeadWasWonAndOpensTuning(FxRobot robot) {
        Button learn = robot.lookup("#learnFromOutcomes").queryButton();
        assertFalse(learn.isDisabled(), "a lead was won");
        assertFalse(robot.lookup("#learnNeedsOutcomes").query().isVisible());
        robot.clickOn(learn);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals("tuningTab", tabs.getSelectionModel().getSelectedItem().getId());
        TabPane studio = robot.lookup("#tuningTabs").queryAs(TabPane.class);
        assertEquals("learnTab", studio.getSelectionModel().getSelectedItem().getId(), "on the learning panel");
        assertEquals(0, versions(), "learning publishes nothing by itself");
        assertTrue(robot.lookup("#startBanner").query().isVisible());
        assertTrue(robot.lookup("#draftHealthBanner").query().isVisible(), "the draft excludes three of five too");
        assertTrue(robot.lookup("#draftHealthBannerText").queryAs(Label.class).getText().contains("(invalid-email) excludes 3 of 5"));
    }

    @Test
    void withoutOutcomesLearningIsNotOffered(FxRobot robot) throws Exception {
        try (Workspace other = Workspace.open(leads(dir.resolve("nowins.db"), false), 0, Clock.fixed(NOW, ZoneOffset.UTC))) {
            boolean[] learned = {false};
            StartViewModel model = new WindowGraph(other, TaskExecutor.direct()).start(() -> { });
            model.setOnLearn(() -> learned[0] = true);
            robot.interact(model::refresh);
            assertTrue(model.neededProperty().get());
            assertFalse(model.learnAvailableProperty().get());
            robot.interact(model::learn);
            assertFalse(learned[0]);
        }
    }
}
