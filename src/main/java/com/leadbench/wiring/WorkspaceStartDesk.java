package com.leadbench.wiring;

import com.leadbench.gui.start.StartDesk;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.workflow.StartingPoints;
import com.leadbench.workflow.Workspace;
import java.util.List;

/** The start banner's and the health panel's desk: what is published, and publishing a starting preset. */
public final class WorkspaceStartDesk implements StartDesk {

    private final Workspace workspace;
    private final OutcomesLoader outcomes;

    public WorkspaceStartDesk(Workspace workspace, OutcomesLoader outcomes) {
        this.workspace = workspace;
        this.outcomes = outcomes;
    }

    @Override
    public boolean nothingPublished() {
        return workspace.nothingPublished();
    }

    @Override
    public boolean scorecardUnusable() {
        return workspace.unusableScorecard().isPresent();
    }

    @Override
    public int leadCount() {
        return workspace.columns().size();
    }

    @Override
    public boolean anyWon() {
        return outcomes.load(workspace.columns()).wins() > 0;
    }

    @Override
    public void publishGeneralPreset() {
        workspace.publishStart(StartingPoints.Preset.GENERAL);
    }

    @Override
    public void publishIndustrialPreset() {
        workspace.publishStart(StartingPoints.Preset.INDUSTRIAL);
    }

    @Override
    public int publishedNumber() {
        return workspace.published().number();
    }

    @Override
    public String publishedName() {
        return workspace.published().scorecard().name();
    }

    @Override
    public List<ScorecardHealth.Warning> health() {
        return workspace.health();
    }
}
