package com.leadbench.workflow;

import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.HandoffNote;
import com.leadbench.handoff.HandoffPacket;
import com.leadbench.handoff.LeadHandoff;
import com.leadbench.model.LeadDecision;
import com.leadbench.model.LeadMarks;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.PacketRepository;
import com.leadbench.store.ReviewNoteRepository;
import com.leadbench.store.StageTransitionRepository;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The handoff to sales over an open workspace: each qualified lead's route, deadline and note,
 * the hot-leads queue ({@link HandoffQueue}), the manager's decisions (review, note, tier
 * override, edited note; each appended to the decision log and the audit log;
 * {@link ManagerDecisions}) and the export of packets, which marks leads handed off with a
 * transition naming the packet ({@link PacketExport}).
 */
public final class HandoffDesk {

    public static final String MANAGER = "manager";

    private final HandoffQueue queue;
    private final ManagerDecisions decisions;
    private final PacketExport export;

    public HandoffDesk(Workspace workspace) {
        this(workspace, () -> { });
    }

    /** With a step run inside an export's transaction just before it commits: tests make it fail there. */
    HandoffDesk(Workspace workspace, Runnable beforeCommit) {
        Database db = workspace.database();
        StageTransitionRepository stages = new StageTransitionRepository(db);
        LeadDecisionRepository decisionLog = new LeadDecisionRepository(db);
        AuditRepository audit = new AuditRepository(db);
        this.queue = new HandoffQueue(workspace, stages, decisionLog, new FollowUpRepository(db));
        this.decisions = new ManagerDecisions(workspace, queue, stages, decisionLog, new ReviewNoteRepository(db), audit);
        this.export = new PacketExport(workspace, queue, stages, new PacketRepository(db), audit, beforeCommit);
    }

    /** One lead, or empty when there is no such contact. */
    public Optional<LeadHandoff> lead(long contactId) {
        return queue.lead(contactId);
    }

    /** Every lead that is an MQL or SQL or was handed off, soonest deadline first. */
    public List<LeadHandoff> qualified() {
        return queue.qualified();
    }

    /**
     * The review queue: new SQLs and tier-A MQLs (not handed off, not contacted by sales since they
     * qualified), soonest deadline first; reviewed ones too, marked.
     */
    public List<LeadHandoff> hotLeads() {
        return queue.hotLeads();
    }

    // ------------------------------------------------------------------ decisions

    /** Marks the lead's current qualification reviewed. */
    public void markReviewed(long contactId) {
        decisions.markReviewed(contactId);
    }

    /** Takes the review of the lead's current qualification back: it is waiting for review again. */
    public void withdrawReview(long contactId) {
        decisions.withdrawReview(contactId);
    }

    /** Adds a review note. */
    public void addNote(long contactId, String text) {
        decisions.addNote(contactId, text);
    }

    public List<ReviewNote> notes(long contactId) {
        return decisions.notes(contactId);
    }

    public List<LeadDecision> decisions(long contactId) {
        return decisions.decisions(contactId);
    }

    /** Sets the lead's tier by hand; the reason is required. Records the stage change this makes. */
    public void overrideTier(long contactId, Tier tier, String reason) {
        decisions.overrideTier(contactId, tier, reason);
    }

    /** Removes the tier override; the scorecard decides again. */
    public void removeOverride(long contactId, String reason) {
        decisions.removeOverride(contactId, reason);
    }

    /** Stores the manager's text of the handoff note; the generated note stays available. */
    public void editNote(long contactId, String text) {
        decisions.editNote(contactId, text);
    }

    /** Drops the manager's text: the generated note is used again. */
    public void resetNote(long contactId) {
        decisions.resetNote(contactId);
    }

    // ------------------------------------------------------------------ packets

    /** Which leads a packet takes; {@code label} is how the packet names the choice. */
    public record Selection(String label, Predicate<LeadHandoff> test, Set<Long> ids) {

        public static Selection tier(Tier tier) {
            if (!tier.isTier()) {
                throw new IllegalArgumentException("a packet takes tier A, B or C, not " + tier.label());
            }
            return new Selection("tier " + tier.name(), h -> h.breakdown().tier() == tier, Set.of());
        }

        public static Selection stage(LifecycleStage stage) {
            if (!stage.isQualified()) {
                throw new IllegalArgumentException("a packet takes MQLs or SQLs, not " + stage.label());
            }
            return new Selection("stage " + stage.name(), h -> h.qualifiedStage().orElse(null) == stage, Set.of());
        }

        public static Selection ids(List<Long> ids) {
            Set<Long> set = new LinkedHashSet<>(ids);
            return new Selection("ids " + String.join(",", set.stream().map(String::valueOf).toList()),
                    h -> set.contains(h.contactId()), set);
        }

        /** The review queue's done part: reviewed and not yet handed off. */
        public static Selection reviewedNotHandedOff() {
            return new Selection("reviewed, not handed off", h -> h.reviewed() && !h.handedOff(), Set.of());
        }
    }

    /** What an export wrote: the packet, its files, and how many leads it handed off now (the rest were before). */
    public record Export(HandoffPacket packet, List<Path> files, int handedOffNow, int handedOffBefore) {
    }

    /**
     * Writes the packet of the selected leads to {@code dir} (handoff.csv in {@code format},
     * handoff.json, handoff.html) and marks the leads not yet handed off as handed off in a new
     * packet; see {@link PacketExport} for what a crash leaves.
     *
     * @throws IllegalArgumentException when the selection names unknown or unqualified leads, or none
     * @throws PacketWriteException when the files cannot be written into {@code dir}
     */
    public Export export(Selection selection, CrmFormat format, Path dir) {
        return export.export(selection, format, dir);
    }

    static String name(LeadHandoff h) {
        return h.facts().contact().displayName();
    }
}
