package com.leadbench.gui.importing;

import com.leadbench.format.MappingMemory;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.ImportWarning;
import com.leadbench.importing.MappedPreview;
import com.leadbench.importing.MappingPresets;
import com.leadbench.importing.SourceFacts;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's state. Choosing a file opens and sniffs it (encoding, delimiter, header, rows:
 * the facts, which stay shown whatever happens next) and fills in a mapping: the one saved for files
 * with the same columns, else the matcher's guess. Every column is a {@link MappingRow} a person can
 * send elsewhere (undoable); the preview of the first rows and the check for ambiguous dates follow
 * each change, off the FX thread. Then the import itself, with progress and cancel, and its summary
 * or rejection report. An import lands whole or not at all.
 */
public final class ImportViewModel {

    /** Rows of the mapped preview. */
    static final int PREVIEW_ROWS = 20;

    private final ImportDesk desk;
    private final TaskExecutor executor;
    private final MappingMemory memory;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.CONTACTS);
    private final ObjectProperty<ImportMapping> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObservableList<ImportMapping> presets = FXCollections.observableArrayList();
    private final ObservableList<MappingTarget> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyObjectWrapper<CsvSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<SourceFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyStringWrapper factsText = new ReadOnlyStringWrapper(this, "factsText", NO_FILE);
    private final ObservableList<ImportWarning> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<DayOrder> dayOrder = new SimpleObjectProperty<>(this, "dayOrder");
    private final StringProperty message = new SimpleStringProperty(this, "message", "Choose a CSV file or an Excel workbook to import.");
    private final BooleanBinding dayOrderNeeded;
    private final MappingCheck checker;
    private final MappingEditor editor;
    private final MappingDocuments documents;
    private final ImportRunner runner;
    private final BooleanBinding ready;
    private List<List<String>> sample = List.of();
    private long opens;
    private boolean quiet;

    static final String NO_FILE = "No file chosen yet: its format, encoding, delimiter and rows appear here.";

    /** A wizard that remembers no mappings. */
    public ImportViewModel(ImportDesk desk, TaskExecutor executor) {
        this(desk, executor, null);
    }

    /** @param memory where chosen mappings are remembered per set of columns (null: nowhere) */
    public ImportViewModel(ImportDesk desk, TaskExecutor executor, MappingMemory memory) {
        this.desk = desk;
        this.executor = executor;
        this.memory = memory;
        this.checker = new MappingCheck(this, executor, message, dayOrder, source::get);
        this.dayOrderNeeded = Bindings.isNotEmpty(checker.ambiguousDates);
        this.editor = new MappingEditor(this, kind, dayOrder, message, this::check);
        this.documents = new MappingDocuments(executor, memory, message);
        this.runner = new ImportRunner(desk, executor, memory, message, warnings);
        ready = source.isNotNull().and(editor.mapping.isNotNull()).and(runner.runningProperty().not()).and(dayOrderNeeded.not().or(dayOrder.isNotNull()));
        kind.addListener((obs, old, k) -> {
            refreshKind();
            if (!quiet) {
                preset.set(null);
                guessAgain("guessed from the columns");
            }
        });
        preset.addListener((obs, old, p) -> {
            if (!quiet && p != null) {
                guessAgain("guessed from the columns, starting from " + p.name());
            }
        });
        dayOrder.addListener((obs, old, d) -> editor.applyMapping());
        refreshKind();
    }

    private void refreshKind() {
        ImportKind k = kind.get();
        presets.setAll(MappingPresets.all().stream().filter(m -> m.kind() == k).toList());
        targets.setAll(MappingTarget.choices(k));
    }

    // ---- choosing a file ----------------------------------------------------------------------

    /**
     * Opens and sniffs a file off the FX thread, then fills in the mapping: the one remembered for files
     * with these columns, else the matcher's guess (from the chosen preset, if any).
     */
    public void choose(Path path) {
        file.set(path);
        runner.clear();
        factsText.set(path.getFileName() + ": opening…");
        message.set("Opening " + path.getFileName() + "…");
        long open = ++opens;
        ImportKind k = kind.get();
        ImportMapping start = preset.get();
        executor.execute(() -> OpenedFile.open(path, k, start, memory), o -> {
            if (open != opens) {
                o.source().close();
                return;
            }
            CsvSource old = source.get();
            source.set(o.source());
            if (old != null && old != o.source()) {
                old.close();
            }
            sample = o.sample();
            facts.set(o.source().facts());
            factsText.set(ImportTexts.describe(path, o.source().headers().size(), o.source().facts()));
            warnings.setAll(o.source().warnings());
            editor.forgetChanges();
            checker.ambiguousDates.clear();
            quiet = true;
            try {
                kind.set(o.guess().mapping().kind());
                dayOrder.set(null);
            } finally {
                quiet = false;
            }
            editor.rows.clear();
            origin.set(o.origin());
            message.set(path.getFileName() + ": " + o.origin() + ". Check where each column goes, then check or import.");
            editor.set(o.guess());
        }, failure -> {
            if (open != opens) {
                return;
            }
            CsvSource old = source.get();
            source.set(null);
            if (old != null) {
                old.close();
            }
            facts.set(null);
            factsText.set(path.getFileName() + ": cannot be opened (see below).");
            warnings.clear();
            editor.rows.clear();
            editor.guess.set(null);
            editor.mapping.set(null);
            checker.preview.set(null);
            checker.ambiguousDates.clear();
            runner.reject(failure);
        });
    }

    /** The matcher's guess again, for another kind or from another preset: on samples already read, so no I/O. */
    private void guessAgain(String why) {
        CsvSource s = source.get();
        if (s == null) {
            return;
        }
        ImportMapping start = preset.get();
        String name = file.get() == null ? "file" : file.get().getFileName().toString();
        MappingGuess next = start != null && start.kind() == kind.get()
                ? MappingMatcher.guess(kind.get(), s.headers(), sample, name, start)
                : MappingMatcher.guess(kind.get(), s.headers(), sample, name);
        editor.remember();
        origin.set(why);
        editor.set(next);
    }

    // ---- editing the mapping ------------------------------------------------------------------

    /**
     * Sends {@code row}'s column to {@code target}, as a person chose. A field another column held goes
     * back to that column as a custom field. The outcome needs values that say won or lost: when the
     * column's values do not, nothing changes and the message says why.
     */
    public void retarget(MappingRow row, MappingTarget target) {
        editor.retarget(row, target, source.get(), sample);
    }

    /** Takes back the last change to the mapping. */
    public void undo() {
        editor.undo();
    }

    /** Previews the mapping and looks for ambiguous dates, off the FX thread; an older check's result is dropped. */
    private void check() {
        checker.check(source.get(), editor.guess.get() == null ? null : editor.guess.get().mapping());
    }

    // ---- mapping documents --------------------------------------------------------------------

    /** Uses a mapping read from a document, placing the open file's columns as it says. */
    public void loadMapping(Path document) {
        documents.load(document, this::useMapping);
    }

    /** Uses {@code loaded} as it is: every column of the open file where it says. */
    public void useMapping(ImportMapping loaded, String why) {
        quiet = true;
        try {
            kind.set(loaded.kind());
            if (!presets.contains(loaded)) {
                presets.add(loaded);
            }
            preset.set(loaded);
        } finally {
            quiet = false;
        }
        CsvSource s = source.get();
        if (s == null) {
            editor.guess.set(null);
            editor.mapping.set(loaded);
            message.set("Mapping " + loaded.name() + " " + why + "; choose a file to import with it.");
            return;
        }
        editor.remember();
        origin.set(why);
        message.set("Mapping " + loaded.name() + " " + why + ".");
        editor.set(MappingMatcher.explain(loaded, s.headers(), sample, why));
    }

    /**
     * Saves the mapping as a document ({@code target}, or null for none) and remembers it for files
     * with the open file's columns, so that such a file gets it offered again.
     */
    public void saveMapping(Path target) {
        ImportMapping m = editor.mapping.get();
        if (m == null) {
            return;
        }
        documents.save(m, source.get() == null ? null : source.get().headers(), target);
    }

    // ---- importing ----------------------------------------------------------------------------

    /** Imports (or with {@code dryRun}, checks) the file off the FX thread, with progress and cancel. */
    public void run(boolean dryRun) {
        CsvSource s = source.get();
        ImportMapping m = editor.mapping.get();
        if (s == null || m == null) {
            message.set("Choose a file and a mapping first.");
            return;
        }
        runner.run(s, m, editor.guess.get(), facts.get(), dryRun);
    }

    public void cancel() {
        runner.cancel();
    }

    /**
     * Whether the wizard may close now (Close, Escape): not while an import runs; then the import is
     * cancelled instead, and the wizard closes on the next request.
     */
    public boolean requestClose() {
        return runner.requestClose();
    }

    /** Lets go of the open file (a workbook's sheet is a temporary file). */
    public void close() {
        opens++;
        CsvSource s = source.get();
        source.set(null);
        if (s != null) {
            s.close();
        }
    }

    /** Writes the rejection report (line, column, value, reason) to {@code target} as CSV, off the FX thread. */
    public void saveReport(Path target) {
        runner.saveReport(target);
    }

    public void setOnImported(Runnable action) {
        runner.setOnImported(action);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    /** The preset the matcher starts from (null: the one that fits the columns best, if any). */
    public ObjectProperty<ImportMapping> presetProperty() {
        return preset;
    }

    public ObservableList<ImportMapping> presets() {
        return presets;
    }

    /** What a column of a file of this kind can go to. */
    public ObservableList<MappingTarget> targets() {
        return targets;
    }

    /** The mapping the import uses. */
    public ReadOnlyObjectProperty<ImportMapping> mappingProperty() {
        return editor.mapping.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MappingGuess> guessProperty() {
        return editor.guess.getReadOnlyProperty();
    }

    /** One row per column of the file, in file order. */
    public ObservableList<MappingRow> rows() {
        return editor.rows;
    }

    /** Where the mapping came from: guessed, saved for these columns, loaded. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CsvSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SourceFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** The facts of the open file in one line; shown whatever happens next. */
    public ReadOnlyStringProperty factsTextProperty() {
        return factsText.getReadOnlyProperty();
    }

    /** What reading the file noticed (recoded lines, a title skipped, ...), before anything is imported. */
    public ObservableList<ImportWarning> warnings() {
        return warnings;
    }

    /** The date columns whose day order no value decides; the day order must be chosen while there are any. */
    public ObservableList<DateColumn.AmbiguousDayOrder> ambiguousDates() {
        return checker.ambiguousDates;
    }

    public BooleanBinding dayOrderNeededProperty() {
        return dayOrderNeeded;
    }

    /** The day order a person chose (US or EUROPEAN), null while none is. */
    public ObjectProperty<DayOrder> dayOrderProperty() {
        return dayOrder;
    }

    /** True when the file can be checked or imported now. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return editor.canUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MappedPreview> previewProperty() {
        return checker.preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportSummary> summaryProperty() {
        return runner.summaryProperty();
    }

    public ObservableList<ImportProblem> report() {
        return runner.report();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    public BooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    List<ImportProblem> problems() {
        return List.copyOf(runner.report());
    }
}
