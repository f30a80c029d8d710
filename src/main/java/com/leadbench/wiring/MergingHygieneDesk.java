package com.leadbench.wiring;

import com.leadbench.gui.hygiene.HygieneDesk;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.LeadDetail;
import com.leadbench.model.MergeRecord;
import com.leadbench.scoring.Scorecard;
import com.leadbench.store.ContactFactsLoader;
import com.leadbench.workflow.ContactMerger;
import com.leadbench.workflow.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Hygiene screen's desk: the contacts to check, and merging and un-merging them. */
public final class MergingHygieneDesk implements HygieneDesk {

    private final Workspace workspace;
    private final ContactFactsLoader contactFacts;
    private final ContactMerger merger;

    public MergingHygieneDesk(Workspace workspace, ContactFactsLoader contactFacts, ContactMerger merger) {
        this.workspace = workspace;
        this.contactFacts = contactFacts;
        this.merger = merger;
    }

    @Override
    public List<ContactFacts> contacts() {
        return contactFacts.load();
    }

    @Override
    public Scorecard publishedScorecard() {
        return workspace.published().scorecard();
    }

    @Override
    public List<MergeRecord> mergeHistory() {
        return merger.history();
    }

    @Override
    public Optional<LeadDetail> detail(long contactId) {
        return workspace.details().load(contactId);
    }

    @Override
    public MergeRecord merge(long keptId, long mergedId, String reason, String actor, Instant at) {
        return merger.merge(keptId, mergedId, reason, actor, at);
    }

    @Override
    public MergeRecord undo(long mergeAuditId, String actor, Instant at) {
        return merger.undo(mergeAuditId, actor, at);
    }

    @Override
    public void refresh() {
        workspace.refresh();
    }

    @Override
    public Instant now() {
        return workspace.clock().instant();
    }
}
