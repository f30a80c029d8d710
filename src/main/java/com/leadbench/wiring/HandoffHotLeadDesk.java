package com.leadbench.wiring;

import com.leadbench.gui.detail.LeadInHandoff;
import com.leadbench.gui.hotleads.HotLeadDesk;
import com.leadbench.handoff.CrmFormat;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.HandoffDesk.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The Hot leads screen's desk: the hot leads and their packets, from the handoff desk. */
public final class HandoffHotLeadDesk implements HotLeadDesk {

    private final HandoffDesk handoff;

    public HandoffHotLeadDesk(HandoffDesk handoff) {
        this.handoff = handoff;
    }

    @Override
    public List<LeadInHandoff> hotLeads() {
        return handoff.hotLeads().stream().map(HandoffAnswers::shown).toList();
    }

    @Override
    public Optional<LeadInHandoff> lead(long contactId) {
        return handoff.lead(contactId).map(HandoffAnswers::shown);
    }

    @Override
    public void markReviewed(long contactId) {
        handoff.markReviewed(contactId);
    }

    @Override
    public PacketWritten exportLeads(List<Long> ids, CrmFormat format, Path dir) {
        return HandoffAnswers.written(handoff.export(Selection.ids(ids), format, dir));
    }

    @Override
    public PacketWritten exportReviewed(CrmFormat format, Path dir) {
        return HandoffAnswers.written(handoff.export(Selection.reviewedNotHandedOff(), format, dir));
    }
}
