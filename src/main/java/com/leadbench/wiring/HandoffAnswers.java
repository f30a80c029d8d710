package com.leadbench.wiring;

import com.leadbench.gui.detail.LeadInHandoff;
import com.leadbench.gui.hotleads.HotLeadDesk;
import com.leadbench.workflow.HandoffDesk.Export;
import com.leadbench.workflow.HandoffDesk.LeadHandoff;

/** The handoff desk's answers as the screens hold them. */
final class HandoffAnswers {

    private HandoffAnswers() {
    }

    /** A lead in handoff, with its decisions (reviewed, hot, the note's text) computed by the desk. */
    static LeadInHandoff shown(LeadHandoff h) {
        return new LeadInHandoff(h.facts(), h.breakdown(), h.stage(), h.qualifiedStage(), h.deadline(), h.contacted(), h.overdue(),
                h.route(), h.marks(), h.handoff(), h.scorecardLabel(), h.scoredTier(), h.reviewed(), h.noteText(), h.handedOff(), h.hot());
    }

    /** A written packet: its id, how many leads it holds, and how many were handed off now and before. */
    static HotLeadDesk.PacketWritten written(Export export) {
        return new HotLeadDesk.PacketWritten(export.packet().id(), export.packet().leads().size(), export.handedOffNow(),
                export.handedOffBefore());
    }
}
