package com.leadbench.gui.importing;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ImportMappingJson;
import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.DayOrder;
import com.leadbench.workflow.Workspace;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mapping step of the import wizard, headless, on files of the corpus: every column listed with
 * where the matcher sends it, a line changed by a person, the facts line, Escape, the day order asked
 * only for ambiguous dates, and a saved mapping offered again for a file with the same columns.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMappingStepTest {

    private static final Path CORPUS = Path.of("src/test/resources/imports");

    @TempDir
    Path dir;

    private Workspace workspace;
    private ImportViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("import.db"), 60, clock);
        model = new WindowGraph(workspace, TaskExecutor.direct(), dir.resolve("mappings")).importing();
        Scene scene = new Scene(ImportView.create(model, stage::close), 1120, 820);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void choose(FxRobot robot, Path file) {
        robot.interact(() -> model.choose(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MappingRow row(String column) {
        return model.rows().stream().filter(r -> r.column().equals(column)).findFirst().orElseThrow(() -> new AssertionError(column + " in " + model.rows()));
    }

    private static MappingTarget field(String name) {
        return MappingTarget.of(com.leadbench.importing.ImportKind.CONTACTS, name);
    }

    @Test
    void aSalesforceReportListsEveryColumnWithTheMatchersTargetAndTheFacts(FxRobot robot) {
        choose(robot, CORPUS.resolve("salesforce/report-leads.csv"));
        TableView<?> table = robot.lookup("#mappingTable").queryTableView();
        assertEquals(14, table.getItems().size(), "one row per column");
        assertEquals(field("email"), row("Email").targetProperty().get());
        assertEquals(field("first_name"), row("First Name").targetProperty().get());
        assertTrue(row("Email").confidenceProperty().get() > 0.8, "the matcher is sure of the email");
        assertFalse(row("Email").reasonProperty().get().isEmpty(), "and says why");
        assertTrue(row("Email").samples().contains("@"), "a few values are shown: " + row("Email").samples());
        @SuppressWarnings("unchecked")
        ComboBox<MappingTarget> inRow = robot.lookup("#target-" + row("Email").index()).queryAs(ComboBox.class);
        assertEquals(field("email"), inRow.getValue(), "the row's combo box shows the target");
        String facts = robot.lookup("#importFacts").queryAs(Label.class).getText();
        assertTrue(facts.contains("report-leads.csv") && facts.contains("delimiter ','") && facts.contains("rows"), facts);
        assertTrue(facts.contains("UTF-8") || facts.contains("windows-1252"), facts);
        assertFalse(robot.lookup("#dryRunButton").queryButton().isDisabled(), "ready to check");
    }

    @Test
    void aHubspotExportWithCompaniesListsItsColumnsAndWarnings(FxRobot robot) {
        choose(robot, CORPUS.resolve("hubspot/contacts-with-companies.csv"));
        assertEquals(21, model.rows().size());
        assertEquals(field("email"), row("Email").targetProperty().get());
        assertEquals(field("company"), row("Associated Company").targetProperty().get());
        assertFalse(model.warnings().isEmpty(), "the repeated column names are a warning");
        assertEquals(model.warnings().size(), robot.lookup("#importWarnings").queryListView().getItems().size());
        assertTrue(robot.lookup("#importFacts").queryAs(Label.class).getText().contains("21 columns"));
    }

    @Test
    void changingALineChangesTheMappingUsedAndCtrlZTakesItBack(FxRobot robot) {
        choose(robot, CORPUS.resolve("salesforce/report-leads.csv"));
        MappingRow title = row("Title");
        assertEquals(field("job_title"), title.targetProperty().get());
        // by keyboard: select the row, Enter moves to the editor, pick "Leave out"
        robot.interact(() -> robot.lookup("#mappingTable").queryTableView().getSelectionModel().select(title.index()));
        @SuppressWarnings("unchecked")
        ComboBox<MappingTarget> editor = robot.lookup("#selectedTarget").queryAs(ComboBox.class);
        assertEquals(field("job_title"), editor.getValue());
        robot.interact(() -> editor.getSelectionModel().select(MappingTarget.LEAVE_OUT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MappingTarget.LEAVE_OUT, title.targetProperty().get());
        assertTrue(model.mappingProperty().get().dropped().contains("Title"), "the import leaves it out");
        assertFalse(model.previewProperty().get().targetFields().contains("job_title"), "and so does the preview");

        // and by mouse, in the row: Lead Owner becomes the job title
        MappingRow owner = row("Lead Owner");
        robot.interact(() -> robot.lookup("#target-" + owner.index()).queryAs(ComboBox.class).getSelectionModel().select(field("job_title")));
        assertEquals("job_title", model.mappingProperty().get().columns().get("Lead Owner"));
        assertEquals(1.0, owner.confidenceProperty().get(), "a person's choice is sure");

        robot.clickOn("#mappingTable").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse("job_title".equals(model.mappingProperty().get().columns().get("Lead Owner")), "undone");
        assertTrue(model.mappingProperty().get().dropped().contains("Title"), "only the last change");
    }

    @Test
    void escapeClosesTheWizardButCancelsARunningImport(FxRobot robot) {
        robot.interact(() -> model.runningProperty().set(true));
        robot.clickOn("#importView").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "an import runs: Escape cancels it");
        assertTrue(model.messageProperty().get().startsWith("Cancelling"));
        robot.interact(() -> model.runningProperty().set(false));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Escape closes the wizard");
    }

    @Test
    void ambiguousDatesAskForTheDayOrderAndOnlyThen(FxRobot robot) throws Exception {
        choose(robot, CORPUS.resolve("salesforce/report-leads.csv"));
        assertFalse(robot.lookup("#dayOrderBox").query().isVisible(), "3/14/2025 decides: month first");

        Path csv = dir.resolve("ambiguous.csv");
        Files.writeString(csv, """
                Email,First Name,Create Date
                ada@acme-foods.com,Ada,3/5/2025
                bo@acme-foods.com,Bo,4/6/2025
                """, StandardCharsets.UTF_8);
        choose(robot, csv);
        Node box = robot.lookup("#dayOrderBox").query();
        assertTrue(box.isVisible(), "no value decides the day order: " + model.ambiguousDates());
        assertTrue(robot.lookup("#dayOrderText").queryAs(Label.class).getText().contains("3/5/2025"));
        assertTrue(robot.lookup("#dryRunButton").queryButton().isDisabled(), "not before the day order is chosen");
        assertNull(model.dayOrderProperty().get());
        @SuppressWarnings("unchecked")
        ChoiceBox<DayOrder> choice = robot.lookup("#dayOrder").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(DayOrder.EUROPEAN));
        assertEquals(DayOrder.EUROPEAN, model.mappingProperty().get().dayOrder());
        robot.clickOn("#dryRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.summaryProperty().get().accepted(), model.messageProperty().get());
    }

    @Test
    void aSavedMappingRoundTripsAndIsOfferedForAFileWithTheSameColumns(FxRobot robot) throws Exception {
        Path first = CORPUS.resolve("salesforce/report-leads.csv");
        choose(robot, first);
        robot.interact(() -> model.retarget(row("Lead Owner"), MappingTarget.LEAVE_OUT));
        Path json = dir.resolve("report-leads.json");
        robot.interact(() -> model.saveMapping(json));
        assertEquals(model.mappingProperty().get(), ImportMappingJson.read(json), "the document reads back as the mapping");

        Path again = dir.resolve("next-month.csv");
        Files.copy(first, again);
        choose(robot, again);
        assertTrue(model.originProperty().get().contains("saved"), model.originProperty().get());
        assertTrue(robot.lookup("#mappingOrigin").queryAs(Label.class).getText().contains("saved"));
        assertEquals(MappingTarget.LEAVE_OUT, row("Lead Owner").targetProperty().get(), "the person's choice came back");
    }

    @Test
    void theFactsStayAfterARejectedImport(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "Email,First Name\nada@acme-foods.com,Ada\nbo@acme-foods.com,Bo,extra\n", StandardCharsets.UTF_8);
        choose(robot, csv);
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.report().isEmpty());
        String facts = robot.lookup("#importFacts").queryAs(Label.class).getText();
        assertTrue(facts.contains("UTF-8") && facts.contains("delimiter ','"), facts);
    }

    /** The wizard on a HubSpot export, as docs/screenshots/import-mapping.png (with -Dleadbench.screenshots=docs/screenshots). */
    @Test
    void snapshotOfTheMappingStep(FxRobot robot) throws Exception {
        choose(robot, CORPUS.resolve("hubspot/contacts-with-companies.csv"));
        robot.interact(() -> robot.lookup("#mappingTable").queryTableView().getSelectionModel().select(row("Lifecycle Stage").index()));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        String folder = System.getProperty("leadbench.screenshots");
        Path out = (folder == null ? dir : Path.of(folder)).resolve("import-mapping.png");
        Files.createDirectories(out.getParent());
        assertTrue(ImageIO.write(png, "png", out.toFile()));
        assertTrue(Files.size(out) > 10_000);
    }
}
