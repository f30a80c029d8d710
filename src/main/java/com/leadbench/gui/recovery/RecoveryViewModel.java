package com.leadbench.gui.recovery;

import com.leadbench.format.ScorecardJson;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The way out when the published scorecard cannot be used: the window still opens (scored with the
 * newest usable version, or the general B2B preset as version 0, recording nothing), says which version is unusable and why,
 * and publishes a usable one: that version again, the preset, or a scorecard file.
 */
public final class RecoveryViewModel {

    private final RecoveryDesk desk;
    private final TaskExecutor executor;
    private final Runnable onRecovered;
    private final BooleanProperty needed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final Optional<Previous> previous;

    /** The newest usable version, scored with meanwhile. */
    private record Previous(int number, Scorecard scorecard) {
    }

    public RecoveryViewModel(RecoveryDesk desk, TaskExecutor executor, Runnable onRecovered) {
        this.desk = desk;
        this.executor = executor;
        this.onRecovered = onRecovered;
        Optional<RecoveryDesk.Unusable> unusable = desk.unusable();
        this.previous = unusable.isPresent() && desk.publishedNumber() > 0
                ? Optional.of(new Previous(desk.publishedNumber(), desk.publishedScorecard())) : Optional.empty();
        needed.set(unusable.isPresent());
        unusable.ifPresent(e -> message.set("Scorecard version " + e.version() + " (\"" + e.name()
                + "\") cannot be used: " + e.reason() + ". Scores shown use "
                + (previous.isPresent() ? "version " + previous.get().number() : "the general B2B preset (not published)")
                + "; nothing is recorded until a usable scorecard is published."));
    }

    /** Whether the banner shows: the published scorecard cannot be used and nothing replaced it yet. */
    public ReadOnlyBooleanProperty neededProperty() {
        return needed;
    }

    /** What is wrong, which scores are shown meanwhile. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Why the last attempt to publish failed; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The newest usable version, offered to publish again. */
    public Optional<Integer> previousVersion() {
        return previous.map(Previous::number);
    }

    public void publishPrevious() {
        previous.ifPresent(p -> publish(() -> p.scorecard(), "Version " + p.number() + " published again: the newer one could not be used"));
    }

    public void publishPreset() {
        publish(ScorecardJson::defaultPreset, "Industrial preset published: the published scorecard could not be used");
    }

    /** Reads {@code file} off the FX thread; a document that does not read is reported and nothing is published. */
    public void publishFile(Path file) {
        publish(() -> ScorecardJson.read(file), "Published from " + file.getFileName() + ": the previous scorecard could not be used");
    }

    private interface CardSource {
        Scorecard read() throws Exception;
    }

    private void publish(CardSource source, String note) {
        busy.set(true);
        problem.set("");
        executor.execute(() -> {
            desk.publish(source.read(), note);
            return true;
        }, published -> {
            busy.set(false);
            needed.set(false);
            onRecovered.run();
        }, failure -> {
            busy.set(false);
            problem.set("Nothing was published: " + (failure.getMessage() == null ? "the scorecard could not be read" : failure.getMessage()));
        });
    }
}
