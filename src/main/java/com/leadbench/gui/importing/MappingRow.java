package com.leadbench.gui.importing;

import com.leadbench.importing.ImportKind;
import com.leadbench.importing.matching.ColumnMatch;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One column of the file in the mapping table: its name, a few of its values, where it goes, how
 * sure the matcher is and why. Updated in place when the mapping changes, so the table is never rebuilt.
 */
public final class MappingRow {

    /** Below this the matcher is guessing: the row is marked for a person to check. */
    public static final double UNSURE = 0.6;

    private final int index;
    private final String column;
    private final String samples;
    private final ReadOnlyObjectWrapper<MappingTarget> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper(this, "confidence");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason");
    private final ReadOnlyBooleanWrapper unsure = new ReadOnlyBooleanWrapper(this, "unsure");

    MappingRow(int index, ImportKind kind, ColumnMatch match) {
        this.index = index;
        this.column = match.column();
        this.samples = samples(match.samples());
        update(kind, match);
    }

    void update(ImportKind kind, ColumnMatch match) {
        target.set(MappingTarget.of(kind, match.target()));
        confidence.set(match.confidence());
        reason.set(match.reason());
        unsure.set(match.confidence() < UNSURE);
    }

    /** The first three values, each cut short, as one line. */
    static String samples(List<String> values) {
        return String.join("  ·  ", values.stream().filter(v -> !v.isBlank()).limit(3).map(MappingRow::shortened).toList());
    }

    private static String shortened(String value) {
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 23) + "…";
    }

    /** The column's position in the file (a name can repeat). */
    public int index() {
        return index;
    }

    public String column() {
        return column;
    }

    public String samples() {
        return samples;
    }

    public ReadOnlyObjectProperty<MappingTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty confidenceProperty() {
        return confidence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsureProperty() {
        return unsure.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return column + " -> " + target.get().label();
    }
}
