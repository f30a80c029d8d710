package com.leadbench.gui.tuning;

import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.List;

/**
 * What the tuning studio (draft, analysis, learning) reads and publishes; the app implements it
 * over the workspace. The published scorecard, the columns and the clock are in memory; the
 * version history, the outcomes and publishing read or write the database: off the FX thread only.
 */
public interface TuningSource {

    /** A publish: the new version's number and how many stage changes it recorded. */
    record Publication(int version, int transitions) {
    }

    Scorecard publishedScorecard();

    int publishedVersion();

    FeatureMatrix publishedMatrix();

    PreviewScores publishedScores();

    /** Every lead's facts, in the preview engine's columns (a new object after a reload). */
    LeadColumns columns();

    Instant now();

    /** Every published version, oldest first. Blocks. */
    List<ScorecardVersion> versions();

    /** Which leads were won or lost. Blocks. */
    Outcomes outcomes();

    /** Each contact's first win, where sales dated one. Blocks. */
    java.util.Map<Long, Instant> wins();

    /** Every time sales recorded a first contact: the team's observed pace. Blocks. */
    List<Instant> firstContacts();

    /** Publishes {@code draft} as version N+1 and rescores. Blocks. */
    Publication publish(Scorecard draft, String note);
}
