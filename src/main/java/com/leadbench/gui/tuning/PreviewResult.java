package com.leadbench.gui.tuning;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.preview.TierTransitions;
import com.leadbench.scoring.health.ScorecardHealth;
import java.util.List;

/**
 * One live preview: the draft it scored, every contact's draft score, how tiers moved, what the draft
 * shuts out, and the published scores it was compared with (the account matrix rolls both up).
 */
record PreviewResult(Scorecard draft, PreviewScores scores, TierTransitions transitions, int[] publishedCounts,
                     double computeMillis, long requestedNanos, List<ScorecardHealth.Warning> health, PreviewScores publishedScores) {

    int draftCount(Tier tier) {
        return scores.tierCounts()[tier.ordinal()];
    }

    int publishedCount(Tier tier) {
        return publishedCounts[tier.ordinal()];
    }
}
