package com.leadbench.gui.start;

import com.leadbench.scoring.health.ScorecardHealth;
import java.util.List;

/**
 * What the start and health banners read and publish; the app implements it over the workspace.
 * The questions about what is published read memory; the rest may block: off the FX thread only.
 */
public interface StartDesk {

    /** Nothing was ever published. */
    boolean nothingPublished();

    /** The published scorecard cannot be used (the recovery banner's case). */
    boolean scorecardUnusable();

    int leadCount();

    /** Some lead was won: learning from outcomes is possible. Blocks. */
    boolean anyWon();

    /** Publishes the general B2B preset as the first version. Blocks. */
    void publishGeneralPreset();

    /** Publishes the industrial preset as the first version. Blocks. */
    void publishIndustrialPreset();

    /** The number of the scorecard in use (0: the general preset, not published). */
    int publishedNumber();

    String publishedName();

    /** What the scorecard in use shuts out, against the leads as they are now. Blocks. */
    List<ScorecardHealth.Warning> health();
}
