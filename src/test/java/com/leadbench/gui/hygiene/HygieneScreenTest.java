package com.leadbench.gui.hygiene;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.window.MainWindow;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.importing.hygiene.MatchKeys;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.DuplicateRule;
import com.leadbench.model.MergeRecord;
import com.leadbench.store.ContactFactsLoader;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

/** The data-hygiene tab in the main window, headless, on a small demo database (which has duplicates); fresh per test. */
@ExtendWith(ApplicationExtension.class)
class HygieneScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private LeadsViewModel leads;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("hygiene.db"), 400, clock);
        leads = new WindowGraph(workspace, TaskExecutor.direct()).leads();
        Scene scene = new Scene((Parent) MainWindow.create(new WindowGraph(workspace, TaskExecutor.direct()), leads), 1400, 900);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        leads.load();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void open(FxRobot robot, String tabId) {
        TabPane main = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> main.getSelectionModel().select(tab(main, "hygieneTab")));
        if (tabId != null) {
            TabPane inner = robot.lookup("#hygieneTabs").queryAs(TabPane.class);
            robot.interact(() -> inner.getSelectionModel().select(tab(inner, tabId)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Tab tab(TabPane pane, String id) {
        return pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static Set<List<Long>> ids(List<DuplicatePair> pairs) {
        return pairs.stream().map(p -> List.of(p.older().id(), p.newer().id())).collect(Collectors.toSet());
    }

    private int leadsShown(FxRobot robot) {
        return robot.lookup("#leadsTable").queryTableView().getItems().size();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#hygieneStatus").queryAs(Label.class).getText();
    }

    @Test
    void listsPairsMergingOneRemovesItAndUndoBringsItBack(FxRobot robot) {
        assertEquals(400, leadsShown(robot));
        open(robot, "duplicatesTab");
        TableView<DuplicatePair> table = robot.lookup("#duplicatesTable").queryTableView();
        List<DuplicatePair> before = List.copyOf(table.getItems());
        assertFalse(before.isEmpty(), "the demo has duplicates");
        for (DuplicatePair p : before) {
            String olderName = MatchKeys.name(p.older().firstName(), p.older().lastName());
            String newerName = MatchKeys.name(p.newer().firstName(), p.newer().lastName());
            assertEquals(olderName != null && newerName != null && !olderName.equals(newerName),
                    HygieneViewModel.matchedBy(p).endsWith("names differ"), "one address, two names is pointed out: " + p);
            if (p.rules().contains(DuplicateRule.SAME_EMAIL)) {
                assertEquals(MatchKeys.email(p.older().email()), MatchKeys.email(p.newer().email()), p.toString());
            }
            if (p.rules().contains(DuplicateRule.SAME_NAME_AT_COMPANY)) {
                assertEquals(MatchKeys.name(p.older().firstName(), p.older().lastName()), MatchKeys.name(p.newer().firstName(), p.newer().lastName()));
                assertEquals(MatchKeys.company(p.older()), MatchKeys.company(p.newer()));
            }
        }
        assertTrue(status(robot).startsWith("400 contacts · " + before.size() + " duplicate pairs"), status(robot));
        assertTrue(robot.lookup("#keepLeftButton").queryButton().isDisabled(), "nothing to merge before a selection");

        // select a pair: both records side by side, older on the left
        DuplicatePair pair = table.getItems().getFirst();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#pairGrid").query().isVisible());
        assertEquals("#" + pair.older().id(), robot.lookup("#left-0").queryAs(Label.class).getText());
        assertEquals("#" + pair.newer().id(), robot.lookup("#right-0").queryAs(Label.class).getText());
        assertEquals("Matched by: " + pair.rulesLabel(), robot.lookup("#pairMatched").queryAs(Label.class).getText());

        robot.clickOn("#keepLeftButton");
        WaitForAsyncUtils.waitForFxEvents();

        long mergedId = pair.newer().id();
        assertFalse(ids(table.getItems()).contains(List.of(pair.older().id(), mergedId)), "the merged pair is gone");
        assertTrue(table.getItems().stream().noneMatch(p -> p.involves(mergedId)), "no pair names the merged contact");
        assertTrue(table.getItems().size() < before.size());
        assertEquals(399, workspace.leads().counts().contacts());
        assertEquals(399, leadsShown(robot), "the leads tab was reloaded");
        assertEquals(399, workspace.columns().size(), "the workspace was reloaded");
        assertTrue(status(robot).startsWith("399 contacts"), status(robot));
        assertEquals("", robot.lookup("#hygieneError").queryAs(Label.class).getText());

        open(robot, "mergeHistoryTab");
        TableView<MergeRecord> history = robot.lookup("#mergeHistoryTable").queryTableView();
        assertEquals(1, history.getItems().size());
        MergeRecord merge = history.getItems().getFirst();
        assertEquals(pair.older().id(), merge.keptId());
        assertEquals(mergedId, merge.mergedId());
        assertTrue(robot.lookup("#undoMergeButton").queryButton().isDisabled(), "nothing to undo before a selection");
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#undoMergeButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ids(before), ids(table.getItems()), "every pair is back");
        assertEquals(400, workspace.leads().counts().contacts());
        assertEquals(400, leadsShown(robot));
        assertTrue(status(robot).startsWith("400 contacts · " + before.size() + " duplicate pairs"), status(robot));
        assertEquals(1, history.getItems().size(), "the merge stays in the history");
        assertTrue(history.getItems().getFirst().undone());
        assertTrue(robot.lookup("#undoMergeButton").queryButton().isDisabled(), "an undone merge cannot be undone again");
        assertEquals("", robot.lookup("#hygieneError").queryAs(Label.class).getText());
    }

    @Test
    void keepingTheRightRecordMergesTheOlderIntoTheNewer(FxRobot robot) {
        open(robot, "duplicatesTab");
        TableView<DuplicatePair> table = robot.lookup("#duplicatesTable").queryTableView();
        DuplicatePair pair = table.getItems().getFirst();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#keepRightButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(workspace.details().load(pair.older().id()).isEmpty(), "the older record was merged");
        assertTrue(workspace.details().load(pair.newer().id()).isPresent(), "the newer record was kept");
        assertEquals(399, leadsShown(robot));
    }

    @Test
    void theDataFixQueueListsIncompleteRecordsAndFiltersByWhatIsMissing(FxRobot robot) {
        open(robot, "dataFixTab");
        List<ContactFacts> all = new ContactFactsLoader(workspace.database()).load();
        long noTitle = all.stream().filter(c -> c.jobTitle() == null || c.jobTitle().isBlank()).count();
        long noAccount = all.stream().filter(c -> c.accountId() == null).count();
        assertTrue(noTitle > 0 && noAccount > 0, "the demo has incomplete records");

        TableView<DataFixItem> table = robot.lookup("#dataFixTable").queryTableView();
        int everything = table.getItems().size();
        assertTrue(everything >= noAccount);
        ComboBox<?> filter = robot.lookup("#issueFilter").queryComboBox();
        robot.interact(() -> filter.getSelectionModel().select(1 + DataIssue.NO_JOB_TITLE.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(noTitle, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(i -> i.has(DataIssue.NO_JOB_TITLE)));
        assertEquals(noTitle + " of " + everything + " records", robot.lookup("#dataFixCount").queryAs(Label.class).getText());

        robot.interact(() -> filter.getSelectionModel().select(1 + DataIssue.DISPOSABLE_DOMAIN.ordinal()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.getItems().isEmpty(), "the demo has disposable addresses");
        assertTrue(table.getItems().stream().allMatch(i -> i.contact().email().toLowerCase().matches(".*@(mailinator|10minutemail|guerrillamail)\\.com")));

        robot.interact(() -> filter.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(everything, table.getItems().size());
    }
}
