package com.leadbench.gui.hygiene;

import com.leadbench.model.ContactFacts;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.MergeRecord;
import com.leadbench.scoring.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the hygiene screen reads and changes; the app implements it over the workspace and the merger. Blocks, except {@link #now()}. */
public interface HygieneDesk {

    /** Every contact's facts, as the duplicate check reads them. */
    List<ContactFacts> contacts();

    /** The scorecard in use (its exclusions decide which issues matter). */
    Scorecard publishedScorecard();

    /** Every merge done, newest first. */
    List<MergeRecord> mergeHistory();

    Optional<LeadDetail> detail(long contactId);

    MergeRecord merge(long keptId, long mergedId, String reason, String actor, Instant at);

    MergeRecord undo(long mergeAuditId, String actor, Instant at);

    /** Reloads and rescores the leads after the contacts changed. */
    void refresh();

    Instant now();
}
