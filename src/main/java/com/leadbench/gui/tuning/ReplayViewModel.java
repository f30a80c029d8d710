package com.leadbench.gui.tuning;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.CapacityFit;
import com.leadbench.scoring.analysis.CapacityReplay;
import com.leadbench.scoring.preview.LeadColumns;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The published scorecard and the draft replayed as if live over the last {@link #WEEKS} weeks,
 * against each queue's weekly capacity ({@link CapacityReplay}): off the FX thread, the newest
 * request wins. A queue's capacity is edited in the draft, so it can be undone.
 */
public final class ReplayViewModel {

    /** How many weeks back the tab replays. */
    public static final int WEEKS = CapacityReplay.WEEKS;

    /** Published and draft replays of the same weeks. */
    public record Comparison(CapacityReplay.Result published, CapacityReplay.Result draft) {
    }

    private final TuningSource source;
    private final TuningViewModel tuning;
    private final TaskExecutor executor;
    private final LatestOnly<Scorecard, Comparison> replays;
    /** The published scorecard's replay, kept while the scorecard, the leads and the period are the same (compared by identity). */
    private record Kept(Scorecard card, LeadColumns leads, Instant to, CapacityReplay.Result result) {
    }

    private volatile Kept published;

    private final ReadOnlyObjectWrapper<Comparison> replay = new ReadOnlyObjectWrapper<>(this, "replay");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ReplayViewModel(TuningSource source, TuningViewModel tuning, TaskExecutor executor) {
        this.source = source;
        this.tuning = tuning;
        this.executor = executor;
        this.replays = new LatestOnly<>(executor, this::compare, result -> {
            replay.set(result);
            message.set(summary(result));
        }, failure -> message.set("Replay failed: " + failure.getMessage()));
    }

    /** Replays the published scorecard and the current draft (the newest request wins). */
    public void run() {
        message.set("Replaying the last " + WEEKS + " weeks…");
        replays.submit(tuning.draftProperty().get());
    }

    /** Read at every replay (one grouped query): outcomes imported meanwhile count at once. */
    private Map<Long, Instant> wins() {
        return source.wins();
    }

    /** The end of the replayed period: whole UTC days, ending with today. */
    private Instant periodEnd() {
        return CapacityReplay.endOf(source.now().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /**
     * Proposes the lowest thresholds, at or above the draft's, that keep every queue with a capacity within it in at least
     * {@code weeksWithin} of the weeks ({@link CapacityFit}), as one undoable edit of the draft.
     */
    public void fitToCapacity(int weeksWithin) {
        Scorecard draft = tuning.draftProperty().get();
        if (draft.routing().weeklyCapacity().isEmpty()) {
            message.set("Set a weekly capacity for at least one queue first: fitting keeps the queues within what they agreed to take.");
            return;
        }
        message.set("Fitting the thresholds to capacity: each step replays " + WEEKS + " weeks…");
        executor.execute(() -> CapacityFit.fit(draft, source.columns(), wins(), periodEnd(), WEEKS, weeksWithin, step -> { }), fit -> {
            if (fit.isEmpty()) {
                message.set("No thresholds, even " + CapacityFit.MOST_RAISED + " points higher, keep every queue within its capacity in "
                        + weeksWithin + " of " + WEEKS + " weeks.");
                return;
            }
            CapacityFit.Fit f = fit.get();
            if (f.shift() == 0) {
                message.set(String.format(Locale.US, "The draft already keeps every queue within its capacity in %d of %d weeks:"
                        + " its thresholds stay (fitting raises thresholds, it never lowers them).", f.weeksWithin(), WEEKS));
                return;
            }
            var fitted = f.card().thresholds();
            tuning.edit(String.format(Locale.US, "Fit thresholds to capacity (%+d points)", f.shift()), c -> c.withThresholds(t -> fitted));
            message.set(String.format(Locale.US, "Thresholds raised by %d points: every queue within its capacity in %d of %d weeks (%d replays).",
                    f.shift(), f.weeksWithin(), WEEKS, f.replays()));
        }, failure -> message.set("Could not fit to capacity: " + failure.getMessage()));
    }

    private Comparison compare(Scorecard draft) {
        Map<Long, Instant> won = wins();
        LeadColumns leads = source.columns();
        Instant to = periodEnd();
        Scorecard live = tuning.published();
        Kept kept = published;
        if (kept == null || kept.card() != live || kept.leads() != leads || !kept.to().equals(to)) {
            var pace = com.leadbench.scoring.analysis.TeamPace.observed(source.firstContacts(), to.minus(java.time.Duration.ofDays(7L * WEEKS)),
                    to, live.deadlines());
            kept = new Kept(live, leads, to, CapacityReplay.run(live, leads, won, to, WEEKS, pace));
            published = kept;
        }
        CapacityReplay.Result before = kept.result();
        CapacityReplay.Result after = draft == live ? before : CapacityReplay.run(draft, leads, won, to, WEEKS, before.pace());
        return new Comparison(before, after);
    }

    /** Sets {@code queue}'s weekly capacity in the draft to {@code leads}, or removes it when null: one undoable edit. */
    public void setCapacity(String queue, Integer leads) {
        tuning.edit(leads == null ? "Remove the weekly capacity of " + queue : "Set the weekly capacity of " + queue + " to " + leads,
                c -> c.withRouting(c.routing().withWeeklyCapacity(queue, leads)));
    }

    /**
     * The queues a capacity may be set for: the draft's own routing queues, those it gives a
     * capacity, and those the last replay sent leads to (account managers), each once.
     */
    public List<String> queues() {
        Set<String> out = new LinkedHashSet<>(tuning.draftProperty().get().routing().queues());
        out.addAll(tuning.draftProperty().get().routing().weeklyCapacity().keySet());
        Comparison last = replay.get();
        if (last != null) {
            last.draft().weeks().forEach(w -> out.addAll(w.byQueue().keySet()));
        }
        return new ArrayList<>(out);
    }

    /** One line for the manager: the weekly flow of both, the draft's weeks over capacity, and the wins each would have qualified. */
    static String summary(Comparison c) {
        CapacityReplay.Result p = c.published();
        CapacityReplay.Result d = c.draft();
        String capacity = d.capacity().isEmpty() ? "no queue has an agreed weekly capacity yet"
                : String.format(Locale.US, "the draft is over a queue's capacity in %d of %d weeks", d.overCapacityWeeks(), d.weeks().size());
        String won = p.won().dated() == 0 ? "no win in the period has a date"
                : String.format(Locale.US, "of %,d leads won in the period, published qualified %,d%s, draft %,d%s", p.won().dated(),
                        p.won().qualified(), early(p.won()), d.won().qualified(), early(d.won()));
        return String.format(Locale.US, "New MQLs a week: published %.1f, draft %.1f. SQLs a week: %.1f → %.1f. %s; %s. %s",
                p.mqlsPerWeek(), d.mqlsPerWeek(), p.sqlsPerWeek(), d.sqlsPerWeek(), capitalized(capacity), won, inTime(p, d));
    }

    /** "At the team's pace (3.2 first contacts a business day), 81% of the published scorecard's leads ...", or why not. */
    static String inTime(CapacityReplay.Result p, CapacityReplay.Result d) {
        if (p.pace().isEmpty()) {
            return "No first contact is recorded in the period, so the team's pace, and who it would have reached in time, is unknown.";
        }
        return String.format(Locale.US, "At the team's pace (%.1f first contacts a business day), %s of the published scorecard's leads and %s"
                + " of the draft's would have been contacted within their deadline.", p.pace().get().perBusinessDay(), share(p), share(d));
    }

    private static String share(CapacityReplay.Result r) {
        return r.inTimeShare().map(x -> String.format(Locale.US, "%.0f%%", 100 * x)).orElse("none (nothing sent)");
    }

    private static String early(CapacityReplay.Won w) {
        return w.medianDaysEarly().map(days -> String.format(Locale.US, " (median %.0f days before the win)", days)).orElse("");
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReadOnlyObjectProperty<Comparison> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
