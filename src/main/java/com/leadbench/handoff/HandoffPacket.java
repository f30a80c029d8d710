package com.leadbench.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch of leads for sales: {@code id} and {@code createdAt} are those of the newest packet
 * that handed any of them off (so exporting the same leads again writes the same files),
 * {@code selection} says how they were chosen ("tier A", "stage SQL", "ids 1,2,3").
 */
public record HandoffPacket(String id, Instant createdAt, CrmFormat format, String selection, List<HandoffLead> leads) {

    public HandoffPacket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(selection, "selection");
        leads = List.copyOf(leads);
    }
}
