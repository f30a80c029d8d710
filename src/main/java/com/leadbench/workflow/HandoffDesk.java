package com.leadbench.workflow;

import com.leadbench.handoff.CrmFormat;
import com.leadbench.handoff.HandoffLead;
import com.leadbench.handoff.HandoffNote;
import com.leadbench.handoff.HandoffPacket;
import com.leadbench.handoff.NoteWriter;
import com.leadbench.handoff.PacketFiles;
import com.leadbench.handoff.WholeFile;
import com.leadbench.model.Account;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.Contact;
import com.leadbench.model.DecisionKind;
import com.leadbench.model.LeadDecision;
import com.leadbench.model.LeadMarks;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ReviewNote;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.policy.Qualifications;
import com.leadbench.scoring.policy.StageChanges;
import com.leadbench.scoring.policy.TierOverrides;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import com.leadbench.scoring.routing.Router;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.PacketRepository;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ReviewNoteRepository;
import com.leadbench.store.StageTransitionRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The handoff to sales over an open workspace: each qualified lead's route, deadline and note,
 * the hot-leads queue, the manager's decisions (review, note, tier override, edited note; each
 * appended to the decision log and the audit log) and the export of packets, which marks leads
 * handed off with a transition naming the packet.
 */
public final class HandoffDesk {

    public static final String MANAGER = "manager";

    private final Workspace workspace;
    private final StageTransitionRepository stages;
    private final LeadDecisionRepository decisions;
    private final FollowUpRepository followUps;
    private final ReviewNoteRepository notes;
    private final PacketRepository packets;
    private final AuditRepository audit;
    private final Runnable beforeCommit;

    public HandoffDesk(Workspace workspace) {
        this(workspace, () -> { });
    }

    /** With a step run inside an export's transaction just before it commits: tests make it fail there. */
    HandoffDesk(Workspace workspace, Runnable beforeCommit) {
        this.workspace = workspace;
        this.beforeCommit = beforeCommit;
        Database db = workspace.database();
        this.stages = new StageTransitionRepository(db);
        this.decisions = new LeadDecisionRepository(db);
        this.followUps = new FollowUpRepository(db);
        this.notes = new ReviewNoteRepository(db);
        this.packets = new PacketRepository(db);
        this.audit = new AuditRepository(db);
    }

    /**
     * One lead as the handoff sees it. {@code stage} is the recorded stage; {@code qualifiedStage}
     * the MQL or SQL it is qualified at (for a handed-off lead, the stage it was handed off at), or
     * empty; {@code qualification} the transition that qualified it; {@code handoff} the transition
     * that handed it off.
     */
    public record LeadHandoff(LeadFacts facts, Breakdown breakdown, LifecycleStage stage, Optional<LifecycleStage> qualifiedStage,
                              Optional<StageTransition> qualification, Optional<Deadline> deadline, boolean contacted,
                              boolean overdue, Route route, HandoffNote note, LeadMarks marks, Optional<StageTransition> handoff,
                              String scorecardLabel, Tier scoredTier, String persona, String productLine) {

        public long contactId() {
            return facts.contact().id();
        }

        public boolean reviewed() {
            return qualification.isPresent() && marks.reviewed(qualification.get().id());
        }

        /** The note sales gets: the manager's edit, else the generated one. */
        public String noteText() {
            return marks.editedNote().orElse(note.text());
        }

        public boolean handedOff() {
            return stage == LifecycleStage.HANDED_OFF;
        }

        /** A new SQL or a tier-A MQL: not handed off yet, and sales has not contacted it since it qualified. */
        public boolean hot() {
            return !contacted && (stage == LifecycleStage.SQL || stage == LifecycleStage.MQL && breakdown.tier() == Tier.A);
        }
    }

    /** Everything the desk reads at once for many leads. */
    private record Snapshot(Scorecard card, Map<Integer, Scorecard> versions, String label, Instant now, Map<Long, StageTransition> latest,
                            Map<Long, StageTransition> qualifications, Map<Long, LeadMarks> marks,
                            Map<Long, List<SalesFollowUp>> followUps) {
    }

    private Snapshot snapshot() {
        PublishedScorecard published = workspace.published();
        return new Snapshot(published.scorecard(), workspace.versionCards(), published.scorecard().name() + " v" + published.number(),
                workspace.clock().instant(), stages.latest(), stages.qualifications(), decisions.allMarks(), followUps.all());
    }

    /** One lead, or empty when there is no such contact. */
    public Optional<LeadHandoff> lead(long contactId) {
        LeadColumns columns = workspace.columns();
        int i = columns.indexOf(contactId);
        if (i < 0) {
            return Optional.empty();
        }
        PublishedScorecard published = workspace.published();
        Map<Long, StageTransition> latest = new java.util.HashMap<>();
        Map<Long, StageTransition> qualifications = new java.util.HashMap<>();
        for (StageTransition t : stages.forContact(contactId)) {
            latest.put(contactId, t);
            if (t.to().isQualified()) {
                qualifications.put(contactId, t);
            }
        }
        Snapshot one = new Snapshot(published.scorecard(), workspace.versionCards(), published.scorecard().name() + " v" + published.number(),
                workspace.clock().instant(), latest, qualifications, Map.of(contactId, decisions.marks(contactId)),
                Map.of(contactId, followUps.forContact(contactId)));
        return Optional.of(assess(one, columns.facts(i)));
    }

    private LeadHandoff assess(Snapshot s, LeadFacts facts) {
        long id = facts.contact().id();
        LeadMarks marks = s.marks().getOrDefault(id, LeadMarks.NONE);
        Breakdown b = TierOverrides.apply(ScoringEngine.score(s.card(), facts, s.now()), marks.override(), s.card().thresholds());
        StageTransition last = s.latest().get(id);
        LifecycleStage stage = last == null ? LifecycleStage.CONTACT : last.to();
        Optional<LifecycleStage> qualifiedStage = stage.isQualified() ? Optional.of(stage)
                : stage == LifecycleStage.HANDED_OFF && last.from() != null && last.from().isQualified() ? Optional.of(last.from())
                : Optional.empty();
        Optional<StageTransition> qualification = qualifiedStage.flatMap(q -> Optional.ofNullable(s.qualifications().get(id)));
        // the deadline of the version that qualified the lead, with the tier it had then; the override in force counts
        Optional<Qualifications.Response> response = qualification.map(q -> new Qualifications.Response(
                Qualifications.deadline(Qualifications.card(q.scorecardVersion(), s.versions(), s.card()), facts, q, marks.override()),
                Qualifications.firstContact(s.followUps().getOrDefault(id, List.of()), q.at(), null)));
        Optional<Deadline> deadline = response.map(Qualifications.Response::deadline);
        boolean contacted = response.map(Qualifications.Response::contacted).orElse(false);
        boolean overdue = response.map(r -> r.overdue(s.now())).orElse(false);
        Optional<Router.LineInterest> line = Router.strongestLine(s.card(), facts, s.now());
        Route route = Router.route(s.card(), facts, b.tier(), line);
        HandoffNote note = NoteWriter.write(s.card(), facts, b, route, deadline, s.now());
        Optional<StageTransition> handoff = stage == LifecycleStage.HANDED_OFF ? Optional.of(last) : Optional.empty();
        return new LeadHandoff(facts, b, stage, qualifiedStage, qualification, deadline, contacted, overdue, route, note, marks,
                handoff, s.label(), b.scoredTier(s.card().thresholds()), NoteWriter.personas(s.card(), b),
                line.map(Router.LineInterest::productLine).orElse(null));
    }

    /** Every lead that is an MQL or SQL or was handed off, soonest deadline first. */
    public List<LeadHandoff> qualified() {
        Snapshot s = snapshot();
        LeadColumns columns = workspace.columns();
        List<LeadHandoff> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StageTransition last = s.latest().get(columns.contact(i).id());
            if (last != null && (last.to().isQualified() || last.to() == LifecycleStage.HANDED_OFF)) {
                out.add(assess(s, columns.facts(i)));
            }
        }
        out.sort(BY_DEADLINE);
        return out;
    }

    /**
     * The review queue: new SQLs and tier-A MQLs (not handed off, not contacted by sales since they
     * qualified), soonest deadline first; reviewed ones too, marked.
     */
    public List<LeadHandoff> hotLeads() {
        Snapshot s = snapshot();
        LeadColumns columns = workspace.columns();
        var scores = workspace.publishedScores();
        List<LeadHandoff> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            long id = columns.contact(i).id();
            StageTransition last = s.latest().get(id);
            if (last == null || !last.to().isQualified()) {
                continue;
            }
            // an MQL is hot only in tier A: the published scores (or the override) say so without scoring it again
            LeadMarks marks = s.marks().getOrDefault(id, LeadMarks.NONE);
            Tier tier = TierOverrides.tier(scores.tier(i), marks.override());
            if (last.to() == LifecycleStage.MQL && tier != Tier.A) {
                continue;
            }
            LeadHandoff h = assess(s, columns.facts(i));
            if (h.hot()) {
                out.add(h);
            }
        }
        out.sort(BY_DEADLINE);
        return out;
    }

    static final Comparator<LeadHandoff> BY_DEADLINE = Comparator
            .comparing((LeadHandoff h) -> h.deadline().map(Deadline::endsAt).orElse(Instant.MAX))
            .thenComparing(h -> !h.breakdown().urgent())
            .thenComparing(h -> -h.breakdown().total())
            .thenComparingLong(LeadHandoff::contactId);

    // ------------------------------------------------------------------ decisions

    /** Marks the lead's current qualification reviewed. */
    public void markReviewed(long contactId) {
        LeadHandoff h = require(contactId);
        StageTransition q = h.qualification().filter(t -> h.stage().isQualified())
                .orElseThrow(() -> new IllegalArgumentException(name(h) + " is " + h.stage().label() + ", not an MQL or SQL waiting for review"));
        decide(new LeadDecision(0, contactId, DecisionKind.REVIEWED, null, q.id(), null, now(), MANAGER),
                "review", "reviewed the " + q.to().label() + " of " + q.at());
    }

    /** Takes the review of the lead's current qualification back: it is waiting for review again. */
    public void withdrawReview(long contactId) {
        LeadHandoff h = require(contactId);
        if (!h.reviewed() || h.handedOff()) {
            throw new IllegalArgumentException(name(h) + (h.handedOff() ? " is handed off already" : " is not marked reviewed"));
        }
        StageTransition q = h.qualification().orElseThrow();
        decide(new LeadDecision(0, contactId, DecisionKind.REVIEW_WITHDRAWN, null, q.id(), null, now(), MANAGER),
                "withdraw_review", "took back the review of the " + q.to().label() + " of " + q.at());
    }

    /** Adds a review note. */
    public void addNote(long contactId, String text) {
        String t = requireText(text, "a note needs some text");
        require(contactId);
        workspace.database().transaction(() -> {
            notes.insert(new ReviewNote(0, contactId, now(), MANAGER, t));
            audit.append(new AuditEntry(0, now(), MANAGER, "review_note", "contact", contactId, t));
            return null;
        });
    }

    public List<ReviewNote> notes(long contactId) {
        return notes.forContact(contactId);
    }

    public List<LeadDecision> decisions(long contactId) {
        return decisions.forContact(contactId);
    }

    /** Sets the lead's tier by hand; the reason is required. Records the stage change this makes. */
    public void overrideTier(long contactId, Tier tier, String reason) {
        Objects.requireNonNull(tier, "tier");
        String why = requireText(reason, "overriding a tier needs a reason");
        if (tier == Tier.EXCLUDED) {
            throw new IllegalArgumentException("a lead is excluded by an exclusion rule, not by hand");
        }
        LeadHandoff h = require(contactId);
        if (h.breakdown().excluded()) {
            throw new IllegalArgumentException(name(h) + " is excluded (" + h.breakdown().exclusion().get()
                    + "); change the exclusion rules rather than its tier");
        }
        decide(new LeadDecision(0, contactId, DecisionKind.TIER_OVERRIDE, tier, null, why, now(), MANAGER),
                "override_tier", tier.label() + " (scored " + h.breakdown().scoredTier(workspace.published().scorecard().thresholds()).label()
                        + "): " + why);
    }

    /** Removes the tier override; the scorecard decides again. */
    public void removeOverride(long contactId, String reason) {
        LeadHandoff h = require(contactId);
        if (h.marks().override().isEmpty()) {
            throw new IllegalArgumentException(name(h) + " has no tier override to remove");
        }
        String why = reason == null || reason.isBlank() ? "override removed" : reason.strip();
        decide(new LeadDecision(0, contactId, DecisionKind.OVERRIDE_REMOVED, null, null, why, now(), MANAGER),
                "remove_override", why);
    }

    /** Stores the manager's text of the handoff note; the generated note stays available. */
    public void editNote(long contactId, String text) {
        String t = requireText(text, "an edited note cannot be empty; reset it to the generated note instead");
        require(contactId);
        decide(new LeadDecision(0, contactId, DecisionKind.NOTE_EDITED, null, null, t, now(), MANAGER), "edit_note", t);
    }

    /** Drops the manager's text: the generated note is used again. */
    public void resetNote(long contactId) {
        require(contactId);
        decide(new LeadDecision(0, contactId, DecisionKind.NOTE_RESET, null, null, null, now(), MANAGER), "reset_note", null);
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
     * packet. A crash at any point leaves either no new files or a packet the database knows: the
     * three files are written whole to hidden parts first (a failure there marks nothing), then the
     * packet and its hand-offs are recorded in one transaction, and only then are the parts moved
     * over the files. A packet id is never given twice, not even one found in {@code dir}'s
     * handoff.json that the database does not know; the parts a killed export left are removed.
     *
     * @throws IllegalArgumentException when the selection names unknown or unqualified leads, or none
     * @throws PacketWriteException when the files cannot be written into {@code dir}
     */
    public Export export(Selection selection, CrmFormat format, Path dir) {
        removeLeftovers(dir);
        List<LeadHandoff> all = qualified();
        List<LeadHandoff> chosen = all.stream().filter(selection.test()).toList();
        if (!selection.ids().isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (long id : selection.ids()) {
                if (chosen.stream().noneMatch(h -> h.contactId() == id)) {
                    problems.add(lead(id).map(h -> "#" + id + " " + name(h) + " is " + h.stage().label() + ", not an MQL or SQL")
                            .orElse("#" + id + " does not exist"));
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("nothing exported: " + String.join("; ", problems));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no MQL or SQL matches " + selection.label() + ": nothing to export");
        }
        Instant now = now();
        List<LeadHandoff> fresh = chosen.stream().filter(h -> !h.handedOff()).toList();
        String newPacket = fresh.isEmpty() ? null : packets.nextId(now, PacketFiles.packetIdIn(dir).stream().toList());
        List<HandoffLead> leads = new ArrayList<>();
        for (LeadHandoff h : chosen) {
            String packetId = h.handoff().map(StageTransition::packetId).orElse(newPacket);
            Instant handedOffAt = h.handoff().map(StageTransition::at).orElse(now);
            leads.add(toLead(h, packetId, handedOffAt));
        }
        HandoffLead newest = leads.stream().max(Comparator.comparing(HandoffLead::handedOffAt)
                .thenComparing(l -> l.packetId() == null ? "" : l.packetId())).orElseThrow();
        HandoffPacket packet = new HandoffPacket(newest.packetId(), newest.handedOffAt(), format, selection.label(), leads);
        PacketFiles.Staged staged;
        try {
            staged = PacketFiles.stage(packet, dir);
        } catch (java.io.IOException e) {
            throw new PacketWriteException("cannot write the packet into " + dir + ": " + WholeFile.reason(e, dir), dir, false, e);
        }
        try (staged) {
            workspace.database().transaction(() -> {
                if (!fresh.isEmpty()) {
                    record(newPacket, now, format, selection, fresh, dir);
                }
                beforeCommit.run();
                return null;
            });
            try {
                staged.moveIntoPlace();
            } catch (java.io.IOException e) {
                throw new PacketWriteException("packet " + packet.id() + " is recorded, but its files could not be moved into " + dir
                        + ": " + WholeFile.reason(e, dir) + "; export the same leads again to write them", dir, true, e);
            }
        } catch (java.io.IOException e) {
            // only the clean-up of parts left after a failure gets here; the failure itself was thrown already
            throw new PacketWriteException("cannot remove the unfinished files from " + dir + ": " + WholeFile.reason(e, dir),
                    dir, false, e);
        }
        PacketFiles written = staged.files();
        return new Export(packet, List.of(written.csv(), written.json(), written.html()), fresh.size(), chosen.size() - fresh.size());
    }

    /** Records a new packet and hands {@code fresh} off in it (inside the export's transaction). */
    private void record(String packetId, Instant now, CrmFormat format, Selection selection, List<LeadHandoff> fresh, Path dir) {
        packets.insert(packetId, now, MANAGER, format.key(), selection.label(), fresh.size());
        List<StageTransition> handed = new ArrayList<>();
        for (LeadHandoff h : fresh) {
            handed.add(new StageTransition(0, h.contactId(), h.stage(), LifecycleStage.HANDED_OFF, now,
                    "Handed off to " + h.route().queue() + " in packet " + packetId, workspace.published().number(), packetId));
        }
        stages.record(handed);
        audit.append(new AuditEntry(0, now, MANAGER, "handoff", "packet", null,
                packetId + ": " + fresh.size() + " leads (" + selection.label() + ", " + format.key() + ") to " + dir));
    }

    /** The parts a killed export left in {@code dir} go before anything else; failing to remove them stops nothing. */
    private static void removeLeftovers(Path dir) {
        try {
            PacketFiles.removeLeftovers(dir);
        } catch (java.io.IOException e) {
            // the export writes over them anyway
        }
    }

    private static HandoffLead toLead(LeadHandoff h, String packetId, Instant handedOffAt) {
        Contact c = h.facts().contact();
        Optional<Account> a = h.facts().account();
        Breakdown b = h.breakdown();
        return new HandoffLead(c.id(), c.externalId(), c.firstName(), c.lastName(), c.email(), c.phone(), c.jobTitle(),
                h.persona().isEmpty() ? null : h.persona(), a.map(Account::name).orElse(null), a.map(Account::domain).orElse(null),
                a.map(Account::industry).orElse(null), a.map(Account::employees).orElse(null),
                a.map(Account::annualRevenue).orElse(null), c.country() != null ? c.country() : a.map(Account::country).orElse(null),
                a.map(Account::region).orElse(null), c.source(), c.campaign(),
                h.qualifiedStage().orElseThrow(), b.tier(), h.scoredTier(),
                b.override().map(o -> o.reason()).orElse(null), b.fit(), b.intent(), b.total(), h.scorecardLabel(),
                h.route(), h.deadline().orElseThrow(), h.overdue(), b.urgent(), h.productLine(), h.note().nextStep(),
                h.noteText(), h.marks().editedNote().isPresent(), b.contributions(), h.facts().activities().reversed(),
                packetId, handedOffAt);
    }

    // ------------------------------------------------------------------ helpers

    private LeadHandoff require(long contactId) {
        return lead(contactId).orElseThrow(() -> new IllegalArgumentException("there is no contact #" + contactId));
    }

    private static String name(LeadHandoff h) {
        return h.facts().contact().displayName();
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
