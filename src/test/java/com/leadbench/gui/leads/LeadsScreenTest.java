package com.leadbench.gui.leads;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.rules.Points;
import com.leadbench.store.ActivityRepository;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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

/** The leads screen, headless, on a small demo database scored with the default preset. */
@ExtendWith(ApplicationExtension.class)
class LeadsScreenTest {

    @TempDir
    static Path dir;

    private static Workspace workspace;

    @BeforeAll
    static void createDemo() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("screen.db"), 400, clock);
    }

    @AfterAll
    static void closeDemo() {
        workspace.close();
    }

    @Start
    void start(Stage stage) {
        LeadsViewModel model = new WindowGraph(workspace, TaskExecutor.direct()).leads();
        Scene scene = new Scene((Parent) LeadsView.create(model), 1280, 800);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    private static TableView<LeadRow> table(FxRobot robot) {
        return robot.lookup("#leadsTable").queryTableView();
    }

    @Test
    void showsEveryLeadBestScoreFirstWithCountsInTheStatusBar(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        assertEquals(400, table.getItems().size());
        for (int i = 1; i < table.getItems().size(); i++) {
            assertTrue(table.getItems().get(i - 1).total() >= table.getItems().get(i).total(), "sorted by total, descending");
        }
        String status = robot.lookup("#statusBar").queryAs(Label.class).getText();
        assertTrue(status.startsWith("400 leads"), status);
        assertTrue(status.contains("scored with Industrial default v1"), status);
        assertTrue(robot.lookup("#detailEmpty").query().isVisible(), "empty state before a selection");
    }

    @Test
    void filteringNarrowsTheTableAndSelectingShowsTheDetail(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        LeadRow target = table.getItems().stream().filter(l -> l.lead().company() != null).findFirst().orElseThrow();
        String company = target.lead().company();

        robot.clickOn("#leadFilter").write(company);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().size() < 400, "filtered: " + table.getItems().size());
        assertTrue(table.getItems().contains(target), "the lead whose company was typed is still shown");
        assertTrue(table.getItems().stream().allMatch(l -> l.lead().company() != null && l.lead().company().contains(company)
                        || l.lead().name().contains(company) || (l.lead().email() != null && l.lead().email().contains(company))),
                "every row matches " + company);
        String status = robot.lookup("#statusBar").queryAs(Label.class).getText();
        assertTrue(status.contains(table.getItems().size() + " shown"), status);

        LeadRow first = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(first.lead().name(), robot.lookup("#detailName").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#detailEmpty").query().isVisible());
        assertTrue(robot.lookup("#detailSubtitle").queryAs(Label.class).getText().contains(company));
        TableView<?> timeline = robot.lookup("#activityTimeline").queryTableView();
        assertEquals(new ActivityRepository(workspace.database()).forContact(first.contactId()).size(), timeline.getItems().size());
        assertTrue(robot.lookup("#accountFacts").tryQuery().isPresent(), "company facts shown");
    }

    @Test
    void theDetailExplainsTheScoreRuleByRule(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        LeadRow best = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Points.format(best.total()), robot.lookup("#scoreTotal").queryAs(Label.class).getText());
        assertEquals(Points.format(best.fit()), robot.lookup("#scoreFit").queryAs(Label.class).getText());
        assertEquals(best.tier().label(), robot.lookup("#detailTier").queryAs(Label.class).getText());
        TableView<Contribution> breakdown = robot.lookup("#breakdownTable").queryTableView();
        assertFalse(breakdown.getItems().isEmpty());
        double sum = breakdown.getItems().stream().mapToDouble(Contribution::points).sum();
        assertEquals(best.total(), sum, 1e-9, "the rows add up to the total shown");
        assertFalse(robot.lookup("#detailReason").queryAs(Label.class).getText().isBlank());
    }

    @Test
    void aQualifiedLeadShowsItsHandoffAndALeadOnlyTheOverride(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        int sql = indexOf(table, LifecycleStage.SQL);
        robot.interact(() -> table.getSelectionModel().select(sql));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#routeQueue").queryAs(Label.class).getText().isBlank());
        assertTrue(robot.lookup("#deadlineText").queryAs(Label.class).getText().startsWith("Contact by "));
        assertTrue(robot.lookup("#handoffNote").tryQuery().isPresent());

        int lead = indexOf(table, LifecycleStage.LEAD);
        robot.interact(() -> table.getSelectionModel().select(lead));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#notInHandoff").tryQuery().isPresent());
        assertTrue(robot.lookup("#handoffNote").tryQuery().isEmpty(), "no note for a lead that is not qualified");
        assertFalse(robot.lookup("#overrideTier").queryButton().isDisabled(), "its tier can still be set by hand");
        assertTrue(robot.lookup("#markReviewed").queryButton().isDisabled());
    }

    private static int indexOf(TableView<LeadRow> table, LifecycleStage stage) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).stage() == stage && table.getItems().get(i).tier() != Tier.EXCLUDED) {
                return i;
            }
        }
        throw new AssertionError("no " + stage + " in the demo");
    }

    @Test
    void tierAndStageFiltersNarrowTheTable(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        long tierA = table.getItems().stream().filter(r -> r.tier() == Tier.A).count();
        long tierASql = table.getItems().stream().filter(r -> r.tier() == Tier.A && r.stage() == LifecycleStage.SQL).count();
        assertTrue(tierA > tierASql && tierASql > 0, "the demo has tier-A leads, some of them SQLs: " + tierA + ", " + tierASql);
        ComboBox<FilterChoice<Tier>> tiers = robot.lookup("#tierFilter").queryComboBox();
        robot.interact(() -> tiers.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tierA, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.tier() == Tier.A));

        ComboBox<FilterChoice<LifecycleStage>> stages = robot.lookup("#stageFilter").queryComboBox();
        robot.interact(() -> stages.getItems().stream().filter(c -> c.value() == LifecycleStage.SQL).findFirst().ifPresent(stages::setValue));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tierASql, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(r -> r.tier() == Tier.A && r.stage() == LifecycleStage.SQL));

        robot.interact(() -> {
            tiers.getSelectionModel().select(0);
            stages.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(400, table.getItems().size());
    }

    @Test
    void clearingTheFilterBringsEveryLeadBack(FxRobot robot) {
        TableView<LeadRow> table = table(robot);
        robot.clickOn("#leadFilter").write("zzzz-no-such-lead");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size());
        robot.interact(() -> robot.lookup("#leadFilter").queryTextInputControl().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(400, table.getItems().size());
    }
}
