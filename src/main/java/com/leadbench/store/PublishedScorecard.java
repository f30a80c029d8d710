package com.leadbench.store;

import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.Scorecard;

/** A stored scorecard version with its document read back into rules. */
public record PublishedScorecard(ScorecardVersion version, Scorecard scorecard) {

    public int number() {
        return version.version();
    }

    /** How the screens name it: "Industrial default v3". */
    public String label() {
        return scorecard.name() + " v" + number();
    }
}
