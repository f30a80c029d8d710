package com.leadbench.gui.leads;

import com.leadbench.WindowGraph;
import com.leadbench.gui.detail.HandoffSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Formats;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.Activity;
import com.leadbench.workflow.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/**
 * A lead stored before the import limits, with a 5 MB job title, a 5 MB form text and a 5 MB custom
 * field, shows at once: every text is cut to {@link Formats.SHOWN_CHARS} characters with
 * "… (N more characters)".
 */
@ExtendWith(ApplicationExtension.class)
class LeadDetailLongTextTest {

    private static final int FIVE_MB = 5 << 20;
    private static final String TITLE = "Maintenance manager " + "t".repeat(FIVE_MB);
    private static final String FORM = "Please send a quote " + "f".repeat(FIVE_MB);
    /** What a cut text may add: "… (5,242,900 more characters)". */
    private static final int SUFFIX = 40;

    @TempDir
    static Path dir;

    private static Workspace workspace;
    private static long contactId;

    @BeforeAll
    static void createDemoWithAHugeLead() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("long.db"), 60, clock);
        // as an import before the limits could store them: straight into the tables
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.database().file());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.contact_id FROM activity a WHERE a.contact_id IN (SELECT t.contact_id"
                     + " FROM stage_transition t WHERE t.to_stage = 'SQL' AND t.id = (SELECT max(id) FROM stage_transition"
                     + " WHERE contact_id = t.contact_id)) GROUP BY a.contact_id ORDER BY count(*) DESC, a.contact_id LIMIT 1")) {
            rs.next();
            contactId = rs.getLong(1);
            update(c, "UPDATE contact SET job_title = ? WHERE id = ?", TITLE, contactId);
            update(c, "UPDATE activity SET form_text = ? WHERE id = (SELECT max(id) FROM activity WHERE contact_id = ?)", FORM, contactId);
            update(c, "INSERT OR REPLACE INTO contact_field (contact_id, field_name, field_value) VALUES (?, 'notes', ?)", contactId,
                    "n".repeat(FIVE_MB));
        }
        workspace.refresh();
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
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

    private static void assertCut(String shown, String original) {
        assertTrue(shown.length() <= Formats.SHOWN_CHARS + SUFFIX, "shown " + shown.length() + " characters");
        assertTrue(shown.startsWith(original.substring(0, 30)), shown.substring(0, 40));
        assertTrue(shown.endsWith("… (" + Formats.count(original.length() - Formats.SHOWN_CHARS) + " more characters)"),
                shown.substring(shown.length() - 60));
    }

    @Test
    void aLeadWithFiveMegabyteTextsShowsThemCut(FxRobot robot) {
        TableView<LeadRow> table = robot.lookup("#leadsTable").queryTableView();
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).contactId() == contactId) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the lead is listed");
        @SuppressWarnings("unchecked")
        TableColumn<LeadRow, String> title = (TableColumn<LeadRow, String>) table.getColumns().stream()
                .filter(c -> "titleColumn".equals(c.getId())).findFirst().orElseThrow();
        assertCut(title.getCellData(row), TITLE);

        int selected = row;
        robot.interact(() -> table.getSelectionModel().select(selected));
        WaitForAsyncUtils.waitForFxEvents();

        Label subtitle = robot.lookup("#detailSubtitle").queryAs(Label.class);
        assertTrue(subtitle.isWrapText(), "the subtitle wraps");
        String shownTitle = subtitle.getText().split(" · ")[0];
        assertCut(shownTitle, TITLE);
        assertTrue(subtitle.getText().length() <= Formats.SHOWN_CHARS * 2 + SUFFIX * 2 + 3, "title and company, each cut");

        TableView<Activity> timeline = robot.lookup("#activityTimeline").queryTableView();
        int form = -1;
        for (int i = 0; i < timeline.getItems().size(); i++) {
            if (FORM.equals(timeline.getItems().get(i).formText())) {
                form = i;
            }
        }
        assertTrue(form >= 0, "the activity with the long form text is on the timeline");
        assertCut((String) timeline.getColumns().get(4).getCellData(form), FORM);

        Node screen = robot.lookup("#leadDetail").query();
        var longLabels = robot.from(screen).lookup((Node n) -> n instanceof Label l && l != subtitle && l.getText() != null
                && l.getText().length() > Formats.SHOWN_CHARS + SUFFIX).queryAllAs(Label.class).stream()
                .map(l -> l.getId() + ": " + l.getText().length() + " " + l.getText().substring(0, 60)).toList();
        assertEquals(List.of(), longLabels, "no label on screen holds more than the shown characters");
        String customField = robot.from(screen).lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("nnnn")).queryAs(Label.class).getText();
        assertCut(customField, "n".repeat(FIVE_MB));

        String note = robot.lookup("#handoffNote").queryAs(TextArea.class).getText();
        assertTrue(note.length() <= HandoffSection.NOTE_SHOWN_CHARS + SUFFIX, "note " + note.length());
        assertTrue(note.contains("Maintenance manager ttt") && note.contains(" more characters)"), "the title's line of the note is cut");
        assertTrue(robot.lookup("#noteState").queryAs(Label.class).getText().contains("shown shortened"));
    }
}
