package com.leadbench.wiring;

import com.leadbench.gui.recovery.RecoveryDesk;
import com.leadbench.scoring.Scorecard;
import com.leadbench.workflow.Workspace;
import java.util.Optional;

/** The recovery banner's desk: the scorecard that could not be used, and publishing a replacement. */
public final class WorkspaceRecoveryDesk implements RecoveryDesk {

    private final Workspace workspace;

    public WorkspaceRecoveryDesk(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<Unusable> unusable() {
        return workspace.unusableScorecard().map(e -> new Unusable(e.version().version(), e.version().name(), e.reason()));
    }

    @Override
    public int publishedNumber() {
        return workspace.published().number();
    }

    @Override
    public Scorecard publishedScorecard() {
        return workspace.published().scorecard();
    }

    @Override
    public void publish(Scorecard card, String note) {
        workspace.publish(card, note);
    }
}
