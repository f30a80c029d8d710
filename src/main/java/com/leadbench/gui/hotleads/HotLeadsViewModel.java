package com.leadbench.gui.hotleads;

import com.leadbench.gui.Formats;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.gui.detail.LeadDetailViewModel;
import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.LeadHandoff;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the hot-leads screen: new SQLs and tier-A MQLs not handed off yet, soonest deadline
 * first (reviewed ones hidden unless asked for), the lead shown beside them, and the export of
 * packets (the selected leads, or every reviewed lead not handed off yet).
 */
public final class HotLeadsViewModel {

    private final HotLeadDesk desk;
    private final TaskExecutor executor;
    private final LeadDetailViewModel detail;
    private final ObservableList<LeadHandoff> all = FXCollections.observableArrayList();
    private final FilteredList<LeadHandoff> visible = new FilteredList<>(all, h -> !h.reviewed());
    private final BooleanProperty showReviewed = new SimpleBooleanProperty(this, "showReviewed", false);
    private final ObjectProperty<CrmFormat> format = new SimpleObjectProperty<>(this, "format", CrmFormat.GENERIC);
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private Runnable onChanged = () -> { };
    private Long shown;

    /** {@code detail} is the pane beside the queue; a decision made in it reloads the queue. */
    public HotLeadsViewModel(HotLeadDesk desk, LeadDetailViewModel detail, TaskExecutor executor) {
        this.desk = desk;
        this.executor = executor;
        this.detail = detail;
        detail.setOnChanged(() -> {
            load();
            onChanged.run();
        });
        showReviewed.addListener((obs, old, show) -> {
            visible.setPredicate(show ? h -> true : h -> !h.reviewed());
            updateSummary();
        });
    }

    public void load() {
        loading.set(true);
        executor.execute(desk::hotLeads, leads -> {
            all.setAll(leads);
            loading.set(false);
            updateSummary();
        }, failure -> {
            loading.set(false);
            error.set("Could not load the hot leads: " + failure.getMessage());
        });
    }

    private void updateSummary() {
        long waiting = all.stream().filter(h -> !h.reviewed()).count();
        long overdue = all.stream().filter(LeadHandoff::overdue).count();
        long reviewed = all.size() - waiting;
        summary.set(Formats.count(waiting) + " waiting for review · " + Formats.count(overdue) + " overdue · "
                + Formats.count(reviewed) + " reviewed, not handed off");
    }

    /** Shows a lead in the detail pane. */
    public void show(LeadHandoff lead) {
        if (lead == null) {
            shown = null;
            detail.clear();
        } else {
            shown = lead.contactId();
            detail.show(lead.contactId());
        }
    }

    /** The lead in the detail pane, or null. */
    public Long shownId() {
        return shown;
    }

    /** Marks every selected lead reviewed. */
    public void markSelectedReviewed() {
        List<Long> ids = List.copyOf(selectedIds);
        if (ids.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            for (long id : ids) {
                LeadHandoff h = desk.lead(id).orElseThrow();
                if (!h.reviewed() && h.stage().isQualified()) {
                    desk.markReviewed(id);
                }
            }
            return ids.size();
        }, n -> {
            message.set(n + (n == 1 ? " lead" : " leads") + " marked reviewed");
            load();
            onChanged.run();
        }, failure -> error.set(failure.getMessage()));
    }

    public void exportSelected(Path dir) {
        if (selectedIds.isEmpty()) {
            error.set("Select the leads to export first.");
            return;
        }
        List<Long> ids = List.copyOf(selectedIds);
        export(f -> desk.exportLeads(ids, f, dir), dir);
    }

    public void exportReviewed(Path dir) {
        export(f -> desk.exportReviewed(f, dir), dir);
    }

    private void export(java.util.function.Function<CrmFormat, HotLeadDesk.PacketWritten> write, Path dir) {
        error.set("");
        CrmFormat f = format.get();
        loading.set(true);
        message.set("Writing the packet into " + dir + "…");
        executor.execute(() -> write.apply(f), done -> {
            loading.set(false);
            message.set("Packet " + done.packetId() + ": " + done.leads() + " leads written to " + dir
                    + " (" + done.handedOffNow() + " handed off now" + (done.handedOffBefore() > 0 ? ", " + done.handedOffBefore()
                    + " before" : "") + ")");
            load();
            onChanged.run();
        }, failure -> {
            loading.set(false);
            message.set("");
            error.set(failure.getMessage());
        });
    }

    public void setOnChanged(Runnable action) {
        onChanged = action == null ? () -> { } : action;
    }

    public ObservableList<LeadHandoff> visibleLeads() {
        return visible;
    }

    public ObservableList<Long> selectedIds() {
        return selectedIds;
    }

    public LeadDetailViewModel detail() {
        return detail;
    }

    public BooleanProperty showReviewedProperty() {
        return showReviewed;
    }

    public ObjectProperty<CrmFormat> formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
