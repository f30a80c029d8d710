package com.leadbench.workflow;

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
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.RevisionMemo;
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

    /**
     * Everything the desk reads at once for many leads, with what scores each: the published
     * scorecard as of the time the leads table's score of each lead is of.
     */
    private record Snapshot(Scorecard card, Map<Integer, Scorecard> versions, String label, Instant now, Map<Long, StageTransition> latest,
                            Map<Long, StageTransition> qualifications, Map<Long, LeadMarks> marks,
                            Map<Long, List<SalesFollowUp>> followUps, Scoring scoring, AccountContexts accounts) {
    }

    /** A lead's breakdown before any override, and its strongest product line. */
    private record Scored(Breakdown breakdown, Optional<Router.LineInterest> line) {

        static Scored of(Scorecard card, LeadFacts facts, Instant at) {
            return new Scored(ScoringEngine.score(card, facts, at), Router.strongestLine(card, facts, at));
        }
    }

    /** How the leads of a snapshot are scored: lead {@code i} of the columns, with its facts. */
    @FunctionalInterface
    private interface Scoring {
        Scored of(int i, LeadFacts facts);
    }

    /**
     * The queues' breakdowns, kept from one load to the next while a lead's facts and the time its
     * published score is of stay the same: after a small change, a reload scores only what changed.
     */
    private final RevisionMemo<Scored> scored = new RevisionMemo<>();

    /** The snapshot of many leads, scored as the published matrix has them; run {@code keep} after assessing. */
    private Snapshot snapshot(FeatureMatrix matrix, RevisionMemo<Scored>.Round round) {
        PublishedScorecard published = workspace.published();
        Scorecard card = published.scorecard();
        LeadColumns columns = matrix.leads();
        Scoring scoring = (i, facts) -> {
            Instant at = Instant.ofEpochMilli(matrix.asOf(i));
            return round.get(i, columns.contact(i).id(), card, at, () -> Scored.of(card, facts, at));
        };
        return new Snapshot(card, workspace.versionCards(), published.label(),
                workspace.clock().instant(), stages.latest(), stages.qualifications(), decisions.allMarks(), followUps.all(), scoring,
                accounts(columns, card, mqaSince(new com.leadbench.store.AccountQualificationRepository(workspace.database()).all())));
    }

    /**
     * The accounts around the leads of {@code columns}, from their published scores (scored again when
     * the workspace's are of other columns, as while a reload is under way), with the MQAs recorded.
     */
    private AccountContexts accounts(LeadColumns columns, Scorecard card, Map<Long, Instant> mqaSince) {
        com.leadbench.scoring.preview.PreviewScores scores = workspace.publishedScores();
        if (workspace.columns() != columns || scores.size() != columns.size()) {
            scores = com.leadbench.scoring.preview.PreviewEngine.score(FeatureMatrix.build(columns, card, workspace.clock().millis()));
        }
        return new AccountContexts(columns, scores, card, mqaSince);
    }

    private static Map<Long, Instant> mqaSince(List<com.leadbench.model.AccountQualification> recorded) {
        Map<Long, Instant> since = new java.util.HashMap<>();
        recorded.forEach(q -> since.put(q.accountId(), q.at()));
        return since;
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
        Instant now = workspace.clock().instant();
        Instant at = scoredAt(contactId, now);
        Snapshot one = new Snapshot(published.scorecard(), workspace.versionCards(), published.label(),
                now, latest, qualifications, Map.of(contactId, decisions.marks(contactId)),
                Map.of(contactId, followUps.forContact(contactId)), (row, facts) -> Scored.of(published.scorecard(), facts, at),
                // a lead alone: only its own account's MQA record is read
                accounts(columns, published.scorecard(), mqaSince(columns.account(i)
                        .flatMap(a -> new com.leadbench.store.AccountQualificationRepository(workspace.database()).forAccount(a.id()))
                        .stream().toList())));
        return Optional.of(assess(one, i, columns.facts(i)));
    }

    /**
     * The time a lead alone is scored as of: that of its published score, as the queues and the leads
     * table have it; now while the kept scores are still being brought up to date (never waiting for them).
     */
    private Instant scoredAt(long contactId, Instant now) {
        if (workspace.scoresProvisional()) {
            return now;
        }
        FeatureMatrix matrix = workspace.publishedMatrix();
        int k = matrix.leads().indexOf(contactId);
        return k < 0 ? now : Instant.ofEpochMilli(matrix.asOf(k));
    }

    private LeadHandoff assess(Snapshot s, int i, LeadFacts facts) {
        long id = facts.contact().id();
        LeadMarks marks = s.marks().getOrDefault(id, LeadMarks.NONE);
        Scored scored = s.scoring().of(i, facts);
        Breakdown b = TierOverrides.apply(scored.breakdown(), marks.override(), s.card().thresholds());
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
        Optional<Router.LineInterest> line = scored.line();
        Route route = Router.route(s.card(), facts, b.tier(), line);
        var note = LeadHandoff.writtenWhenAsked(() -> NoteWriter.write(s.card(), facts, b, route, deadline, s.now(), s.accounts().of(i)));
        Optional<StageTransition> handoff = stage == LifecycleStage.HANDED_OFF ? Optional.of(last) : Optional.empty();
        return new LeadHandoff(facts, b, stage, qualifiedStage, qualification, deadline, contacted, overdue, route, note, marks,
                handoff, s.label(), b.scoredTier(s.card().thresholds()), NoteWriter.personas(s.card(), b),
                line.map(Router.LineInterest::productLine).orElse(null));
    }

    /** Every lead that is an MQL or SQL or was handed off, soonest deadline first. */
    List<LeadHandoff> qualified() {
        FeatureMatrix matrix = workspace.publishedMatrix();
        LeadColumns columns = matrix.leads();
        RevisionMemo<Scored>.Round round = scored.round(columns::revision);
        Snapshot s = snapshot(matrix, round);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StageTransition last = s.latest().get(columns.contact(i).id());
            if (last != null && (last.to().isQualified() || last.to() == LifecycleStage.HANDED_OFF)) {
                chosen.add(i);
            }
        }
        List<LeadHandoff> out = assessed(s, columns, chosen, h -> true);
        round.keep();
        return out;
    }

    /**
     * The chosen leads assessed on every core (each assessment is pure: the scorecard, the lead
     * and the snapshot's maps, read only), kept when {@code keep} says so, soonest deadline first.
     */
    private List<LeadHandoff> assessed(Snapshot s, LeadColumns columns, List<Integer> chosen, java.util.function.Predicate<LeadHandoff> keep) {
        List<LeadHandoff> out = new ArrayList<>(chosen.parallelStream().map(i -> assess(s, i, columns.facts(i))).filter(keep).toList());
        out.sort(BY_DEADLINE);
        return out;
    }

    /**
     * The review queue: new SQLs and tier-A MQLs (not handed off, not contacted by sales since they
     * qualified), soonest deadline first; reviewed ones too, marked.
     */
    List<LeadHandoff> hotLeads() {
        FeatureMatrix matrix = workspace.publishedMatrix();
        LeadColumns columns = matrix.leads();
        var scores = workspace.publishedScores();
        RevisionMemo<Scored>.Round round = scored.round(columns::revision);
        Snapshot s = snapshot(matrix, round);
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
        List<LeadHandoff> out = assessed(s, columns, chosen, LeadHandoff::hot);
        round.keep();
        return out;
    }

    static final Comparator<LeadHandoff> BY_DEADLINE = Comparator
            .comparing((LeadHandoff h) -> h.deadline().map(Deadline::endsAt).orElse(Instant.MAX))
            .thenComparing(h -> !h.breakdown().urgent())
            .thenComparing(h -> -h.breakdown().total())
            .thenComparingLong(LeadHandoff::contactId);
}
