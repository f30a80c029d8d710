package com.leadbench.gui.tuning;

import com.leadbench.format.ScorecardJson;
import com.leadbench.format.ScorecardFormatException;
import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.Scorecard;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The studio's Versions tab: every published version, two of them compared rule by rule, and one
 * loaded as the draft. The versions' documents are read (JSON) off the FX thread; a comparison that
 * a newer selection overtook is dropped. Owns no controls.
 */
public final class VersionsViewModel {

    private final TaskExecutor executor;
    private final BiConsumer<ScorecardVersion, Scorecard> loadAsDraft;
    private final LatestOnly<List<ScorecardVersion>, Optional<Diff>> diffs;
    private final ObservableList<ScorecardVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<String[]> diffRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper olderTitle = new ReadOnlyStringWrapper(this, "olderTitle", "Older");
    private final ReadOnlyStringWrapper newerTitle = new ReadOnlyStringWrapper(this, "newerTitle", "Newer");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Two versions compared: the older's and the newer's titles, one row {what, older, newer} per difference. */
    private record Diff(String older, String newer, List<String[]> rows) {
    }

    /** @param loadAsDraft makes a version's scorecard the draft (called on the FX thread) */
    VersionsViewModel(TaskExecutor executor, BiConsumer<ScorecardVersion, Scorecard> loadAsDraft) {
        this.executor = executor;
        this.loadAsDraft = loadAsDraft;
        this.diffs = new LatestOnly<>(executor, VersionsViewModel::diff, this::showDiff,
                failure -> problem.set("A version cannot be read: " + failure.getMessage()));
    }

    /** Compares the two versions picked (older on the left); any other number of versions clears the comparison. */
    public void compare(List<ScorecardVersion> picked) {
        diffs.submit(List.copyOf(picked));
    }

    private static Optional<Diff> diff(List<ScorecardVersion> picked) {
        if (picked.size() != 2) {
            return Optional.empty();
        }
        ScorecardVersion a = picked.get(0).version() < picked.get(1).version() ? picked.get(0) : picked.get(1);
        ScorecardVersion b = a == picked.get(0) ? picked.get(1) : picked.get(0);
        try {
            return Optional.of(new Diff("v" + a.version(), "v" + b.version(),
                    VersionDiff.rows(ScorecardJson.read(a.document(), "v" + a.version()), ScorecardJson.read(b.document(), "v" + b.version()))));
        } catch (ScorecardFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void showDiff(Optional<Diff> diff) {
        if (diff.isEmpty()) {
            diffRows.clear();
            return;
        }
        olderTitle.set(diff.get().older());
        newerTitle.set(diff.get().newer());
        diffRows.setAll(diff.get().rows());
    }

    /** Reads {@code version}'s document off the FX thread and makes it the draft, as one undoable edit. */
    public void loadAsDraft(ScorecardVersion version) {
        if (version == null) {
            return;
        }
        executor.execute(() -> ScorecardJson.read(version.document(), "version " + version.version()),
                card -> loadAsDraft.accept(version, card),
                failure -> problem.set("Version " + version.version() + " cannot be read: " + failure.getMessage()));
    }

    /** Every published version, oldest first. */
    public ObservableList<ScorecardVersion> versions() {
        return versions;
    }

    /** The two versions compared: one row {what, older, newer} per difference. */
    public ObservableList<String[]> diffRows() {
        return diffRows;
    }

    public ReadOnlyStringProperty olderTitleProperty() {
        return olderTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newerTitleProperty() {
        return newerTitle.getReadOnlyProperty();
    }

    /** Why a version could not be read; empty until one could not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
