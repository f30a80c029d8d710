package com.leadbench.gui.importing;

import com.leadbench.gui.TaskExecutor;
import com.leadbench.ingest.CsvSource;
import com.leadbench.ingest.ImportException;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportPreview;
import com.leadbench.ingest.ImportProblem;
import com.leadbench.ingest.ImportProgress;
import com.leadbench.ingest.ImportSummary;
import com.leadbench.ingest.MappedPreview;
import com.leadbench.ingest.MappingPresets;
import com.leadbench.store.Importer;
import com.leadbench.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The import wizard's state: the chosen file (sniffed for encoding and delimiter), the kind and
 * mapping, a preview of the first rows with the mapping applied, then the import itself with
 * progress and cancel, and its summary or rejection report. An import lands whole or not at all.
 */
public final class ImportViewModel {

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.CONTACTS);
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final ObservableList<ImportMapping> mappings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CsvSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<MappedPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<ImportSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObservableList<ImportProblem> report = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "Choose a CSV file to import.");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private Runnable onImported = () -> { };

    public ImportViewModel(Workspace workspace, TaskExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        kind.addListener((obs, old, k) -> {
            refreshMappings();
            refreshPreview();
        });
        mapping.addListener((obs, old, m) -> refreshPreview());
        refreshMappings();
    }

    private void refreshMappings() {
        ImportKind k = kind.get();
        mappings.setAll(MappingPresets.all().stream().filter(m -> m.kind() == k).toList());
        mapping.set(mappings.isEmpty() ? null : mappings.getFirst());
    }

    /** Opens and sniffs a file (encoding, delimiter, header), then previews it with the mapping. */
    public void choose(Path path) {
        file.set(path);
        summary.set(null);
        report.clear();
        executor.execute(() -> CsvSource.open(path), opened -> {
            pickBestPreset(opened.headers());
            source.set(opened);
            message.set(path.getFileName() + ": " + opened.headers().size() + " columns, " + opened.charset().displayName()
                    + ", delimiter '" + printable(opened.delimiter()) + "'");
            refreshPreview();
        }, failure -> {
            source.set(null);
            preview.set(null);
            reject(failure);
        });
    }

    /** Switches to the preset that places the most of the file's columns, when it places more than the current one. */
    private void pickBestPreset(List<String> headers) {
        ImportMapping best = null;
        long bestHits = 0;
        for (ImportMapping m : MappingPresets.all()) {
            long hits = m.columns().keySet().stream().filter(headers::contains).count();
            if (hits > bestHits) {
                best = m;
                bestHits = hits;
            }
        }
        ImportMapping current = mapping.get();
        long currentHits = current == null ? 0 : current.columns().keySet().stream().filter(headers::contains).count();
        if (best != null && bestHits > currentHits) {
            kind.set(best.kind());
            mapping.set(best);
        }
    }

    /** Uses a mapping loaded from a file (or saved earlier) and previews with it. */
    public void useMapping(ImportMapping loaded) {
        kind.set(loaded.kind());
        if (!mappings.contains(loaded)) {
            mappings.add(loaded);
        }
        mapping.set(loaded);
    }

    private void refreshPreview() {
        CsvSource s = source.get();
        ImportMapping m = mapping.get();
        if (s == null || m == null) {
            preview.set(null);
            return;
        }
        MappedPreview p = ImportPreview.of(s, m, 20);
        preview.set(p);
        if (!p.missingRequired().isEmpty()) {
            message.set("The mapping leaves required fields unmapped: " + String.join(", ", p.missingRequired()));
        }
    }

    /** Imports (or with {@code dryRun}, checks) the file off the FX thread, with progress and cancel. */
    public void run(boolean dryRun) {
        Path path = file.get();
        ImportMapping m = mapping.get();
        if (path == null || m == null) {
            message.set("Choose a file and a mapping first.");
            return;
        }
        cancel.set(false);
        done.set(0);
        total.set(0);
        running.set(true);
        progress.set(-1);
        summary.set(null);
        report.clear();
        message.set(dryRun ? "Checking " + path.getFileName() + "…" : "Importing " + path.getFileName() + "…");
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
            ImportSummary result = new Importer(workspace.database()).run(path, m, dryRun, tracker);
            if (!dryRun && result.accepted()) {
                workspace.refresh();
            }
            return result;
        }, result -> {
            poll.stop();
            running.set(false);
            progress.set(1);
            summary.set(result);
            report.setAll(result.problems());
            message.set(describe(result));
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

    public void cancel() {
        cancel.set(true);
        message.set("Cancelling: nothing will be imported.");
    }

    private void reject(Throwable failure) {
        if (failure instanceof ImportException e) {
            report.setAll(e.problems());
            message.set("Rejected, nothing was imported: " + e.getMessage());
        } else {
            message.set("Import failed, nothing was imported: " + failure.getMessage());
        }
    }

    static String describe(ImportSummary s) {
        String what = s.dryRun() ? "Dry run (nothing written): " : "Imported: ";
        return what + s.read() + " rows read, " + s.inserted() + " inserted, " + s.updated() + " updated, " + s.skipped()
                + " skipped, " + s.rejected() + " rejected" + (s.accepted() ? "." : " — the file was rejected, nothing was imported.");
    }

    private static String printable(char c) {
        return c == '\t' ? "tab" : String.valueOf(c);
    }

    public void setOnImported(Runnable action) {
        this.onImported = action;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ImportMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<ImportMapping> mappings() {
        return mappings;
    }

    public ReadOnlyObjectProperty<CsvSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MappedPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<ImportProblem> report() {
        return report;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    List<ImportProblem> problems() {
        return List.copyOf(report);
    }
}
