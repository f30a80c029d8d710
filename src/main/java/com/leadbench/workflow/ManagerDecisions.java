package com.leadbench.workflow;

import com.leadbench.model.AuditEntry;
import com.leadbench.model.DecisionKind;
import com.leadbench.model.LeadDecision;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.policy.StageChanges;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.ReviewNoteRepository;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.handoff.LeadHandoff;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The manager's decisions on a lead: review, note, tier override, edited note. Each is appended to
 * the decision log and the audit log in one transaction, with the stage change it makes.
 */
final class ManagerDecisions {

    private final Workspace workspace;
    private final HandoffQueue queue;
    private final StageTransitionRepository stages;
    private final LeadDecisionRepository decisions;
    private final ReviewNoteRepository notes;
    private final AuditRepository audit;

    ManagerDecisions(Workspace workspace, HandoffQueue queue, StageTransitionRepository stages, LeadDecisionRepository decisions,
                     ReviewNoteRepository notes, AuditRepository audit) {
        this.workspace = workspace;
        this.queue = queue;
        this.stages = stages;
        this.decisions = decisions;
        this.notes = notes;
        this.audit = audit;
    }

    /** Marks the lead's current qualification reviewed. */
    void markReviewed(long contactId) {
        LeadHandoff h = require(contactId);
        StageTransition q = h.qualification().filter(t -> h.stage().isQualified())
                .orElseThrow(() -> new IllegalArgumentException(HandoffDesk.name(h) + " is " + h.stage().label() + ", not an MQL or SQL waiting for review"));
        decide(new LeadDecision(0, contactId, DecisionKind.REVIEWED, null, q.id(), null, now(), HandoffDesk.MANAGER),
                "review", "reviewed the " + q.to().label() + " of " + q.at());
    }

    /** Takes the review of the lead's current qualification back: it is waiting for review again. */
    void withdrawReview(long contactId) {
        LeadHandoff h = require(contactId);
        if (!h.reviewed() || h.handedOff()) {
            throw new IllegalArgumentException(HandoffDesk.name(h) + (h.handedOff() ? " is handed off already" : " is not marked reviewed"));
        }
        StageTransition q = h.qualification().orElseThrow();
        decide(new LeadDecision(0, contactId, DecisionKind.REVIEW_WITHDRAWN, null, q.id(), null, now(), HandoffDesk.MANAGER),
                "withdraw_review", "took back the review of the " + q.to().label() + " of " + q.at());
    }

    /** Adds a review note. */
    void addNote(long contactId, String text) {
        String t = requireText(text, "a note needs some text");
        require(contactId);
        workspace.database().transaction(() -> {
            notes.insert(new ReviewNote(0, contactId, now(), HandoffDesk.MANAGER, t));
            audit.append(new AuditEntry(0, now(), HandoffDesk.MANAGER, "review_note", "contact", contactId, t));
            return null;
        });
    }

    List<ReviewNote> notes(long contactId) {
        return notes.forContact(contactId);
    }

    List<LeadDecision> decisions(long contactId) {
        return decisions.forContact(contactId);
    }

    /** Sets the lead's tier by hand; the reason is required. Records the stage change this makes. */
    void overrideTier(long contactId, Tier tier, String reason) {
        Objects.requireNonNull(tier, "tier");
        String why = requireText(reason, "overriding a tier needs a reason");
        if (tier == Tier.EXCLUDED) {
            throw new IllegalArgumentException("a lead is excluded by an exclusion rule, not by hand");
        }
        LeadHandoff h = require(contactId);
        if (h.breakdown().excluded()) {
            throw new IllegalArgumentException(HandoffDesk.name(h) + " is excluded (" + h.breakdown().exclusion().get()
                    + "); change the exclusion rules rather than its tier");
        }
        decide(new LeadDecision(0, contactId, DecisionKind.TIER_OVERRIDE, tier, null, why, now(), HandoffDesk.MANAGER),
                "override_tier", tier.label() + " (scored " + h.breakdown().scoredTier(workspace.published().scorecard().thresholds()).label()
                        + "): " + why);
    }

    /** Removes the tier override; the scorecard decides again. */
    void removeOverride(long contactId, String reason) {
        LeadHandoff h = require(contactId);
        if (h.marks().override().isEmpty()) {
            throw new IllegalArgumentException(HandoffDesk.name(h) + " has no tier override to remove");
        }
        String why = reason == null || reason.isBlank() ? "override removed" : reason.strip();
        decide(new LeadDecision(0, contactId, DecisionKind.OVERRIDE_REMOVED, null, null, why, now(), HandoffDesk.MANAGER),
                "remove_override", why);
    }

    /** Stores the manager's text of the handoff note; the generated note stays available. */
    void editNote(long contactId, String text) {
        String t = requireText(text, "an edited note cannot be empty; reset it to the generated note instead");
        require(contactId);
        decide(new LeadDecision(0, contactId, DecisionKind.NOTE_EDITED, null, null, t, now(), HandoffDesk.MANAGER), "edit_note", t);
    }

    /** Drops the manager's text: the generated note is used again. */
    void resetNote(long contactId) {
        require(contactId);
        decide(new LeadDecision(0, contactId, DecisionKind.NOTE_RESET, null, null, null, now(), HandoffDesk.MANAGER), "reset_note", null);
    }

    private void decide(LeadDecision d, String action, String detail) {
        workspace.database().transaction(() -> {
            decisions.append(d);
            audit.append(new AuditEntry(0, d.at(), d.author(), action, "contact", d.contactId(), detail));
            restage(d);
            return null;
        });
    }

    /**
     * Records the stage change a decision makes (an override moving a lead in or out of MQL), as
     * {@link StageChanges} says: only override decisions, and only once something is published.
     */
    private void restage(LeadDecision d) {
        if (!StageChanges.followsDecision(d.kind(), workspace.published().number())) {
            return;
        }
        long contactId = d.contactId();
        Instant at = d.at();
        LeadHandoff h = require(contactId);
        List<StageTransition> history = stages.forContact(contactId);
        StageTransition last = history.isEmpty() ? null : history.getLast();
        LifecycleStage after = h.breakdown().stage();
        if (StageChanges.records(last, after)) {
            stages.record(List.of(new StageTransition(0, contactId, last == null ? LifecycleStage.CONTACT : last.to(), after, at,
                    h.breakdown().reason(), workspace.published().number())));
        }
    }

    private LeadHandoff require(long contactId) {
        return queue.lead(contactId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + contactId));
    }

    private static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }

    private Instant now() {
        return workspace.clock().instant();
    }
}
