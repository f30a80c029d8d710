package com.leadbench.gui.hygiene;

import com.leadbench.gui.Formats;
import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.hygiene.HygieneCheck;
import com.leadbench.importing.hygiene.MatchKeys;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.HygieneReport;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.MergeRecord;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the data-hygiene screen: the duplicate pairs with the selected pair loaded side by side,
 * the merge history from the audit log, and the data-fix queue filtered by issue. Merging and
 * undoing run off the FX thread, then the workspace is reloaded and rescored and
 * {@link #setOnChanged listeners} are told (the leads screen reloads). Owns no controls.
 */
public final class HygieneViewModel {

    private static final String ACTOR = "manager";

    private final HygieneDesk desk;
    private final TaskExecutor executor;

    private final ObservableList<DuplicatePair> duplicates = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicatePair> selectedPair = new SimpleObjectProperty<>(this, "selectedPair");
    private final ReadOnlyObjectWrapper<Optional<PairComparison>> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison", Optional.empty());
    private final ObservableList<MergeRecord> history = FXCollections.observableArrayList();
    private final ObjectProperty<MergeRecord> selectedMerge = new SimpleObjectProperty<>(this, "selectedMerge");
    private final ObservableList<DataFixItem> dataFixes = FXCollections.observableArrayList();
    private final FilteredList<DataFixItem> visibleFixes = new FilteredList<>(dataFixes, item -> true);
    private final ObjectProperty<DataIssue> issueFilter = new SimpleObjectProperty<>(this, "issueFilter");
    private final ReadOnlyLongWrapper contacts = new ReadOnlyLongWrapper(this, "contacts", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not checked yet");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Runnable onChanged = () -> { };
    private final LatestOnly<DuplicatePair, Optional<PairComparison>> comparisons;

    public HygieneViewModel(HygieneDesk desk, TaskExecutor executor) {
        this.desk = desk;
        this.executor = executor;
        this.comparisons = LatestOnly.everyRequest(executor, this::compare, comparison::set, failure -> {
            comparison.set(Optional.empty());
            error.set("Could not load the pair: " + failure.getMessage());
        });
        selectedPair.addListener((obs, old, pair) -> loadComparison(pair));
        issueFilter.addListener((obs, old, issue) -> {
            visibleFixes.setPredicate(issue == null ? item -> true : item -> item.has(issue));
            updateStatus();
        });
    }

    /** Called on the FX thread after a merge or an undo changed the contacts (and the workspace was reloaded). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    // ------------------------------------------------------------------ checking

    /** What one check found, with the merge history. */
    private record Checked(HygieneReport report, List<MergeRecord> history, long millis) {
    }

    /** Checks every contact and reads the merge history, off the FX thread. */
    public void load() {
        start("Checking every contact…");
        executor.execute(this::check, checked -> {
            show(checked);
            busy.set(false);
            message.set("Checked " + Formats.count(checked.report().contacts()) + " contacts in " + checked.millis() + " ms.");
        }, failure -> fail("Could not check the contacts: ", failure));
    }

    private Checked check() {
        long started = System.nanoTime();
        List<ContactFacts> all = desk.contacts();
        HygieneReport report = HygieneCheck.run(all, desk.publishedScorecard());
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Checked(report, desk.mergeHistory(), millis);
    }

    private void show(Checked checked) {
        DuplicatePair selected = selectedPair.get();
        duplicates.setAll(checked.report().duplicates());
        if (selected != null && !duplicates.contains(selected)) {
            selectedPair.set(null);
        }
        MergeRecord merge = selectedMerge.get();
        history.setAll(checked.history());
        if (merge != null) {
            selectedMerge.set(history.stream().filter(m -> m.auditId() == merge.auditId()).findFirst().orElse(null));
        }
        dataFixes.setAll(checked.report().dataFixes());
        contacts.set(checked.report().contacts());
        updateStatus();
    }

    // ------------------------------------------------------------------ the selected pair

    private void loadComparison(DuplicatePair pair) {
        if (pair == null) {
            comparisons.cancel();
            comparison.set(Optional.empty());
            return;
        }
        comparisons.submit(pair);
    }

    /** Off the FX thread: both records of the pair, side by side. */
    private Optional<PairComparison> compare(DuplicatePair pair) {
        Optional<LeadDetail> left = desk.detail(pair.older().id());
        Optional<LeadDetail> right = desk.detail(pair.newer().id());
        return left.isPresent() && right.isPresent() ? Optional.of(new PairComparison(pair, left.get(), right.get())) : Optional.empty();
    }

    // ------------------------------------------------------------------ merge and undo

    /** Keeps the left (older) record of the selected pair and merges the right one into it. */
    public void keepLeft() {
        mergeSelected(true);
    }

    /** Keeps the right (newer) record of the selected pair and merges the left one into it. */
    public void keepRight() {
        mergeSelected(false);
    }

    private void mergeSelected(boolean keepOlder) {
        DuplicatePair pair = selectedPair.get();
        if (pair == null || busy.get()) {
            return;
        }
        ContactFacts kept = keepOlder ? pair.older() : pair.newer();
        ContactFacts merged = keepOlder ? pair.newer() : pair.older();
        start("Merging " + merged.displayName() + " (#" + merged.id() + ") into #" + kept.id() + "…");
        executor.execute(() -> {
            MergeRecord done = desk.merge(kept.id(), merged.id(), pair.rulesLabel(), ACTOR, desk.now());
            return checkedAfter(done, "#" + merged.id() + " was merged into #" + kept.id());
        }, changed -> {
            MergeRecord m = changed.merge();
            reload(changed, "Merged #" + m.mergedId() + " into #" + m.keptId() + " (" + m.keptName() + "): "
                    + plural(m.moved().total(), "row", "rows") + " moved, " + plural(m.filled().size(), "field", "fields")
                    + " filled. Undo it under Merge history.", "#" + m.mergedId() + " was merged into #" + m.keptId());
        }, failure -> fail("The merge did not happen: ", failure));
    }

    /** Undoes the selected merge of the history. */
    public void undoSelected() {
        MergeRecord m = selectedMerge.get();
        if (m == null || m.undone() || busy.get()) {
            return;
        }
        start("Undoing the merge of #" + m.mergedId() + " into #" + m.keptId() + "…");
        String what = "The merge of #" + m.mergedId() + " into #" + m.keptId() + " was undone";
        executor.execute(() -> checkedAfter(desk.undo(m.auditId(), ACTOR, desk.now()), what),
                changed -> reload(changed, "Contact #" + m.mergedId() + " (" + m.merged().displayName() + ") is back with its "
                        + plural(m.moved().total(), "row", "rows") + ".", what),
                failure -> fail("The merge was not undone: ", failure));
    }

    private record Changed(MergeRecord merge, Checked checked) {
    }

    /** The change is stored, but what follows it failed: said as such, not as a failed merge. */
    private static final class AfterChangeFailed extends RuntimeException {

        AfterChangeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Runs off the FX thread after a merge or undo: checks again (the pairs come from the database, not the workspace). */
    private Changed checkedAfter(MergeRecord done, String what) {
        try {
            return new Changed(done, check());
        } catch (RuntimeException e) {
            throw new AfterChangeFailed(what + ", but checking again failed (" + e.getMessage() + "); press Check again", e);
        }
    }

    /**
     * Shows the new lists at once, then reloads and rescores every lead (seconds on a large database)
     * and only then tells the other screens; the merge buttons stay off until it is done.
     */
    private void reload(Changed changed, String text, String what) {
        show(changed.checked());
        message.set(text + " Reloading the leads…");
        executor.execute(() -> {
            desk.refresh();
            return changed;
        }, done -> {
            busy.set(false);
            message.set(text);
            onChanged.run();
        }, failure -> {
            busy.set(false);
            message.set(text);
            error.set(what + ", but reloading the leads failed (" + failure.getMessage() + "); reopen the database to see it");
        });
    }

    private void start(String text) {
        busy.set(true);
        error.set("");
        message.set(text);
    }

    private void fail(String prefix, Throwable failure) {
        busy.set(false);
        message.set("");
        error.set(failure instanceof AfterChangeFailed ? failure.getMessage() : prefix + failure.getMessage());
    }

    private void updateStatus() {
        if (contacts.get() < 0) {
            return;
        }
        long undone = history.stream().filter(MergeRecord::undone).count();
        String shown = visibleFixes.size() == dataFixes.size() ? "" : " (" + Formats.count(visibleFixes.size()) + " shown)";
        status.set(plural(contacts.get(), "contact", "contacts") + " · " + plural(duplicates.size(), "duplicate pair", "duplicate pairs")
                + " · " + plural(dataFixes.size(), "record", "records") + " to fix" + shown + " · " + plural(history.size(), "merge", "merges")
                + (undone == 0 ? "" : " (" + undone + " undone)"));
    }

    /**
     * What the duplicates table says about a pair: its rules, short, and a warning when the two
     * records share an address but not a name (two people behind one mailbox, or a typo: look first).
     */
    public static String matchedBy(DuplicatePair pair) {
        String older = MatchKeys.name(pair.older().firstName(), pair.older().lastName());
        String newer = MatchKeys.name(pair.newer().firstName(), pair.newer().lastName());
        boolean namesDiffer = older != null && newer != null && !older.equals(newer);
        return pair.rulesShortLabel() + (namesDiffer ? " · names differ" : "");
    }

    private static String plural(long n, String one, String many) {
        return Formats.count(n) + " " + (n == 1 ? one : many);
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<DuplicatePair> duplicates() {
        return duplicates;
    }

    public ObjectProperty<DuplicatePair> selectedPairProperty() {
        return selectedPair;
    }

    public ReadOnlyObjectProperty<Optional<PairComparison>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObservableList<MergeRecord> history() {
        return history;
    }

    public ObjectProperty<MergeRecord> selectedMergeProperty() {
        return selectedMerge;
    }

    /** Every record of the data-fix queue. */
    public ObservableList<DataFixItem> dataFixes() {
        return dataFixes;
    }

    /** The data-fix queue as the issue filter shows it. */
    public ObservableList<DataFixItem> visibleFixes() {
        return visibleFixes;
    }

    /** Shows only records with this issue; null shows all. */
    public ObjectProperty<DataIssue> issueFilterProperty() {
        return issueFilter;
    }

    /** How many contacts the last check saw; -1 before the first. */
    public ReadOnlyLongProperty contactsProperty() {
        return contacts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
