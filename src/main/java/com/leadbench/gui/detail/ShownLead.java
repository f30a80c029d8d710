package com.leadbench.gui.detail;

import com.leadbench.handoff.LeadHandoff;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.ReviewNote;
import com.leadbench.scoring.Breakdown;
import java.util.List;

/**
 * What the detail pane shows: the lead's facts and timeline, its score explained (with the
 * manager's tier override in force), its handoff (route, deadline, note, review) and review notes.
 */
public record ShownLead(LeadDetail detail, Breakdown breakdown, String scorecardLabel, LeadHandoff handoff, List<ReviewNote> notes) {

    public ShownLead {
        notes = List.copyOf(notes);
    }

    public long contactId() {
        return detail.contact().id();
    }

    /** Qualified now or handed off: the handoff section applies. */
    public boolean inHandoff() {
        return handoff.qualifiedStage().isPresent();
    }
}
