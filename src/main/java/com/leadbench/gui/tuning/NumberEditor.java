package com.leadbench.gui.tuning;

import com.leadbench.gui.Styles;
import com.leadbench.scoring.rules.Points;
import java.util.function.DoubleConsumer;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A slider and an exact number field side by side. Dragging reports every position through
 * {@code onDrag} and the release through {@code onCommit}; typing a number and pressing Enter (or
 * leaving the field) commits it at once. Values set from the model never echo back.
 */
final class NumberEditor extends HBox {

    private final Slider slider;
    private final TextField field = new TextField();
    private final boolean whole;
    private DoubleConsumer onDrag = v -> { };
    private DoubleConsumer onCommit = v -> { };
    private boolean updating;

    NumberEditor(String id, double min, double max, boolean whole) {
        super(8);
        this.whole = whole;
        setId(id);
        slider = new Slider(min, max, min);
        slider.setId(id + "-slider");
        field.setId(id + "-field");
        field.setPrefColumnCount(5);
        slider.setBlockIncrement(whole ? 1 : 0.5);
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(slider, field);
        slider.valueProperty().addListener((obs, old, value) -> {
            if (updating) {
                return;
            }
            double v = round(value.doubleValue());
            field.setText(Points.format(v));
            if (slider.isValueChanging()) {
                onDrag.accept(v);
            } else {
                commit(v);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (was && !changing) {
                commit(round(slider.getValue()));
            }
        });
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused) {
                commitText();
            }
        });
    }

    private double round(double v) {
        return whole ? Math.round(v) : Math.round(v * 2) / 2.0;
    }

    private void commitText() {
        String text = field.getText().strip();
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(text);
            }
            field.getStyleClass().remove(Styles.INVALID);
            commit(whole ? Math.round(v) : v);
        } catch (NumberFormatException e) {
            if (!field.getStyleClass().contains(Styles.INVALID)) {
                field.getStyleClass().add(Styles.INVALID);
            }
            field.setTooltip(new Tooltip("\"" + text + "\" is not a number"));
        }
    }

    private void commit(double v) {
        onCommit.accept(v);
    }

    /** Shows {@code value} without reporting it; widens the slider's range when the value lies outside it. */
    void show(double value) {
        updating = true;
        try {
            if (value < slider.getMin()) {
                slider.setMin(Math.floor(value));
            }
            if (value > slider.getMax()) {
                slider.setMax(Math.ceil(value));
            }
            if (!slider.isValueChanging()) {
                slider.setValue(value);
            }
            if (!field.isFocused()) {
                field.setText(Points.format(value));
            }
        } finally {
            updating = false;
        }
    }

    /** Marks the editor as invalid with a message, or clears the mark with null. */
    void problem(String message) {
        if (message == null) {
            field.getStyleClass().remove(Styles.INVALID);
            field.setTooltip(null);
        } else {
            if (!field.getStyleClass().contains(Styles.INVALID)) {
                field.getStyleClass().add(Styles.INVALID);
            }
            field.setTooltip(new Tooltip(message));
        }
    }

    void onDrag(DoubleConsumer action) {
        this.onDrag = action;
    }

    void onCommit(DoubleConsumer action) {
        this.onCommit = action;
    }

    TextField field() {
        return field;
    }

    Slider slider() {
        return slider;
    }
}
