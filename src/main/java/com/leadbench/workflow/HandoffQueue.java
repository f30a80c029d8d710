package com.leadbench.workflow;

import com.leadbench.handoff.HandoffNote;
import com.leadbench.handoff.NoteWriter;
import com.leadbench.model.LeadMarks;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.policy.Qualifications;
import com.leadbench.scoring.policy.TierOverrides;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import com.leadbench.scoring.Router;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.handoff.LeadHandoff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handoff's view of the leads: each qualified lead assessed (tier with the override in force,
 * route, deadline of the version that qualified it, contacted, overdue, note) and the hot-leads
 * queue, soonest deadline first.
 */
final class HandoffQueue {

    private final Workspace workspace;
    private final StageTransitionRepository stages;
    private final LeadDecisionRepository decisions;
    private final FollowUpRepository followUps;

    HandoffQueue(Workspace workspace, StageTransitionRepository stages, LeadDecisionRepository decisions, FollowUpRepository followUps) {
        this.workspace = workspace;
        this.stages = stages;
        this.decisions = decisions;
        this.followUps = followUps;
    }

    /** Everything the desk reads at once for many leads. */
    private record Snapshot(Scorecard card, Map<Integer, Scorecard> versions, String label, Instant now, Map<Long, StageTransition> latest,
                            Map<Long, StageTransition> qualifications, Map<Long, LeadMarks> marks,
                            Map<Long, List<SalesFollowUp>> followUps) {
    }

    private Snapshot snapshot() {
        PublishedScorecard published = workspace.published();
        return new Snapshot(published.scorecard(), workspace.versionCards(), published.label(),
                workspace.clock().instant(), stages.latest(), stages.qualifications(), decisions.allMarks(), followUps.all());
    }

    /** One lead, or empty when there is no such contact. */
    Optional<LeadHandoff> lead(long contactId) {
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
        Snapshot one = new Snapshot(published.scorecard(), workspace.versionCards(), published.label(),
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
                Qualifications.deadline(s.versions(), s.card(), facts, q, marks.override()),
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
    List<LeadHandoff> qualified() {
        Snapshot s = snapshot();
        LeadColumns columns = workspace.columns();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StageTransition last = s.latest().get(columns.contact(i).id());
            if (last != null && (last.to().isQualified() || last.to() == LifecycleStage.HANDED_OFF)) {
                chosen.add(i);
            }
        }
        return assessed(s, columns, chosen, h -> true);
    }

    /**
     * The chosen leads assessed on every core (each assessment is pure: the scorecard, the lead
     * and the snapshot's maps, read only), kept when {@code keep} says so, soonest deadline first.
     */
    private List<LeadHandoff> assessed(Snapshot s, LeadColumns columns, List<Integer> chosen, java.util.function.Predicate<LeadHandoff> keep) {
        List<LeadHandoff> out = new ArrayList<>(chosen.parallelStream().map(i -> assess(s, columns.facts(i))).filter(keep).toList());
        out.sort(BY_DEADLINE);
        return out;
    }

    /**
     * The review queue: new SQLs and tier-A MQLs (not handed off, not contacted by sales since they
     * qualified), soonest deadline first; reviewed ones too, marked.
     */
    List<LeadHandoff> hotLeads() {
        Snapshot s = snapshot();
        LeadColumns columns = workspace.columns();
        var scores = workspace.publishedScores();
        List<Integer> chosen = new ArrayList<>();
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
            chosen.add(i);
        }
        return assessed(s, columns, chosen, LeadHandoff::hot);
    }

    static final Comparator<LeadHandoff> BY_DEADLINE = Comparator
            .comparing((LeadHandoff h) -> h.deadline().map(Deadline::endsAt).orElse(Instant.MAX))
            .thenComparing(h -> !h.breakdown().urgent())
            .thenComparing(h -> -h.breakdown().total())
            .thenComparingLong(LeadHandoff::contactId);
}
