package com.leadbench.wiring;

import com.leadbench.gui.leads.LeadList;
import com.leadbench.model.DatabaseCounts;
import com.leadbench.model.LeadSummary;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.workflow.Workspace;
import java.util.List;
import java.util.Map;

/** The Leads screen's list, read from the open workspace and the managers' tier overrides. */
public final class WorkspaceLeadList implements LeadList {

    private final Workspace workspace;
    private final LeadDecisionRepository decisions;

    public WorkspaceLeadList(Workspace workspace, LeadDecisionRepository decisions) {
        this.workspace = workspace;
        this.decisions = decisions;
    }

    @Override
    public List<LeadSummary> summaries() {
        // the leads in memory are the database's (the workspace keeps them current): no query over every contact
        return workspace.columns().summaries();
    }

    @Override
    public LeadColumns columns() {
        return workspace.columns();
    }

    @Override
    public PreviewScores publishedScores() {
        return workspace.publishedScores();
    }

    @Override
    public Map<Long, LifecycleStage> currentStages() {
        return workspace.currentStages();
    }

    @Override
    public Map<Long, TierOverride> overrides() {
        return decisions.overrides();
    }

    @Override
    public DatabaseCounts counts() {
        return workspace.leads().counts();
    }

    @Override
    public String scorecardLabel() {
        return workspace.published().label();
    }

    @Override
    public java.util.Optional<java.time.Instant> provisionalScoresAsOf() {
        return workspace.scoresProvisional() ? java.util.Optional.of(workspace.scoredAt()) : java.util.Optional.empty();
    }
}
