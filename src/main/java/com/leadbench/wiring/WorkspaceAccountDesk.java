package com.leadbench.wiring;

import com.leadbench.gui.accounts.AccountBook;
import com.leadbench.gui.accounts.AccountDesk;
import com.leadbench.model.AccountQualification;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.AccountQualificationRepository;
import com.leadbench.workflow.Workspace;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The Accounts screen over the open workspace: its leads and published scores in memory, the MQAs recorded. */
public final class WorkspaceAccountDesk implements AccountDesk {

    private final Workspace workspace;
    private final AccountQualificationRepository qualifications;

    public WorkspaceAccountDesk(Workspace workspace, AccountQualificationRepository qualifications) {
        this.workspace = workspace;
        this.qualifications = qualifications;
    }

    @Override
    public AccountBook accounts() {
        LeadColumns leads = workspace.columns();
        PreviewScores scores = workspace.publishedScores();
        if (scores.size() != leads.size()) {
            // read between a reload's two steps: read again
            leads = workspace.columns();
            scores = workspace.publishedScores();
        }
        var card = workspace.published();
        Map<Long, Instant> since = new HashMap<>();
        for (AccountQualification q : qualifications.all()) {
            since.put(q.accountId(), q.at());
        }
        return new AccountBook(AccountRollup.of(leads, scores, card.scorecard()).all(), leads, scores, workspace.currentStages(), since,
                card.label());
    }
}
