package com.leadbench.gui.recovery;

import com.leadbench.scoring.Scorecard;
import java.util.Optional;

/** What the recovery banner reads and publishes; the app implements it over the workspace. */
public interface RecoveryDesk {

    /** Which published version cannot be used, and why. */
    record Unusable(int version, String name, String reason) {
    }

    /** The published version that cannot be used, or empty when the scorecard in use is fine. */
    Optional<Unusable> unusable();

    /** The number of the scorecard scored with meanwhile (0: the general preset, not published). */
    int publishedNumber();

    Scorecard publishedScorecard();

    /** Publishes {@code card} as a new version. Blocks: off the FX thread only. */
    void publish(Scorecard card, String note);
}
