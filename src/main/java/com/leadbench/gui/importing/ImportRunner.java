package com.leadbench.gui.importing;

import com.leadbench.format.MappingMemory;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportChecks;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportReport;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.ImportWarning;
import com.leadbench.importing.SourceFacts;
import com.leadbench.importing.matching.MappingGuess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The import wizard's last step: the import (or dry run) off the FX thread with progress and cancel,
 * its summary, and the rejection report. An import lands whole or not at all. Part of
 * {@link ImportViewModel}'s state.
 */
final class ImportRunner {

    private final ImportDesk desk;
    private final TaskExecutor executor;
    private final MappingMemory memory;
    private final StringProperty message;
    private final ObservableList<ImportWarning> warnings;
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<ImportProblem> report = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private Runnable onImported = () -> { };

    /**
     * @param message where the wizard says what happened
     * @param warnings the open file's warnings, to which an import adds what its checks found
     */
    ImportRunner(ImportDesk desk, TaskExecutor executor, MappingMemory memory, StringProperty message,
                 ObservableList<ImportWarning> warnings) {
        this.desk = desk;
        this.executor = executor;
        this.memory = memory;
        this.message = message;
        this.warnings = warnings;
    }

    /** Forgets the last import's summary and report (another file was chosen). */
    void clear() {
        summary.set(null);
        report.clear();
    }

    /** Imports (or with {@code dryRun}, checks) the file off the FX thread, with progress and cancel. */
    void run(CsvSource s, ImportMapping m, MappingGuess g, SourceFacts f, boolean dryRun) {
        cancel.set(false);
        done.set(0);
        total.set(0);
        running.set(true);
        progress.set(-1);
        summary.set(null);
        report.clear();
        message.set(dryRun ? "Checking " + s.file().getFileName() + "…" : "Importing " + s.file().getFileName() + "…");
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(100), e -> {
            long t = total.get();
            progress.set(t <= 0 ? -1 : Math.min(1.0, done.get() / (double) t));
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        ImportProgress tracker = new ImportProgress() {
            @Override
            public void rowsDone(long rows, long of) {
                done.set(rows);
                total.set(of);
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        executor.execute(() -> {
            // the same checks as the command: placeholder emails kept apart, what the published scorecard will do
            // version 0 (nothing published) is not "the published scorecard" the checks speak of
            ImportChecks.Result checks = ImportChecks.run(s, m, desk.publishedScorecard().orElse(null));
            ImportSummary result = desk.run(s, checks.mapping(), dryRun, tracker);
            if (!dryRun && result.accepted()) {
                desk.refresh();
                if (memory != null) {
                    try {
                        memory.remember(s.headers(), m);
                    } catch (java.io.IOException e) {
                        // the import landed; only the offer next time is lost
                    }
                }
            }
            return new ImportDone(result, checks.warnings());
        }, finished -> {
            ImportSummary result = finished.summary();
            if (!finished.warnings().isEmpty()) {
                List<ImportWarning> all = new java.util.ArrayList<>(s.warnings());
                all.addAll(finished.warnings());
                warnings.setAll(all);
            }
            poll.stop();
            running.set(false);
            progress.set(1);
            summary.set(result);
            report.setAll(result.problems());
            message.set(ImportTexts.describe(result, f, g));
            if (!result.dryRun() && result.accepted()) {
                onImported.run();
            }
        }, failure -> {
            poll.stop();
            running.set(false);
            progress.set(0);
            reject(failure);
        });
    }

    /** An import's summary with what the checks before it found. */
    private record ImportDone(ImportSummary summary, List<ImportWarning> warnings) {
    }

    void cancel() {
        if (running.get()) {
            cancel.set(true);
            message.set("Cancelling: nothing will be imported.");
        }
    }

    /**
     * Whether the wizard may close now (Close, Escape): not while an import runs; then the import is
     * cancelled instead, and the wizard closes on the next request.
     */
    boolean requestClose() {
        if (running.get()) {
            cancel();
            return false;
        }
        return true;
    }

    /** Shows why a file or an import was refused: the problems in the report, the reason in the message. */
    void reject(Throwable failure) {
        if (failure instanceof ImportException e) {
            report.setAll(e.problems());
            message.set("Rejected, nothing was imported: " + e.getMessage());
        } else {
            message.set("Import failed, nothing was imported: " + failure.getMessage());
        }
    }

    /** Writes the rejection report (line, column, value, reason) to {@code target} as CSV, off the FX thread. */
    void saveReport(Path target) {
        List<ImportProblem> problems = List.copyOf(report);
        executor.execute(() -> {
            ImportReport.write(target, problems);
            return target;
        }, saved -> message.set("Report saved to " + saved), failure -> message.set("Cannot save the report: " + failure.getMessage()));
    }

    void setOnImported(Runnable action) {
        this.onImported = action;
    }

    ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ObservableList<ImportProblem> report() {
        return report;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    BooleanProperty runningProperty() {
        return running;
    }
}
