package com.leadbench.gui.tuning;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.preview.TierTransitions;

/** One live preview: the draft it scored, every contact's draft score, and how tiers moved. */
record PreviewResult(Scorecard draft, PreviewScores scores, TierTransitions transitions, int[] publishedCounts,
                     double computeMillis, long requestedNanos) {

    int draftCount(Tier tier) {
        return scores.tierCounts()[tier.ordinal()];
    }

    int publishedCount(Tier tier) {
        return publishedCounts[tier.ordinal()];
    }
}
