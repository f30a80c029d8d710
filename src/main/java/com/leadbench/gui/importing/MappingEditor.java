package com.leadbench.gui.importing;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.matching.ColumnMatch;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import wizard's mapping as a person edits it: the matcher's guess, one {@link MappingRow} per
 * column, the mapping the import uses (the guess's, with the day order a person chose), and the
 * changes that can be undone. Each new guess is handed on to be checked.
 */
final class MappingEditor {

    final ReadOnlyObjectWrapper<MappingGuess> guess;
    final ReadOnlyObjectWrapper<ImportMapping> mapping;
    final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    final ReadOnlyBooleanWrapper canUndo;
    private final Deque<MappingGuess> history = new ArrayDeque<>();
    private final ObjectProperty<ImportKind> kind;
    private final ObjectProperty<DayOrder> dayOrder;
    private final StringProperty message;
    private final Runnable check;

    /**
     * @param owner the view model the properties belong to
     * @param check runs after every new guess (the preview and the date check)
     */
    MappingEditor(Object owner, ObjectProperty<ImportKind> kind, ObjectProperty<DayOrder> dayOrder, StringProperty message,
            Runnable check) {
        this.guess = new ReadOnlyObjectWrapper<>(owner, "guess");
        this.mapping = new ReadOnlyObjectWrapper<>(owner, "mapping");
        this.canUndo = new ReadOnlyBooleanWrapper(owner, "canUndo");
        this.kind = kind;
        this.dayOrder = dayOrder;
        this.message = message;
        this.check = check;
    }

    /**
     * Sends {@code row}'s column to {@code target}, as a person chose. A field another column held goes
     * back to that column as a custom field. The outcome needs values that say won or lost: when the
     * column's values do not, nothing changes and the message says why.
     */
    void retarget(MappingRow row, MappingTarget target, CsvSource source, List<List<String>> sample) {
        MappingGuess g = guess.get();
        if (g == null || target == null || target.equals(row.targetProperty().get())) {
            return;
        }
        MappingGuess next;
        if (target.kind() == MappingTarget.Kind.OUTCOME) {
            Optional<OutcomeColumn> outcome = MappingMatcher.outcomeOf(row.column(), source.headers(), sample,
                    g.columnFor("created_at").orElse(null));
            if (outcome.isEmpty()) {
                message.set("The values of " + row.column() + " say neither won nor lost, so it cannot be the outcome.");
                row.update(kind.get(), g.columns().get(row.index()));
                return;
            }
            next = g.withOutcome(outcome, "chosen by you");
        } else {
            next = g.withTarget(row.column(), target.valueFor(row.column()));
        }
        remember();
        message.set(row.column() + " → " + target.label() + ". Ctrl+Z undoes it.");
        set(next);
    }

    /** Takes back the last change to the mapping. */
    void undo() {
        if (history.isEmpty()) {
            return;
        }
        set(history.pop());
        canUndo.set(!history.isEmpty());
        message.set("Undone.");
    }

    /** Keeps the guess as it is now, for undo. */
    void remember() {
        if (guess.get() != null) {
            history.push(guess.get());
            canUndo.set(true);
        }
    }

    /** Forgets every change (a new file). */
    void forgetChanges() {
        history.clear();
        canUndo.set(false);
    }

    /** Takes {@code g} as the guess: updates the rows, the mapping, and checks it. */
    void set(MappingGuess g) {
        guess.set(g);
        List<ColumnMatch> lines = g.columns();
        if (rows.size() == lines.size()) {
            for (int i = 0; i < lines.size(); i++) {
                rows.get(i).update(kind.get(), lines.get(i));
            }
        } else {
            List<MappingRow> next = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                next.add(new MappingRow(i, kind.get(), lines.get(i)));
            }
            rows.setAll(next);
        }
        applyMapping();
        check.run();
    }

    /** The mapping the import uses: the guess's, with the day order a person chose. */
    void applyMapping() {
        MappingGuess g = guess.get();
        if (g == null) {
            return;
        }
        ImportMapping m = g.mapping();
        mapping.set(dayOrder.get() == null ? m : m.withDayOrder(dayOrder.get()));
    }
}
