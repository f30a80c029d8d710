package com.leadbench.gui.dashboard;

import com.leadbench.gui.Formats;
import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ReportFilter;
import com.leadbench.report.ReportSource;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the dashboard: the filter (dates, scorecard version, warning level), the figures last
 * computed for it and the published versions to choose from. Every change of the filter computes
 * the figures again off the FX thread; when requests overlap, only the newest one's figures are
 * shown. Owns no controls.
 */
public final class DashboardViewModel {

    /** The warning level when the manager has not chosen one: a tier converting below 20% is warned about. */
    public static final double DEFAULT_WARN_BELOW = 0.20;

    private final ReportSource source;
    private final TaskExecutor executor;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Integer> version = new SimpleObjectProperty<>(this, "version");
    private final DoubleProperty warnBelow = new SimpleDoubleProperty(this, "warnBelow", DEFAULT_WARN_BELOW);
    private final ObservableList<Integer> versions = FXCollections.observableArrayList();
    private final ObservableList<Integer> versionsView = FXCollections.unmodifiableObservableList(versions);
    private final ReadOnlyObjectWrapper<Optional<ProcessReport>> report = new ReadOnlyObjectWrapper<>(this, "report", Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final LatestOnly<Asked, Loaded> loads;

    public DashboardViewModel(ReportSource source, TaskExecutor executor) {
        this.source = source;
        this.executor = executor;
        // every change of the filter starts computing at once; only the newest request's figures are shown
        this.loads = LatestOnly.everyRequest(executor, asked -> new Loaded(source.report(asked.filter(), asked.level()), source.versions()),
                this::show, failure -> {
                    loading.set(false);
                    error.set("Could not compute the figures: " + failure.getMessage());
                });
        from.addListener((obs, old, value) -> load());
        to.addListener((obs, old, value) -> load());
        version.addListener((obs, old, value) -> load());
        warnBelow.addListener((obs, old, value) -> load());
    }

    /** What one request asks: the filter and the warning level, read on the FX thread. */
    private record Asked(ReportFilter filter, double level) {
    }

    /** What one request brings back: the figures and the versions the filter can choose from. */
    private record Loaded(ProcessReport report, List<Integer> versions) {
    }

    /**
     * Computes the figures for the current filter. A range that ends before it starts is refused
     * with a message and computes nothing; a result that a newer request has overtaken is dropped.
     */
    public void load() {
        Optional<String> invalid = rangeProblem();
        if (invalid.isPresent()) {
            loads.cancel();
            error.set(invalid.get());
            loading.set(false);
            return;
        }
        error.set("");
        ReportFilter filter = filter();
        double level = warnBelow.get();
        loading.set(true);
        loads.submit(new Asked(filter, level));
    }

    private void show(Loaded loaded) {
        if (!versions.equals(loaded.versions())) {
            versions.setAll(loaded.versions());
        }
        report.set(Optional.of(loaded.report()));
        summary.set(describe(loaded.report()));
        loading.set(false);
    }

    private Optional<String> rangeProblem() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null && end.isBefore(start)) {
            return Optional.of("The end date " + end + " is before the start date " + start + ": pick an end on or after the start.");
        }
        double level = warnBelow.get();
        if (Double.isNaN(level) || level < 0 || level > 1) {
            return Optional.of("The warning level must be between 0% and 100%.");
        }
        return Optional.empty();
    }

    /** The filter the controls describe now (call only with a valid range). */
    ReportFilter filter() {
        return new ReportFilter(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()), Optional.ofNullable(version.get()));
    }

    /** "2026-01-01 to 2026-06-30, scorecard v3 · 1,204 MQLs · 388 SQLs · 61 won". */
    private static String describe(ProcessReport r) {
        String counts = Formats.count(r.totals().mqls()) + " MQLs · " + Formats.count(r.totals().sqls()) + " SQLs";
        if (r.totals().outcomes()) {
            counts += " · " + Formats.count(r.totals().won()) + " won";
        }
        return capitalised(r.filter().describe()) + " · " + counts + " · as of " + Formats.dateTime(r.asOf());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Writes an export off the FX thread: {@code content} makes the bytes (a PNG, a CSV) and runs
     * on the executor too; the file appears whole or not at all (written beside it, then moved),
     * and the message or the error says how it went.
     */
    public void save(Path target, Callable<byte[]> content) {
        message.set("Saving " + target.getFileName() + "…");
        executor.execute(() -> {
            byte[] bytes = content.call();
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }, saved -> message.set("Saved " + saved), failure -> {
            message.set("");
            error.set("Could not save " + target.getFileName() + ": " + failure.getMessage());
        });
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The scorecard version the figures are limited to; null for every version. */
    public ObjectProperty<Integer> versionProperty() {
        return version;
    }

    /** A tier whose latest monthly MQL-to-SQL rate falls below this share (0 to 1) is warned about. */
    public DoubleProperty warnBelowProperty() {
        return warnBelow;
    }

    /** The published scorecard versions, oldest first, as the source last listed them. */
    public ObservableList<Integer> versions() {
        return versionsView;
    }

    /** The figures last computed, empty before the first load. */
    public ReadOnlyObjectProperty<Optional<ProcessReport>> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last export did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The filter of the figures shown, described, with their counts. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
