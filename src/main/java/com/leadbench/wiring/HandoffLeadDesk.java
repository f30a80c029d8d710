package com.leadbench.wiring;

import com.leadbench.gui.detail.LeadDesk;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.Tier;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.Workspace;
import java.util.List;
import java.util.Optional;

/** The lead detail pane's desk: the lead's detail from the workspace, its review, note and override from the handoff desk. */
public final class HandoffLeadDesk implements LeadDesk {

    private final Workspace workspace;
    private final HandoffDesk handoff;

    public HandoffLeadDesk(Workspace workspace, HandoffDesk handoff) {
        this.workspace = workspace;
        this.handoff = handoff;
    }

    @Override
    public Optional<LeadDetail> detail(long contactId) {
        return workspace.details().load(contactId);
    }

    @Override
    public Optional<LeadHandoff> handoff(long contactId) {
        return handoff.lead(contactId);
    }

    @Override
    public List<ReviewNote> notes(long contactId) {
        return handoff.notes(contactId);
    }

    @Override
    public void markReviewed(long contactId) {
        handoff.markReviewed(contactId);
    }

    @Override
    public void withdrawReview(long contactId) {
        handoff.withdrawReview(contactId);
    }

    @Override
    public void addNote(long contactId, String text) {
        handoff.addNote(contactId, text);
    }

    @Override
    public void overrideTier(long contactId, Tier tier, String reason) {
        handoff.overrideTier(contactId, tier, reason);
    }

    @Override
    public void removeOverride(long contactId, String reason) {
        handoff.removeOverride(contactId, reason);
    }

    @Override
    public void editNote(long contactId, String text) {
        handoff.editNote(contactId, text);
    }

    @Override
    public void resetNote(long contactId) {
        handoff.resetNote(contactId);
    }
}
