package com.leadbench.gui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.gui.TaskExecutor;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ReportFilter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's state without a window: which filter the source is asked for, and which answer is kept. */
class DashboardViewModelTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 30);

    @Test
    void loadAsksForEverythingAtTheDefaultLevelAndListsTheVersions() {
        RecordingSource source = new RecordingSource(1, 2, 3);
        DashboardViewModel model = new DashboardViewModel(source, TaskExecutor.direct());
        model.load();

        assertEquals(List.of(new RecordingSource.Call(ReportFilter.ALL, 0.20)), source.calls);
        assertEquals(List.of(1, 2, 3), model.versions());
        assertTrue(model.reportProperty().get().isPresent());
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.errorProperty().get());
        assertEquals("All time, every scorecard version · 120 MQLs · 48 SQLs · 12 won · as of "
                + com.leadbench.gui.Formats.dateTime(ReportFixture.AS_OF), model.summaryProperty().get());
    }

    @Test
    void everyChangeOfTheFilterAsksAgainWithIt() {
        RecordingSource source = new RecordingSource(1, 2);
        DashboardViewModel model = new DashboardViewModel(source, TaskExecutor.direct());
        model.load();
        model.fromProperty().set(MARCH);
        assertEquals(new ReportFilter(Optional.of(MARCH), Optional.empty(), Optional.empty()), source.lastCall().filter());
        model.toProperty().set(APRIL);
        assertEquals(new ReportFilter(Optional.of(MARCH), Optional.of(APRIL), Optional.empty()), source.lastCall().filter());
        model.versionProperty().set(2);
        assertEquals(new ReportFilter(Optional.of(MARCH), Optional.of(APRIL), Optional.of(2)), source.lastCall().filter());
        model.warnBelowProperty().set(0.35);
        assertEquals(new RecordingSource.Call(new ReportFilter(Optional.of(MARCH), Optional.of(APRIL), Optional.of(2)), 0.35),
                source.lastCall());
        assertEquals(5, source.calls.size());
        assertEquals(Optional.of(2), model.reportProperty().get().orElseThrow().filter().version());
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithoutAskingTheSource() {
        RecordingSource source = new RecordingSource(1);
        DashboardViewModel model = new DashboardViewModel(source, TaskExecutor.direct());
        model.fromProperty().set(APRIL);
        int asked = source.calls.size();

        model.toProperty().set(MARCH);

        assertEquals(asked, source.calls.size(), "nothing computed for a range that ends before it starts");
        assertEquals("The end date 2026-03-01 is before the start date 2026-04-30: pick an end on or after the start.",
                model.errorProperty().get());
        assertFalse(model.loadingProperty().get());

        model.toProperty().set(null);
        assertEquals("", model.errorProperty().get(), "an open end is fine again");
        assertEquals(new ReportFilter(Optional.of(APRIL), Optional.empty(), Optional.empty()), source.lastCall().filter());
    }

    @Test
    void onlyTheNewestRequestsFiguresAreKeptWhateverOrderTheyFinishIn() {
        RecordingSource source = new RecordingSource(1, 2, 3);
        ManualExecutor executor = new ManualExecutor();
        DashboardViewModel model = new DashboardViewModel(source, executor);
        model.load();
        model.versionProperty().set(1);
        model.versionProperty().set(3);
        assertTrue(model.loadingProperty().get());
        assertEquals(3, executor.queued());

        executor.runNewestFirst();

        ProcessReport shown = model.reportProperty().get().orElseThrow();
        assertEquals(Optional.of(3), shown.filter().version());
        assertFalse(model.loadingProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("All time, scorecard v3"), model.summaryProperty().get());
    }

    @Test
    void loadingLastsUntilTheNewestRequestIsAnswered() {
        RecordingSource source = new RecordingSource(1, 2);
        ManualExecutor executor = new ManualExecutor();
        DashboardViewModel model = new DashboardViewModel(source, executor);
        model.load();
        model.versionProperty().set(2);

        executor.runInOrder();

        assertEquals(Optional.of(2), model.reportProperty().get().orElseThrow().filter().version());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void aFailureSaysWhatWentWrong() {
        RecordingSource source = new RecordingSource(1);
        DashboardViewModel model = new DashboardViewModel(source, TaskExecutor.direct());
        source.answer((filter, level) -> {
            throw new IllegalStateException("database is locked");
        });
        model.load();
        assertEquals("Could not compute the figures: database is locked", model.errorProperty().get());
        assertFalse(model.loadingProperty().get());
        assertTrue(model.reportProperty().get().isEmpty());
    }

    @Test
    void aFailureOfAnOvertakenRequestIsDropped() {
        RecordingSource source = new RecordingSource(1, 2);
        ManualExecutor executor = new ManualExecutor();
        DashboardViewModel model = new DashboardViewModel(source, executor);
        source.answer((filter, level) -> {
            if (filter.version().equals(Optional.of(1))) {
                throw new IllegalStateException("v1 failed");
            }
            return ReportFixture.full(filter, level);
        });
        model.versionProperty().set(1);
        model.versionProperty().set(2);

        executor.runNewestFirst();

        assertEquals("", model.errorProperty().get());
        assertEquals(Optional.of(2), model.reportProperty().get().orElseThrow().filter().version());
    }

    @Test
    void saveWritesTheBytesAndSaysWhere(@TempDir Path dir) throws Exception {
        DashboardViewModel model = new DashboardViewModel(new RecordingSource(), TaskExecutor.direct());
        Path target = dir.resolve("tiers.csv");
        model.save(target, () -> "a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("a,b\r\n", Files.readString(target));
        assertEquals("Saved " + target, model.messageProperty().get());
        assertFalse(Files.exists(dir.resolve("tiers.csv.part")));

        model.save(dir.resolve("missing").resolve("x.png"), () -> new byte[] {1});
        assertTrue(model.errorProperty().get().startsWith("Could not save x.png"), model.errorProperty().get());
    }
}
