package com.leadbench.gui.importing;

import com.leadbench.gui.TaskExecutor;
import com.leadbench.importing.CsvSource;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DateColumns;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportPreview;
import com.leadbench.importing.MappedPreview;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's check of a mapping: the preview of the first rows and the date columns whose
 * day order no value decides, computed off the FX thread after each change; an older check's result,
 * or one for a file no longer open, is dropped.
 */
final class MappingCheck {

    /** What the preview and the date check found for one mapping. */
    private record Checked(MappedPreview preview, List<DateColumn.AmbiguousDayOrder> ambiguous) {
    }

    final ReadOnlyObjectWrapper<MappedPreview> preview;
    final ObservableList<DateColumn.AmbiguousDayOrder> ambiguousDates = FXCollections.observableArrayList();
    private final TaskExecutor executor;
    private final StringProperty message;
    private final ObjectProperty<DayOrder> dayOrder;
    private final Supplier<CsvSource> openSource;
    private long checks;

    /**
     * @param owner the view model the preview property belongs to
     * @param dayOrder the day order a person chose; set to the mapping's when its dates turn out ambiguous
     * @param openSource the file open now
     */
    MappingCheck(Object owner, TaskExecutor executor, StringProperty message, ObjectProperty<DayOrder> dayOrder,
            Supplier<CsvSource> openSource) {
        this.preview = new ReadOnlyObjectWrapper<>(owner, "preview");
        this.executor = executor;
        this.message = message;
        this.dayOrder = dayOrder;
        this.openSource = openSource;
    }

    /** Previews {@code m} over {@code s} and looks for ambiguous dates, off the FX thread (either null: no preview). */
    void check(CsvSource s, ImportMapping m) {
        if (s == null || m == null) {
            preview.set(null);
            return;
        }
        long seq = ++checks;
        ImportMapping undecided = m.dayOrder() == DayOrder.US || m.dayOrder() == DayOrder.EUROPEAN ? m.withDayOrder(DayOrder.AUTO) : m;
        executor.execute(() -> {
            MappedPreview p = ImportPreview.of(s, m, ImportViewModel.PREVIEW_ROWS);
            List<DateColumn.AmbiguousDayOrder> ambiguous;
            try {
                ambiguous = DateColumns.ambiguous(s, undecided);
            } catch (ImportException e) {
                ambiguous = List.of(); // the import reports an unreadable file
            }
            return new Checked(p, ambiguous);
        }, c -> {
            if (seq != checks || openSource.get() != s) {
                return;
            }
            preview.set(c.preview());
            ambiguousDates.setAll(c.ambiguous());
            if (!c.ambiguous().isEmpty() && dayOrder.get() == null && m.dayOrder() != undecided.dayOrder()) {
                dayOrder.set(m.dayOrder());
            }
            if (!c.preview().missingRequired().isEmpty()) {
                message.set("The mapping leaves required fields unmapped: " + String.join(", ", c.preview().missingRequired()));
            } else if (!c.ambiguous().isEmpty() && dayOrder.get() == null) {
                message.set("Choose the day order: " + c.ambiguous().getFirst().reason().split(";")[0] + ".");
            }
        }, failure -> {
            if (seq == checks) {
                message.set("Cannot preview the file: " + failure.getMessage());
            }
        });
    }
}
