package com.leadbench.gui;

import com.leadbench.model.Tier;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The columns the screens' tables share: sortable text, and a tier shown as a coloured chip. */
public final class TableColumns {

    private TableColumns() {
    }

    /** A text column sorted without case, empty values last; a long text is shown cut ({@link Formats#cut(String)}). */
    public static <T> TableColumn<T, String> text(String title, String id, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Formats.cut(value.apply(c.getValue()))));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        return column;
    }

    /** A tier chip column; {@code note} gives a short text beside the chip for a row (null for none). */
    public static <T> TableColumn<T, Tier> tier(String title, String id, Function<T, Tier> value, BiFunction<T, Tier, String> note,
                                                double width) {
        TableColumn<T, Tier> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            private final TierChip chip = new TierChip();

            @Override
            protected void updateItem(Tier item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                chip.show(item);
                setGraphic(chip);
                T row = getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : note.apply(row, item));
            }
        });
        return column;
    }
}
