package com.leadbench.gui.leads;

import com.leadbench.gui.Formats;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.LeadSummary;
import com.leadbench.store.LeadDetails;
import com.leadbench.store.LeadRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the leads screen: every lead, the text filter over them, the selected lead and its
 * details. Owns no controls; loads through the {@link TaskExecutor} and drops stale detail loads.
 */
public final class LeadsViewModel {

    private final LeadRepository leads;
    private final LeadDetails details;
    private final TaskExecutor executor;

    private final ObservableList<LeadSummary> all = FXCollections.observableArrayList();
    private final FilteredList<LeadSummary> visible = new FilteredList<>(all, lead -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<LeadSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Optional<LeadDetail>> detail = new ReadOnlyObjectWrapper<>(this, "detail", Optional.empty());
    private final ReadOnlyObjectWrapper<DatabaseCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private long detailRequest;

    public LeadsViewModel(LeadRepository leads, LeadDetails details, TaskExecutor executor) {
        this.leads = leads;
        this.details = details;
        this.executor = executor;
        filterText.addListener((obs, old, text) -> {
            visible.setPredicate(matching(text));
            updateStatus();
        });
        selected.addListener((obs, old, lead) -> loadDetail(lead));
    }

    /** Loads every lead and the database counts. */
    public void load() {
        loading.set(true);
        error.set("");
        executor.execute(() -> new Loaded(leads.summaries(), leads.counts()), loaded -> {
            all.setAll(loaded.summaries());
            counts.set(loaded.counts());
            loading.set(false);
            updateStatus();
        }, failure -> {
            loading.set(false);
            error.set("Could not load the leads: " + failure.getMessage());
            status.set("Loading failed");
        });
    }

    private record Loaded(List<LeadSummary> summaries, DatabaseCounts counts) {
    }

    private void loadDetail(LeadSummary lead) {
        long request = ++detailRequest;
        if (lead == null) {
            detail.set(Optional.empty());
            return;
        }
        executor.execute(() -> details.load(lead.contactId()), loaded -> {
            if (request == detailRequest) {
                detail.set(loaded);
            }
        }, failure -> {
            if (request == detailRequest) {
                detail.set(Optional.empty());
                error.set("Could not load lead #" + lead.contactId() + ": " + failure.getMessage());
            }
        });
    }

    static Predicate<LeadSummary> matching(String text) {
        if (text == null || text.isBlank()) {
            return lead -> true;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return lead -> {
            String haystack = String.join(" ", nonNull(lead.name()), nonNull(lead.email()), nonNull(lead.company()),
                    nonNull(lead.jobTitle()), nonNull(lead.industry()), nonNull(lead.country()),
                    Formats.country(lead.country())).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void updateStatus() {
        DatabaseCounts c = counts.get();
        if (c == null) {
            return;
        }
        String shown = visible.size() == all.size() ? "" : " · " + Formats.count(visible.size()) + " shown";
        status.set(Formats.count(c.contacts()) + " leads" + shown + " · " + Formats.count(c.accounts()) + " accounts · "
                + Formats.count(c.activities()) + " activities · " + Formats.count(c.followUps()) + " sales follow-ups");
    }

    public ObservableList<LeadSummary> visibleLeads() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<LeadSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Optional<LeadDetail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatabaseCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
