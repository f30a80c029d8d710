package com.leadbench.gui.tuning;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScorecardProblem;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tuning studio's state: a draft copy of the published scorecard with undo and redo, its
 * problems, a live preview of every lead under it (coalesced, computed off the FX thread), the
 * contacts of a selected matrix cell with both breakdowns, and publishing. Owns no controls.
 */
public final class TuningViewModel {

    /** Set LEADBENCH_LOG_PREVIEWS to log every preview's timing on stderr (how the README's latency was measured). */
    private static final boolean LOG_PREVIEWS = System.getenv("LEADBENCH_LOG_PREVIEWS") != null;

    private final TuningSource source;
    private final TaskExecutor executor;
    private final DraftHistory history;
    private final LatestOnly<Request, PreviewResult> previews;
    private final LatestOnly<Comparing, Compared> comparisons;
    private volatile FeatureMatrix matrix;

    private final ReadOnlyObjectWrapper<Scorecard> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyObjectWrapper<PreviewResult> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper publishable = new ReadOnlyBooleanWrapper(this, "publishable");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper(this, "latency", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<ScorecardProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<CellRow> cellContacts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Cell> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<CompareRow> comparison = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper comparisonTitle = new ReadOnlyStringWrapper(this, "comparisonTitle", "");
    private final ObservableList<ScorecardVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<ScorecardHealth.Warning>> health = new ReadOnlyObjectWrapper<>(this, "health", List.of());
    private Runnable onPublished = () -> { };

    /** A cell of the transition matrix: published tier × draft tier. */
    public record Cell(Tier published, Tier draft) {
    }

    private record Request(Scorecard draft, long startedNanos) {
    }

    public TuningViewModel(TuningSource source, TaskExecutor executor) {
        this.source = source;
        this.executor = executor;
        this.history = new DraftHistory(source.publishedScorecard());
        this.matrix = source.publishedMatrix();
        this.comparisons = new LatestOnly<>(executor, this::compareOff, this::showComparison,
                failure -> status.set("Could not compare: " + failure.getMessage()));
        this.previews = new LatestOnly<>(executor, this::compute, this::show,
                failure -> status.set("Preview failed: " + failure.getMessage()));
        changed();
        // the version list is read from the database: off the FX thread
        executor.execute(source::versions, versions::setAll,
                failure -> status.set("Could not read the versions: " + failure.getMessage()));
    }

    // ------------------------------------------------------------------ editing

    public Scorecard published() {
        return source.publishedScorecard();
    }

    public int publishedVersion() {
        return source.publishedVersion();
    }

    /** Applies an edit to the draft as one undoable step named {@code name}. */
    public void edit(String name, UnaryOperator<Scorecard> change) {
        if (history.apply(name, change.apply(history.current()))) {
            status.set(name);
        }
        changed();
    }

    /** Moves the draft while a slider is dragged; {@link #commitDrag} records the drag as one step. */
    public void drag(UnaryOperator<Scorecard> change) {
        history.preview(change.apply(history.current()));
        changed();
    }

    /**
     * Commits a number edit (the end of a drag, or a typed value) as one step named
     * "{@code what} old → new", old being the value before the drag began.
     */
    public void commitNumber(String what, java.util.function.ToDoubleFunction<Scorecard> get, UnaryOperator<Scorecard> set) {
        double from = get.applyAsDouble(history.base());
        Scorecard next = set.apply(history.current());
        String name = what + " " + fmt(from) + " → " + fmt(get.applyAsDouble(next));
        if (history.apply(name, next)) {
            status.set(name);
        }
        changed();
    }

    public void commitDrag(String name) {
        if (history.commit(name)) {
            status.set(name);
        }
        changed();
    }

    public void undo() {
        Optional<String> name = history.undoName();
        if (history.undo()) {
            status.set("Undone: " + name.orElse(""));
        }
        changed();
    }

    public void redo() {
        Optional<String> name = history.redoName();
        if (history.redo()) {
            status.set("Redone: " + name.orElse(""));
        }
        changed();
    }

    /** Loads an old version as the draft (an undoable edit); publishing it makes the revert. */
    public void revertTo(ScorecardVersion version, Scorecard scorecard) {
        edit("Revert to version " + version.version(), c -> scorecard);
    }

    private void changed() {
        Scorecard current = history.current();
        draft.set(current);
        undoText.set(history.undoName().map(n -> "Undo " + n).orElse("Undo"));
        redoText.set(history.redoName().map(n -> "Redo " + n).orElse("Redo"));
        canUndo.set(history.undoName().isPresent());
        canRedo.set(history.redoName().isPresent());
        problems.setAll(current.problems());
        publishable.set(problems.isEmpty() && !current.equals(published()));
        previews.submit(new Request(current, System.nanoTime()));
    }

    // ------------------------------------------------------------------ live preview

    /** Off the FX thread, one at a time: adapt the columns to the draft and rescore everyone. */
    private PreviewResult compute(Request request) {
        long start = System.nanoTime();
        PreviewScores published = source.publishedScores();
        if (matrix.leads() != source.columns()) {
            // the leads were reloaded (an import or a merge): start again from the published columns
            matrix = source.publishedMatrix();
        }
        PreviewEngine.Preview p = PreviewEngine.preview(matrix, request.draft(), published);
        matrix = p.matrix();
        double millis = (System.nanoTime() - start) / 1e6;
        return new PreviewResult(request.draft(), p.scores(), p.transitions(), published.tierCounts(), millis,
                request.startedNanos(), ScorecardHealth.check(request.draft(), p.matrix().leads(), p.scores()));
    }

    private void show(PreviewResult result) {
        preview.set(result);
        health.set(result.health());
        double sinceEdit = (System.nanoTime() - result.requestedNanos()) / 1e6;
        latency.set(String.format("Preview of %,d leads: %.1f ms computing, %.0f ms from edit to screen",
                result.scores().size(), result.computeMillis(), sinceEdit));
        if (LOG_PREVIEWS) {
            System.err.printf(java.util.Locale.ROOT, "preview: leads=%d compute_ms=%.2f edit_to_screen_ms=%.2f%n",
                    result.scores().size(), result.computeMillis(), sinceEdit);
        }
        if (selectedCell.get() != null) {
            fillCell(selectedCell.get());
        }
    }

    // ------------------------------------------------------------------ matrix cells and comparison

    public void selectCell(Tier published, Tier draftTier) {
        Cell cell = new Cell(published, draftTier);
        selectedCell.set(cell);
        fillCell(cell);
    }

    private void fillCell(Cell cell) {
        PreviewResult result = preview.get();
        if (result == null) {
            cellContacts.clear();
            return;
        }
        LeadColumns leads = source.columns();
        PreviewScores published = source.publishedScores();
        List<CellRow> rows = new ArrayList<>();
        for (int i : result.transitions().contacts(cell.published(), cell.draft())) {
            var c = leads.contact(i);
            rows.add(new CellRow(i, c.id(), c.displayName(), leads.account(i).map(a -> a.name()).orElse(null),
                    published.total(i), result.scores().total(i), published.tier(i), result.scores().tier(i),
                    published.stage(i), result.scores().stage(i)));
        }
        rows.sort((a, b) -> Double.compare(b.draftTotal(), a.draftTotal()));
        cellContacts.setAll(rows);
    }

    /** Scores one contact under both scorecards with the reference engine and lines the rules up; the newest request wins. */
    public void compare(CellRow row) {
        if (row == null) {
            comparisons.submit(null);
            return;
        }
        comparisons.submit(new Comparing(row, history.current(), published(), source.now()));
    }

    /** What a comparison needs, read on the FX thread; the scoring runs off it. */
    private record Comparing(CellRow row, Scorecard draft, Scorecard published, Instant now) {
    }

    private record Compared(Comparing asked, Breakdown before, Breakdown after) {
    }

    private Compared compareOff(Comparing asked) {
        if (asked == null) {
            return null;
        }
        var facts = source.columns().facts(asked.row().index());
        return new Compared(asked, ScoringEngine.score(asked.published(), facts, asked.now()), ScoringEngine.score(asked.draft(), facts, asked.now()));
    }

    private void showComparison(Compared compared) {
        if (compared == null) {
            comparison.clear();
            comparisonTitle.set("");
            return;
        }
        Breakdown before = compared.before();
        Breakdown after = compared.after();
        Map<String, Contribution> was = index(before);
        Map<String, Contribution> is = index(after);
        Map<String, CompareRow> rows = new LinkedHashMap<>();
        for (var rule : compared.asked().draft().rules()) {
            addRow(rows, rule.id(), was.get(rule.id()), is.get(rule.id()));
        }
        for (var c : before.contributions()) {
            addRow(rows, c.ruleId(), c, is.get(c.ruleId()));
        }
        comparison.setAll(rows.values());
        comparisonTitle.set(compared.asked().row().name() + ": published " + before.tier().label() + " (" + fmt(before.total()) + ", "
                + before.stage().label() + ") → draft " + after.tier().label() + " (" + fmt(after.total()) + ", "
                + after.stage().label() + ")");
    }

    private static void addRow(Map<String, CompareRow> rows, String id, Contribution was, Contribution is) {
        if (rows.containsKey(id) || (was == null && is == null)) {
            return;
        }
        Contribution any = is != null ? is : was;
        rows.put(id, new CompareRow(any.label(), any.evidence(), was == null ? null : was.points(), is == null ? null : is.points()));
    }

    private static Map<String, Contribution> index(Breakdown b) {
        Map<String, Contribution> out = new LinkedHashMap<>();
        b.contributions().forEach(c -> out.put(c.ruleId(), c));
        return out;
    }

    private static String fmt(double points) {
        return com.leadbench.scoring.Points.format(points);
    }

    // ------------------------------------------------------------------ publishing

    /** Publishes the draft as version N+1 with {@code note}; refuses an invalid or unchanged draft. */
    public void publish(String note) {
        if (!publishable.get()) {
            status.set(problems.isEmpty() ? "Nothing to publish: the draft equals the published scorecard."
                    : "Fix the " + problems.size() + " problem(s) before publishing.");
            return;
        }
        if (note == null || note.isBlank()) {
            status.set("A publish needs a note saying what changed and why.");
            return;
        }
        Scorecard card = history.current();
        busy.set(true);
        executor.execute(() -> new Published(source.publish(card, note.strip()), source.versions()), published -> {
            busy.set(false);
            afterPublish(published.applied(), published.versions());
        }, failure -> {
            busy.set(false);
            status.set("Publishing failed, nothing was changed: " + failure.getMessage());
        });
    }

    /** A publish and the version list after it, both read off the FX thread. */
    private record Published(TuningSource.Publication applied, List<ScorecardVersion> versions) {
    }

    private void afterPublish(TuningSource.Publication applied, List<ScorecardVersion> after) {
        history.reset(source.publishedScorecard());
        matrix = source.publishedMatrix();
        versions.setAll(after);
        changed();
        status.set("Published version " + applied.version() + ": " + applied.transitions() + " stage changes recorded.");
        onPublished.run();
    }

    /** Called after a successful publish (the leads screen reloads). */
    public void setOnPublished(Runnable action) {
        this.onPublished = action;
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Scorecard> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** What the draft's live preview shuts out: most leads excluded, or none qualified (empty when neither). */
    public ReadOnlyObjectProperty<List<ScorecardHealth.Warning>> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewResult> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty publishableProperty() {
        return publishable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<ScorecardProblem> problems() {
        return problems;
    }

    public ObservableList<CellRow> cellContacts() {
        return cellContacts;
    }

    public ReadOnlyObjectProperty<Cell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    public ObservableList<CompareRow> comparison() {
        return comparison;
    }

    public ReadOnlyStringProperty comparisonTitleProperty() {
        return comparisonTitle.getReadOnlyProperty();
    }

    public ObservableList<ScorecardVersion> versions() {
        return versions;
    }
}
