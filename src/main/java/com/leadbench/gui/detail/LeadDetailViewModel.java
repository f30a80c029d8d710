package com.leadbench.gui.detail;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.Tier;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * State of the lead detail pane, shared by the Leads and the Hot leads screens: the lead shown
 * (facts, explained score, handoff, notes) and the manager's decisions on it. Owns no controls;
 * loads through the {@link TaskExecutor} and drops a detail load that a newer one superseded.
 */
public final class LeadDetailViewModel {

    private final LeadDesk desk;
    private final TaskExecutor executor;
    private final LatestOnly<Long, Optional<ShownLead>> loads;
    private final ReadOnlyObjectWrapper<Optional<ShownLead>> detail = new ReadOnlyObjectWrapper<>(this, "detail", Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private Runnable onChanged = () -> { };
    private long asked;

    public LeadDetailViewModel(LeadDesk desk, TaskExecutor executor) {
        this.desk = desk;
        this.executor = executor;
        this.loads = new LatestOnly<>(executor, this::view, detail::set, failure -> {
            detail.set(Optional.empty());
            error.set("Could not load lead #" + asked + ": " + failure.getMessage());
        });
    }

    /** Loads one lead into the pane; a load still running for another lead is dropped when it ends. */
    public void show(long contactId) {
        asked = contactId;
        loads.submit(contactId);
    }

    /** Clears the pane (and drops a load still running). */
    public void clear() {
        loads.cancel();
        detail.set(Optional.empty());
    }

    private Optional<ShownLead> view(long contactId) {
        return desk.detail(contactId).flatMap(d -> desk.handoff(contactId).map(h ->
                new ShownLead(d, h.breakdown(), h.scorecardLabel(), h, desk.notes(contactId))));
    }

    // ------------------------------------------------------------------ the manager's decisions on the shown lead

    public void markReviewed() {
        act("Marked reviewed", desk::markReviewed);
    }

    public void withdrawReview() {
        act("Review taken back", desk::withdrawReview);
    }

    public void addNote(String text) {
        act("Note added", id -> desk.addNote(id, text));
    }

    public void overrideTier(Tier tier, String reason) {
        act("Tier set to " + (tier == null ? "?" : tier.label()), id -> desk.overrideTier(id, tier, reason));
    }

    public void removeOverride(String reason) {
        act("Override removed", id -> desk.removeOverride(id, reason));
    }

    public void saveNote(String text) {
        act("Handoff note saved", id -> desk.editNote(id, text));
    }

    public void resetNote() {
        act("Handoff note reset to the generated text", desk::resetNote);
    }

    private void act(String done, LongConsumer action) {
        Optional<ShownLead> shown = detail.get();
        if (shown.isEmpty()) {
            return;
        }
        long id = shown.get().contactId();
        error.set("");
        executor.execute(() -> {
            action.accept(id);
            return view(id);
        }, loaded -> {
            detail.set(loaded);
            message.set(done + " · " + loaded.map(v -> v.detail().contact().displayName()).orElse("#" + id));
            onChanged.run();
        }, failure -> error.set(failure.getMessage()));
    }

    /** Runs after a decision changed the shown lead (the screens reload). */
    public void setOnChanged(Runnable action) {
        onChanged = action == null ? () -> { } : action;
    }

    public ReadOnlyObjectProperty<Optional<ShownLead>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The last decision made, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last load or decision failed, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
