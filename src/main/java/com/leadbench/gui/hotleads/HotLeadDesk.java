package com.leadbench.gui.hotleads;

import com.leadbench.handoff.CrmFormat;
import com.leadbench.store.HandoffDesk.Export;
import com.leadbench.store.HandoffDesk.LeadHandoff;
import com.leadbench.store.HandoffDesk.Selection;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the review queue reads and does; the app implements it over the handoff desk. Each call blocks: off the FX thread only. */
public interface HotLeadDesk {

    /** New SQLs and tier-A MQLs not handed off yet, soonest deadline first. */
    List<LeadHandoff> hotLeads();

    Optional<LeadHandoff> lead(long contactId);

    void markReviewed(long contactId);

    /** Writes the packet of the selected leads into {@code dir} and hands them off. */
    Export export(Selection selection, CrmFormat format, Path dir);
}
