package com.leadbench.gui.detail;

import com.leadbench.handoff.LeadHandoff;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * What the detail pane reads and the manager's decisions on one lead. The app implements it over
 * the lead details and the handoff desk; each method blocks, so the view model calls it off the FX
 * thread.
 */
public interface LeadDesk {

    /** The lead's facts and timeline, or empty when there is no such contact. */
    Optional<LeadDetail> detail(long contactId);

    /** The lead as the handoff sees it, or empty when there is no such contact. */
    Optional<LeadHandoff> handoff(long contactId);

    List<ReviewNote> notes(long contactId);

    void markReviewed(long contactId);

    void withdrawReview(long contactId);

    void addNote(long contactId, String text);

    void overrideTier(long contactId, Tier tier, String reason);

    void removeOverride(long contactId, String reason);

    void editNote(long contactId, String text);

    void resetNote(long contactId);
}
