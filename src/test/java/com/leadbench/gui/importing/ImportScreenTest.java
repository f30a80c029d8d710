package com.leadbench.gui.importing;

import com.leadbench.WindowGraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.Styles;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.ImportKind;
import com.leadbench.workflow.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The import wizard, headless: preview with the mapping applied, dry run, import, and a rejected file. */
@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ImportViewModel model;
    private final AtomicInteger imported = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-01T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(dir.resolve("import.db"), 60, clock);
        model = new WindowGraph(workspace, TaskExecutor.direct()).importingWithoutMemory();
        model.setOnImported(imported::incrementAndGet);
        Scene scene = new Scene(ImportView.create(model), 1000, 760);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path hubspot(String rows) throws Exception {
        Path csv = dir.resolve("hubspot.csv");
        Files.writeString(csv, "Record ID,Email,First Name,Last Name,Job Title,Phone Number,Country/Region,IP Country,Original Source,"
                + "Create Date,Contact owner,Company Name,Website URL,Industry,Number of Employees,Annual Revenue,Favourite colour\n"
                + rows, StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void previewThenImportAddsTheContactsAndReloads(FxRobot robot) throws Exception {
        Path csv = hubspot("""
                9001,ada@acme-foods.com,Ada,Moreno,Reliability Engineer,,US,US,Organic search,2026-10-01,,Acme Foods,acme-foods.com,Chemicals,1200,,green
                9002,bo@acme-foods.com,Bo,Lind,Plant Manager,,US,US,Trade show,2026-10-02,,Acme Foods,acme-foods.com,Chemicals,1200,,blue
                """);
        robot.interact(() -> {
            model.kindProperty().set(ImportKind.CONTACTS);
            model.presetProperty().set(model.presets().stream().filter(m -> m.name().equals("hubspot-contacts")).findFirst().orElseThrow());
            model.choose(csv);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> preview = robot.lookup("#importPreview").queryTableView();
        assertEquals(2, preview.getItems().size());
        assertTrue(preview.getColumns().stream().anyMatch(c -> c.getText().equals("email")), "columns are the mapped fields");
        long before = workspace.leads().counts().contacts();

        robot.clickOn("#dryRunButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.summaryProperty().get().dryRun());
        assertEquals(before, workspace.leads().counts().contacts(), "a dry run writes nothing");

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 2, workspace.leads().counts().contacts());
        assertEquals(2, model.summaryProperty().get().inserted());
        assertEquals(1, imported.get(), "the leads screen is told to reload");
        assertTrue(robot.lookup("#importMessage").queryAs(Label.class).getText().startsWith("Imported: 2 rows read, 2 inserted"));
        assertEquals(before + 2, workspace.columns().size(), "the workspace was refreshed with the new leads");
    }

    @Test
    void aRejectedFileShowsItsReportAndChangesNothing(FxRobot robot) throws Exception {
        Path csv = hubspot("""
                9001,ada@acme-foods.com,Ada,Moreno,Reliability Engineer,,US,US,Organic search,2026-10-01,,Acme Foods,acme-foods.com,Chemicals,1200,,green
                9002,bo@acme-foods.com,Bo,Lind,Plant Manager,,US,US,Trade show,2026-10-02,,Acme Foods,acme-foods.com,Chemicals,1200,,blue,extra,fields
                """);
        robot.interact(() -> {
            model.presetProperty().set(model.presets().stream().filter(m -> m.name().equals("hubspot-contacts")).findFirst().orElseThrow());
            model.choose(csv);
        });
        WaitForAsyncUtils.waitForFxEvents();
        long before = workspace.leads().counts().contacts();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, workspace.leads().counts().contacts(), "nothing was imported");
        assertFalse(model.report().isEmpty(), robot.lookup("#importMessage").queryAs(Label.class).getText());
        assertTrue(model.report().stream().anyMatch(p -> p.line() == 3), "the row with too many fields is named: " + model.report());
        assertEquals(0, imported.get());
        assertFalse(robot.lookup("#saveReport").queryButton().isDisabled());
    }
}
