package com.leadbench.gui;

import com.leadbench.model.Tier;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** A tier shown as a coloured chip: the colour comes from the theme through a pseudo-class per tier. */
public final class TierChip extends Label {

    private Tier shown;

    public TierChip() {
        getStyleClass().add(Styles.TIER_CHIP);
    }

    public TierChip(Tier tier) {
        this();
        show(tier);
    }

    public void show(Tier tier) {
        if (shown != null) {
            pseudoClassStateChanged(pseudo(shown), false);
        }
        shown = tier;
        setText(tier == null ? "" : tier.label());
        if (tier != null) {
            pseudoClassStateChanged(pseudo(tier), true);
        }
    }

    private static PseudoClass pseudo(Tier tier) {
        return PseudoClass.getPseudoClass("tier-" + tier.key());
    }
}
