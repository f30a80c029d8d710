package com.leadbench.gui.dashboard;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.window.MainWindow;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.leads.LeadsViewModel;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's Dashboard and Accounts tabs: Hot leads, Accounts, Dashboard in that order, each built only when first opened. */
@ExtendWith(ApplicationExtension.class)
class DashboardTabTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private LeadsViewModel leads;

    @Start
    void start(Stage stage) throws Exception {
        workspace = Workspace.open(dir.resolve("tabs.db"), 120, Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC));
        leads = new WindowGraph(workspace, TaskExecutor.direct()).leads();
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
    void theDashboardTabComesAfterHotLeadsAndAccountsAndIsBuiltWhenFirstOpened(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals(tabs.getTabs().indexOf(tab(tabs, "hotLeadsTab")) + 1, tabs.getTabs().indexOf(tab(tabs, "accountsTab")));
        assertEquals(tabs.getTabs().indexOf(tab(tabs, "accountsTab")) + 1, tabs.getTabs().indexOf(tab(tabs, "dashboardTab")));
        Tab accounts = tab(tabs, "accountsTab");
        assertNull(accounts.getContent(), "no account scored before the manager looks");
        robot.interact(() -> tabs.getSelectionModel().select(accounts));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#accountsTable").tryQuery().orElse(null), "the Accounts screen is built on opening");
        Tab dashboard = tab(tabs, "dashboardTab");
        assertEquals("Dashboard", dashboard.getText());
        assertNull(dashboard.getContent(), "nothing computed before the manager looks");

        robot.interact(() -> tabs.getSelectionModel().select(dashboard));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(dashboard.getContent());
        // the figures were asked for: they are shown, or the screen says why not
        String summary = robot.lookup("#dashboardSummary").queryAs(Label.class).getText();
        String error = robot.lookup("#dashboardError").queryAs(Label.class).getText();
        assertFalse(summary.isEmpty() && error.isEmpty(), "loaded on opening");
    }

    @Test
    void aHiddenAccountsTabCatchesUpWithTheLeadsWhenOpenedAgain(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "accountsTab")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#accountsTable").queryTableView();
        int before = table.getItems().size();
        assertTrue(before > 0, "the demo has accounts");
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "leadsTab")));

        // a new company with one contact arrives (as an import would bring it), and the leads reload
        var repository = workspace.leads();
        var account = repository.insert(new com.leadbench.model.Account(0, "newco.example", "Newco Pumps", "Chemicals", 400, null, "US",
                "North America", false, false, null, java.util.Map.of()));
        repository.insert(new com.leadbench.model.Contact(0, null, "ann@newco.example", "Ann", "Lee", "Maintenance Manager", null, "US", null,
                null, null, Instant.parse("2026-10-01T00:00:00Z"), null, account.id(), java.util.Map.of()));
        workspace.refresh();
        robot.interact(leads::load);
        assertEquals(before, table.getItems().size(), "not rolled up again while nobody looks");

        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "accountsTab")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, table.getItems().size(), "rolled up again on opening");
        assertTrue(table.getItems().stream().anyMatch(a -> ((com.leadbench.scoring.account.AccountScore) a).displayName().equals("Newco Pumps")));
    }

    private static Tab tab(TabPane pane, String id) {
        return pane.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }
}
