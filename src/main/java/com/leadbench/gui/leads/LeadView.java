package com.leadbench.gui.leads;

import com.leadbench.model.LeadDetail;
import com.leadbench.scoring.Breakdown;

/** What the detail pane shows: the lead's facts and timeline, and its score explained. */
public record LeadView(LeadDetail detail, Breakdown breakdown, String scorecardLabel) {
}
