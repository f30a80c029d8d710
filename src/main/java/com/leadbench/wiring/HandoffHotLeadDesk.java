package com.leadbench.wiring;

import com.leadbench.handoff.LeadHandoff;
import com.leadbench.gui.hotleads.HotLeadDesk;
import com.leadbench.handoff.CrmFormat;
import com.leadbench.workflow.HandoffDesk;
import com.leadbench.workflow.HandoffDesk.Export;
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
    public List<LeadHandoff> hotLeads() {
        return handoff.hotLeads();
    }

    @Override
    public Optional<LeadHandoff> lead(long contactId) {
        return handoff.lead(contactId);
    }

    @Override
    public void markReviewed(long contactId) {
        handoff.markReviewed(contactId);
    }

    @Override
    public PacketWritten exportLeads(List<Long> ids, CrmFormat format, Path dir) {
        return written(handoff.export(Selection.ids(ids), format, dir));
    }

    @Override
    public PacketWritten exportReviewed(CrmFormat format, Path dir) {
        return written(handoff.export(Selection.reviewedNotHandedOff(), format, dir));
    }

    /** A written packet: its id, how many leads it holds, and how many were handed off now and before. */
    private static PacketWritten written(Export export) {
        return new PacketWritten(export.packet().id(), export.packet().leads().size(), export.handedOffNow(), export.handedOffBefore());
    }
}
