package com.leadbench.gui.start;

import com.leadbench.gui.Styles;
import com.leadbench.scoring.health.ScorecardHealth;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A warning strip that names what shuts the leads out: the exclusion rule that excludes most of
 * them, or the gate or threshold no lead passes. Shown only while there is a warning; used above
 * the tabs for the scorecard in use and in the Tuning tab for the draft.
 */
public final class HealthBanner {

    private HealthBanner() {
    }

    /** The strip with node id {@code id}; its text has the id {@code id + "Text"}. */
    public static Node create(String id, ObservableValue<String> title, ObservableValue<List<ScorecardHealth.Warning>> warnings) {
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setWrapText(true);
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> warnings.getValue() == null ? ""
                : warnings.getValue().stream().map(w -> "• " + w.text()).collect(Collectors.joining("\n")), warnings));
        text.setWrapText(true);
        text.setId(id + "Text");
        VBox banner = new VBox(4, heading, text);
        banner.getStyleClass().add(Styles.HEALTH_BANNER);
        banner.setId(id);
        banner.visibleProperty().bind(text.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
