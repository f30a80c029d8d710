package com.leadbench.gui.tuning;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.ActivityType;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ScorecardProblem;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import java.util.List;
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
    private final LatestOnly<PreviewResult, java.util.Optional<com.leadbench.scoring.account.AccountTierMoves>> accountPreviews;
    private final ReadOnlyObjectWrapper<com.leadbench.scoring.account.AccountTierMoves> accountMoves =
            new ReadOnlyObjectWrapper<>(this, "accountMoves");
    /** Touched only by the account previews' one worker. */
    private com.leadbench.scoring.account.Accounts publishedAccounts;
    private PreviewScores publishedAccountsOf;
    private final CellComparison cells;
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
    private final VersionsViewModel versions;
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
        this.versions = new VersionsViewModel(executor, this::revertTo);
        this.cells = new CellComparison(source, executor, history::current, this::published,
                failure -> status.set("Could not compare: " + failure.getMessage()));
        this.accountPreviews = new LatestOnly<>(executor, r -> java.util.Optional.ofNullable(accountMoves(r)),
                moves -> accountMoves.set(moves.orElse(null)), failure -> status.set("Account preview failed: " + failure.getMessage()));
        this.previews = new LatestOnly<>(executor, this::compute, this::show,
                failure -> status.set("Preview failed: " + failure.getMessage()));
        changed();
        // the version list is read from the database: off the FX thread
        executor.execute(source::versions, versions.versions()::setAll,
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

    /**
     * Adds the rule "FIELD equals VALUE" written as {@code FIELD = VALUE} (points 0 until priced) as one
     * undoable edit; text without a field or a value adds nothing.
     */
    public void addFieldRule(String text) {
        NewRules.field(history.current(), text).ifPresent(this::addRule);
    }

    /** Adds a rule on every activity of {@code type} (points 0 until priced) as one undoable edit. */
    public void addSignalRule(ActivityType type) {
        addRule(NewRules.signal(history.current(), type));
    }

    private void addRule(Rule rule) {
        edit("Add " + rule.label(), c -> {
            List<Rule> next = new ArrayList<>(c.rules());
            next.add(rule);
            return c.withRules(next);
        });
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
                request.startedNanos(), ScorecardHealth.check(request.draft(), p.matrix().leads(), p.scores()), published);
    }

    /**
     * The account matrix of a preview, rolled up after the leads' matrix is on screen (at a million leads a rollup
     * takes longer than the preview itself); null while the published scores are of other leads than the preview's
     * (a reload under way).
     */
    private com.leadbench.scoring.account.AccountTierMoves accountMoves(PreviewResult result) {
        PreviewScores published = result.publishedScores();
        com.leadbench.scoring.preview.LeadColumns leads = source.columns();
        if (published.size() != leads.size() || result.scores().size() != leads.size()) {
            return null;
        }
        return com.leadbench.scoring.account.AccountTierMoves.between(publishedAccounts(published),
                com.leadbench.scoring.account.AccountRollup.of(leads, result.scores(), result.draft()));
    }

    /** The accounts under the published scorecard, scored again only when the published scores changed. */
    private com.leadbench.scoring.account.Accounts publishedAccounts(PreviewScores published) {
        if (publishedAccountsOf != published) {
            publishedAccounts = com.leadbench.scoring.account.AccountRollup.of(source.columns(), published, source.publishedScorecard());
            publishedAccountsOf = published;
        }
        return publishedAccounts;
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
        cells.refill(result);
        accountPreviews.submit(result);
    }

    private static String fmt(double points) {
        return com.leadbench.scoring.rules.Points.format(points);
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
        versions.versions().setAll(after);
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

    /** How accounts move under the draft, as of the latest preview rolled up (it follows the leads' preview). */
    public ReadOnlyObjectProperty<com.leadbench.scoring.account.AccountTierMoves> accountMovesProperty() {
        return accountMoves.getReadOnlyProperty();
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

    // ------------------------------------------------------------------ matrix cells and comparison (CellComparison)

    public void selectCell(Tier published, Tier draftTier) {
        cells.select(new Cell(published, draftTier), preview.get());
    }

    /** Scores one contact under both scorecards with the reference engine and lines the rules up; the newest request wins. */
    public void compare(CellRow row) {
        cells.compare(row);
    }

    public ObservableList<CellRow> cellContacts() {
        return cells.contacts();
    }

    public ReadOnlyObjectProperty<Cell> selectedCellProperty() {
        return cells.selectedProperty();
    }

    public ObservableList<CompareRow> comparison() {
        return cells.comparison();
    }

    public ReadOnlyStringProperty comparisonTitleProperty() {
        return cells.titleProperty();
    }

    public ObservableList<ScorecardVersion> versions() {
        return versions.versions();
    }

    /** The Versions tab: compare two versions, load one as the draft. */
    public VersionsViewModel versionHistory() {
        return versions;
    }
}
