package com.leadbench.gui.hotleads;

import com.leadbench.handoff.LeadHandoff;
import com.leadbench.handoff.CrmFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the review queue reads and does; the app implements it over the handoff desk. Each call blocks: off the FX thread only. */
public interface HotLeadDesk {

    /** What an export wrote: the packet's id, how many leads it holds, how many were handed off now and before. */
    record PacketWritten(String packetId, int leads, int handedOffNow, int handedOffBefore) {
    }

    /** New SQLs and tier-A MQLs not handed off yet, soonest deadline first. */
    List<LeadHandoff> hotLeads();

    Optional<LeadHandoff> lead(long contactId);

    void markReviewed(long contactId);

    /** Writes the packet of the leads {@code ids} into {@code dir} and hands them off. */
    PacketWritten exportLeads(List<Long> ids, CrmFormat format, Path dir);

    /** Writes the packet of every reviewed lead not handed off yet into {@code dir} and hands them off. */
    PacketWritten exportReviewed(CrmFormat format, Path dir);
}
