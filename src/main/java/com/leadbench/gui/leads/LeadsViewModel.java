package com.leadbench.gui.leads;

import com.leadbench.gui.Formats;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.policy.TierOverrides;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.gui.detail.LeadDetailViewModel;
import com.leadbench.model.TierOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * State of the leads screen: every lead with its published score, the text, tier and stage
 * filters over them, the selected lead and its explained score. Owns no controls; loads through
 * the {@link TaskExecutor} and drops stale detail loads.
 */
public final class LeadsViewModel {

    private final LeadList source;
    private final TaskExecutor executor;
    private final LeadDetailViewModel detail;

    private final ObservableList<LeadRow> all = FXCollections.observableArrayList();
    private final FilteredList<LeadRow> visible = new FilteredList<>(all, lead -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Tier> tierFilter = new SimpleObjectProperty<>(this, "tierFilter");
    private final ObjectProperty<LifecycleStage> stageFilter = new SimpleObjectProperty<>(this, "stageFilter");
    private final ObjectProperty<LeadRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<DatabaseCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Loading…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private Runnable onChanged = () -> { };
    private String scorecardLabel = "";
    private Optional<java.time.Instant> provisionalAsOf = Optional.empty();

    /** {@code detail} is the pane beside the table; a decision made in it reloads the leads. */
    public LeadsViewModel(LeadList source, LeadDetailViewModel detail, TaskExecutor executor) {
        this.source = source;
        this.executor = executor;
        this.detail = detail;
        detail.setOnChanged(() -> {
            if (!all.isEmpty()) {
                load();
            }
            onChanged.run();
        });
        detail.errorProperty().addListener((obs, old, text) -> error.set(text));
        filterText.addListener((obs, old, text) -> refilter());
        tierFilter.addListener((obs, old, tier) -> refilter());
        stageFilter.addListener((obs, old, stage) -> refilter());
        selected.addListener((obs, old, lead) -> loadDetail(lead));
    }

    private void refilter() {
        Predicate<LeadRow> text = matching(filterText.get());
        Tier tier = tierFilter.get();
        LifecycleStage stage = stageFilter.get();
        visible.setPredicate(row -> (tier == null || row.tier() == tier) && (stage == null || row.stage() == stage) && text.test(row));
        updateStatus();
    }

    /** Loads every lead with its score under the published scorecard, and the database counts. */
    public void load() {
        loading.set(true);
        error.set("");
        executor.execute(this::rows, loaded -> {
            scorecardLabel = loaded.scorecardLabel();
            provisionalAsOf = loaded.provisionalAsOf();
            all.setAll(loaded.rows());
            counts.set(loaded.counts());
            loading.set(false);
            updateStatus();
        }, failure -> {
            loading.set(false);
            error.set("Could not load the leads: " + failure.getMessage());
            status.set("Loading failed");
        });
    }

    private record Loaded(List<LeadRow> rows, DatabaseCounts counts, String scorecardLabel, Optional<java.time.Instant> provisionalAsOf) {
    }

    /** Runs off the FX thread: scores every lead on the preview engine and joins the table rows. */
    private Loaded rows() {
        List<LeadSummary> summaries = source.summaries();
        LeadColumns columns = source.columns();
        PreviewScores scores = source.publishedScores();
        Map<Long, LifecycleStage> stages = source.currentStages();
        Map<Long, TierOverride> overrides = source.overrides();
        List<LeadRow> rows = new ArrayList<>(summaries.size());
        for (LeadSummary s : summaries) {
            int i = columns.indexOf(s.contactId());
            LifecycleStage stage = stages.getOrDefault(s.contactId(), LifecycleStage.CONTACT);
            if (i < 0) {
                rows.add(new LeadRow(s, 0, 0, Tier.NOT_QUALIFIED, stage, false));
                continue;
            }
            Optional<TierOverride> override = Optional.ofNullable(overrides.get(s.contactId()));
            Tier tier = TierOverrides.tier(scores.tier(i), override);
            rows.add(new LeadRow(s, scores.fit(i), scores.intent(i), tier, stage, TierOverrides.counts(scores.tier(i), override)));
        }
        return new Loaded(rows, source.counts(), source.scorecardLabel(), source.provisionalScoresAsOf());
    }

    private void loadDetail(LeadRow lead) {
        if (lead == null) {
            detail.clear();
        } else {
            detail.show(lead.contactId());
        }
    }

    /** Runs after a decision changed a lead (other screens reload). */
    public void setOnChanged(Runnable action) {
        onChanged = action == null ? () -> { } : action;
    }

    /** The detail pane beside the table. */
    public LeadDetailViewModel detail() {
        return detail;
    }

    /** The last decision made, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return detail.messageProperty();
    }

    static Predicate<LeadRow> matching(String text) {
        if (text == null || text.isBlank()) {
            return row -> true;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return row -> {
            LeadSummary lead = row.lead();
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
        long mqls = all.stream().filter(r -> r.stage() == LifecycleStage.MQL).count();
        long sqls = all.stream().filter(r -> r.stage() == LifecycleStage.SQL).count();
        long handedOff = all.stream().filter(r -> r.stage() == LifecycleStage.HANDED_OFF).count();
        status.set(Formats.count(c.contacts()) + " leads" + shown + " · " + Formats.count(mqls) + " MQLs · "
                + Formats.count(sqls) + " SQLs · " + Formats.count(handedOff) + " handed off · scored with " + scorecardLabel
                + provisionalAsOf.map(at -> " (scores as of " + Formats.dateTime(at) + ", updating…)").orElse("")
                + " · " + Formats.count(c.accounts()) + " accounts · " + Formats.count(c.activities()) + " activities · "
                + Formats.count(c.followUps()) + " sales follow-ups");
    }

    public ObservableList<LeadRow> visibleLeads() {
        return visible;
    }

    public ObjectProperty<Tier> tierFilterProperty() {
        return tierFilter;
    }

    public ObjectProperty<LifecycleStage> stageFilterProperty() {
        return stageFilter;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<LeadRow> selectedProperty() {
        return selected;
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
