package com.leadbench.gui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.WindowGraph;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.Tier;
import com.leadbench.scoring.account.AccountPoints;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
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

/** The Accounts screen, headless, on a small demo database scored with the industrial preset. */
@ExtendWith(ApplicationExtension.class)
class AccountsScreenTest {

    @TempDir
    static Path dir;

    private static Workspace workspace;

    @BeforeAll
    static void createDemo() throws Exception {
        workspace = Workspace.open(dir.resolve("accounts.db"), 600, Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeDemo() {
        workspace.close();
    }

    private AccountsViewModel model;

    @Start
    void start(Stage stage) {
        model = new WindowGraph(workspace, TaskExecutor.direct()).accounts();
        Scene scene = new Scene((Parent) AccountsView.create(model), 1400, 860);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    private static TableView<AccountScore> accounts(FxRobot robot) {
        return robot.lookup("#accountsTable").queryTableView();
    }

    @Test
    void listsEveryAccountBestFirstAsTheRollupScoresThem(FxRobot robot) {
        List<AccountScore> expected = AccountRollup.of(workspace.columns(), workspace.publishedScores(), workspace.published().scorecard()).all();
        TableView<AccountScore> table = accounts(robot);
        assertTrue(expected.size() > 50, "the demo has accounts: " + expected.size());
        assertEquals(expected.stream().map(AccountScore::accountId).toList(), table.getItems().stream().map(AccountScore::accountId).toList());
        long mqas = expected.stream().filter(AccountScore::mqa).count();
        assertTrue(mqas > 0, "the demo has MQAs");
        String status = robot.lookup("#accountsStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith(expected.size() + " accounts · " + mqas + " MQAs · "), status);
    }

    @Test
    void selectingAnAccountExplainsItsScoreAndListsItsContactsThenAContactShowsItsDetail(FxRobot robot) {
        TableView<AccountScore> table = accounts(robot);
        AccountScore top = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(0));

        TableView<AccountPoints> lines = robot.lookup("#accountBreakdown").queryTableView();
        assertEquals(top.score(), lines.getItems().stream().mapToDouble(AccountPoints::points).sum(), 1e-9, "the lines add up to the score");
        TableView<AccountContact> contacts = robot.lookup("#accountContactsTable").queryTableView();
        assertEquals(top.contactCount(), contacts.getItems().size());
        assertEquals(top.engaged().size(), contacts.getItems().stream().filter(AccountContact::engaged).count());
        assertTrue(contacts.getItems().get(0).engaged(), "engaged contacts first");
        String heading = robot.lookup("#accountHeading").queryAs(Label.class).getText();
        assertTrue(heading.startsWith(top.displayName() + " · " + top.tier().label()), heading);
        String missing = robot.lookup("#accountMissingRoles").queryAs(Label.class).getText();
        assertEquals(top.missingRoles().isEmpty() ? "Every role of the buying group is engaged." : "Missing: " + top.missingText() + ".", missing);

        AccountContact first = contacts.getItems().get(0);
        assertTrue(robot.lookup("#detailEmpty").query().isVisible(), "no contact chosen yet");
        robot.interact(() -> contacts.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#detailEmpty").query().isVisible(), "the contact's detail is shown");
        assertEquals(first.contactId(), model.detail().detailProperty().get().orElseThrow().detail().contact().id());
    }

    @Test
    void filtersByTextTierAndMqa(FxRobot robot) {
        TableView<AccountScore> table = accounts(robot);
        int all = table.getItems().size();
        robot.interact(() -> robot.lookup("#mqasOnly").queryAs(CheckBox.class).setSelected(true));
        assertTrue(table.getItems().size() < all && !table.getItems().isEmpty(), "MQAs only: " + table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(AccountScore::mqa));
        robot.interact(() -> robot.lookup("#mqasOnly").queryAs(CheckBox.class).setSelected(false));

        robot.interact(() -> model.tierFilterProperty().set(Tier.NOT_QUALIFIED));
        assertTrue(!table.getItems().isEmpty() && table.getItems().stream().allMatch(a -> a.tier() == Tier.NOT_QUALIFIED));
        robot.interact(() -> model.tierFilterProperty().set(null));
        assertEquals(all, table.getItems().size());

        AccountScore some = table.getItems().get(table.getItems().size() / 2);
        String name = some.displayName();
        robot.clickOn("#accountFilter").write(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().contains(some), name + " is still listed");
        assertTrue(table.getItems().size() < all, "narrowed: " + table.getItems().size());
    }
}
