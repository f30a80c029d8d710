package com.leadbench.wiring;

import com.leadbench.gui.tuning.TuningSource;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.workflow.ScorecardPublisher;
import com.leadbench.workflow.Workspace;
import java.time.Instant;
import java.util.List;

/** The Tuning screens' source: the published scorecard, its preview, its history and outcomes, and publishing. */
public final class WorkspaceTuningSource implements TuningSource {

    private final Workspace workspace;
    private final OutcomesLoader outcomes;

    public WorkspaceTuningSource(Workspace workspace, OutcomesLoader outcomes) {
        this.workspace = workspace;
        this.outcomes = outcomes;
    }

    @Override
    public Scorecard publishedScorecard() {
        return workspace.published().scorecard();
    }

    @Override
    public int publishedVersion() {
        return workspace.published().number();
    }

    @Override
    public FeatureMatrix publishedMatrix() {
        return workspace.publishedMatrix();
    }

    @Override
    public PreviewScores publishedScores() {
        return workspace.publishedScores();
    }

    @Override
    public LeadColumns columns() {
        return workspace.columns();
    }

    @Override
    public Instant now() {
        return workspace.clock().instant();
    }

    @Override
    public List<ScorecardVersion> versions() {
        return workspace.scorecards().history();
    }

    @Override
    public Outcomes outcomes() {
        return outcomes.load(workspace.columns());
    }

    @Override
    public java.util.Map<Long, Instant> wins() {
        return new com.leadbench.store.FollowUpRepository(workspace.database()).firstWins();
    }

    @Override
    public java.util.List<Instant> firstContacts() {
        return new com.leadbench.store.FollowUpRepository(workspace.database()).firstContactTimes();
    }

    @Override
    public Publication publish(Scorecard draft, String note) {
        ScorecardPublisher.Applied applied = workspace.publish(draft, note);
        return new Publication(applied.version().version(), applied.transitions());
    }
}
