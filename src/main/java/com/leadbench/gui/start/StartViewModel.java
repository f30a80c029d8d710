package com.leadbench.gui.start;

import com.leadbench.gui.TaskExecutor;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The choice of a starting point while nothing is published (issue #13). The workspace then scores
 * the leads with the general B2B preset as version 0 and records nothing; the banner says so and
 * offers three ways on: publish the general B2B preset, publish the industrial preset, or learn a
 * scorecard from outcomes. Publishing runs off the FX thread through the window's one
 * {@link TaskExecutor}; afterwards {@code onPublished} runs (the screens reload) and the banner hides.
 *
 * <p><b>The "Learn from outcomes…" hook.</b> {@link #learn()} runs the action given to
 * {@link #setOnLearn(Runnable)}; it is offered only when outcomes exist ({@link #learnAvailableProperty()}:
 * some lead was won). For now {@code MainWindow} sets it to switch to the Tuning tab and its
 * "Learn from outcomes" panel; running the learner directly means passing a different action there
 * (or setting it again), nothing in this class changes.
 * If the learner publishes, it should call {@link #refresh()} afterwards (or simply reload the leads:
 * the window refreshes this model whenever the leads finish loading) so the banner hides.
 */
public final class StartViewModel {

    private final StartDesk desk;
    private final TaskExecutor executor;
    private final Runnable onPublished;
    private final BooleanProperty needed = new SimpleBooleanProperty(this, "needed");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty learnAvailable = new SimpleBooleanProperty(this, "learnAvailable");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private Runnable onLearn = () -> { };

    public StartViewModel(StartDesk desk, TaskExecutor executor, Runnable onPublished) {
        this.desk = desk;
        this.executor = executor;
        this.onPublished = onPublished;
        needed.set(choiceNeeded());
    }

    /** Nothing was ever published (an unusable version is the recovery banner's case) and there are leads to score. */
    private boolean choiceNeeded() {
        return desk.nothingPublished() && !desk.scorecardUnusable() && desk.leadCount() > 0;
    }

    /**
     * Looks again whether the choice is needed (after an import the leads may have arrived) and,
     * off the FX thread, whether any lead was won, which learning needs.
     */
    public void refresh() {
        needed.set(choiceNeeded());
        if (!needed.get()) {
            return;
        }
        executor.execute(desk::anyWon, learnAvailable::set,
                failure -> learnAvailable.set(false));
    }

    /** Whether the banner shows. */
    public ReadOnlyBooleanProperty neededProperty() {
        return needed;
    }

    /** While a preset is being published: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Whether "Learn from outcomes…" is offered: some lead was won. */
    public ReadOnlyBooleanProperty learnAvailableProperty() {
        return learnAvailable;
    }

    /** Why the last publish failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public void useGeneralPreset() {
        publish(desk::publishGeneralPreset);
    }

    public void useIndustrialPreset() {
        publish(desk::publishIndustrialPreset);
    }

    /** Runs the learn hook (see the class comment); nothing when learning is not offered. */
    public void learn() {
        if (learnAvailable.get()) {
            onLearn.run();
        }
    }

    /** The action of "Learn from outcomes…": for now the window switches to the Tuning tab. */
    public void setOnLearn(Runnable action) {
        this.onLearn = Objects.requireNonNull(action, "action");
    }

    private void publish(Runnable preset) {
        busy.set(true);
        problem.set("");
        executor.execute(() -> {
            preset.run();
            return true;
        }, published -> {
            busy.set(false);
            needed.set(false);
            onPublished.run();
        }, failure -> {
            busy.set(false);
            problem.set("Nothing was published: " + (failure.getMessage() == null ? "the preset could not be applied" : failure.getMessage()));
        });
    }
}
