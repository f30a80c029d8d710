package com.leadbench.gui.tuning;

import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.analysis.LearnReport;
import com.leadbench.scoring.analysis.Learner;
import com.leadbench.scoring.analysis.NotEnoughOutcomesException;
import com.leadbench.scoring.analysis.Outcomes;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Learn from outcomes" in the Tuning tab: learns a scorecard from the leads sales won ({@link Learner}) off the FX
 * thread and opens it as the draft in one undoable edit, with the live preview, undo and publish as for any draft.
 * The report (held-out figures, calibration per tier, each rule's evidence) stays on view until the next learning.
 */
public final class LearnViewModel {

    private final TuningSource source;
    private final TuningViewModel tuning;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<LearnReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Learns points for every field and activity that tells won leads from the rest, measured on leads it never saw.");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public LearnViewModel(TuningSource source, TuningViewModel tuning, TaskExecutor executor) {
        this.source = source;
        this.tuning = tuning;
        this.executor = executor;
    }

    /**
     * Learns with target tier shares {@code a}, {@code b}, {@code c} (percent of the leads) and {@code seed}; the
     * result becomes the draft. Too few outcomes, or shares that do not fit, are said in {@link #messageProperty()}.
     */
    public void learn(double a, double b, double c, long seed) {
        Learner.Settings settings;
        try {
            Learner.Settings d = Learner.Settings.DEFAULT;
            settings = new Learner.Settings(seed, d.holdout(), new double[] {a / 100, b / 100, c / 100}, d.minSupport(), d.leastOutcomes());
        } catch (IllegalArgumentException e) {
            message.set("Cannot learn: " + e.getMessage() + ".");
            return;
        }
        running.set(true);
        message.set("Learning from outcomes…");
        var template = tuning.published();
        long now = source.now().toEpochMilli();
        executor.execute(() -> {
            Outcomes outcomes = source.outcomes();
            return Learner.learn(source.columns(), outcomes, now, Learner.base(template), settings);
        }, learned -> {
            running.set(false);
            report.set(learned);
            tuning.edit("Learn from outcomes", card -> learned.scorecard());
            message.set(summary(learned));
        }, failure -> {
            running.set(false);
            message.set(failure instanceof NotEnoughOutcomesException ? failure.getMessage()
                    : "Could not learn from outcomes: " + failure.getMessage());
        });
    }

    /** One paragraph a marketer reads: what was learned and how it did on leads it never saw. */
    static String summary(LearnReport r) {
        return String.format(Locale.US, "Learned %d rules from %,d won and %,d other leads (%,d candidates looked at, %,d left out as"
                        + " recorded after the outcome). On %,d leads held out of the fit: AUC %.3f, %.0f%% of the wins in the top 35%%,"
                        + " the top quarter converts %s the bottom quarter. The draft now holds the learned scorecard: review it, then"
                        + " publish (Undo brings back the previous draft).",
                r.rules().size(), r.wins(), r.others(), r.candidates(), r.flagged(), r.holdoutLeads(), r.holdout().auc(),
                r.holdout().top35Capture() * 100, Double.isInfinite(r.holdout().quartileLift()) ? "infinitely more than"
                        : String.format(Locale.US, "%.1f×", r.holdout().quartileLift()));
    }

    public ReadOnlyObjectProperty<LearnReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
