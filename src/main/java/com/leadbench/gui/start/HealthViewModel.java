package com.leadbench.gui.start;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.health.ScorecardHealth;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the scorecard in use (the published one, or the general preset as version 0) shuts out:
 * {@link ScorecardHealth}'s warnings, checked off the FX thread at open and again after every
 * publish or reload ({@link #refresh()}).
 */
public final class HealthViewModel {

    private final StartDesk desk;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyObjectWrapper<List<ScorecardHealth.Warning>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final LatestOnly<StartDesk, Checked> checks;

    public HealthViewModel(StartDesk desk, TaskExecutor executor) {
        this.desk = desk;
        this.checks = new LatestOnly<>(executor, HealthViewModel::check, checked -> {
            title.set(checked.title());
            warnings.set(checked.warnings());
        }, failure -> { });
    }

    private record Checked(String title, List<ScorecardHealth.Warning> warnings) {
    }

    /** Checks the scorecard in use against the leads as they are now; a newer request wins over an older one. */
    public void refresh() {
        checks.submit(desk);
    }

    private static Checked check(StartDesk desk) {
        int number = desk.publishedNumber();
        String which = number == 0 ? "The scores shown (general B2B preset, not published)"
                : "Scorecard version " + number + " (“" + desk.publishedName() + "”)";
        return new Checked(which + (number == 0 ? " need" : " needs") + " a look before the tiers are relied on",
                desk.health());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The warnings; empty when the scorecard neither excludes most leads nor qualifies none. */
    public ReadOnlyObjectProperty<List<ScorecardHealth.Warning>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }
}
