package com.leadbench.gui.leads;

import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import java.util.List;
import java.util.Map;

/** What the leads table reads; the app implements it over the workspace. Each call may block: off the FX thread only. */
public interface LeadList {

    List<LeadSummary> summaries();

    /** Every lead's facts, in the preview engine's columns. */
    LeadColumns columns();

    /** Every lead's score under the published scorecard, by column. */
    PreviewScores publishedScores();

    Map<Long, LifecycleStage> currentStages();

    /** The manager's tier overrides, by contact id. */
    Map<Long, TierOverride> overrides();

    DatabaseCounts counts();

    /** The published scorecard as the status line names it, e.g. "General v3". */
    String scorecardLabel();

    /**
     * When the scores shown are those kept from the last run, not yet brought up to now: as of
     * when they were computed. Empty once they are current.
     */
    default java.util.Optional<java.time.Instant> provisionalScoresAsOf() {
        return java.util.Optional.empty();
    }
}
