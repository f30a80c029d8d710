package com.leadbench.workflow;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.StageTransition;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.policy.StageChanges;
import com.leadbench.scoring.policy.TierOverrides;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.LeadDecisionRepository;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.StageTransitionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes scorecard versions and applies them: every stage change is recorded as a transition
 * with its time, its cause and the version that made it; history is appended, never rewritten.
 * Tier overrides hold: an overridden lead's stage follows the manager's tier ({@link TierOverrides}).
 * Which changes are recorded is {@link StageChanges#records}: leads handed off or reported on by
 * sales are left to sales (a handed-off MQL that becomes an SQL is the exception).
 */
public final class ScorecardPublisher {

    private final Database database;
    private final ScorecardRepository scorecards;
    private final StageTransitionRepository stages;
    private final AuditRepository audit;
    private final LeadDecisionRepository decisions;
    private final AccountQualifier accounts;

    public ScorecardPublisher(Database database) {
        this.database = database;
        this.scorecards = new ScorecardRepository(database);
        this.stages = new StageTransitionRepository(database);
        this.audit = new AuditRepository(database);
        this.decisions = new LeadDecisionRepository(database);
        this.accounts = new AccountQualifier(database);
    }

    /** Stores {@code card} as the next version and applies it as of {@code at}, all in one transaction. */
    public Applied publish(Scorecard card, String note, Instant at, LeadColumns leads, String actor) {
        return publish(card, note, at, leads, actor, PreviewEngine.score(FeatureMatrix.build(leads, card, at.toEpochMilli())));
    }

    /** As {@link #publish(Scorecard, String, Instant, LeadColumns, String)}, with {@code card}'s scores as of {@code at} already computed. */
    public Applied publish(Scorecard card, String note, Instant at, LeadColumns leads, String actor, PreviewScores scores) {
        return database.transaction(() -> {
            ScorecardVersion version = scorecards.publish(card.name(), ScorecardJson.write(card), note, at);
            audit.append(new AuditEntry(0, at, actor, "publish", "scorecard", (long) version.version(), note));
            List<StageTransition> made = apply(card, version.version(), at, leads, scores);
            return new Applied(version, made.size());
        });
    }

    /** What a publish stored and how many stage changes it recorded. */
    public record Applied(ScorecardVersion version, int transitions) {
    }

    /**
     * Scores every lead with {@code card} as of {@code asOf} and records a transition for each whose
     * stage changed, and, for a published version, each account that became marketing-qualified
     * ({@link AccountQualifier}). Returns the transitions recorded.
     */
    public List<StageTransition> apply(Scorecard card, Integer version, Instant asOf, LeadColumns leads) {
        return apply(card, version, asOf, leads, PreviewEngine.score(FeatureMatrix.build(leads, card, asOf.toEpochMilli())));
    }

    /** As {@link #apply(Scorecard, Integer, Instant, LeadColumns)}, with the scores already computed. */
    public List<StageTransition> apply(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores) {
        return database.transaction(() -> {
            List<StageTransition> made = stages.record(changes(card, version, asOf, leads, scores));
            if (version != null) {
                accounts.record(card, version, asOf, leads, scores);
            }
            return made;
        });
    }

    /**
     * As {@link #apply(Scorecard, Integer, Instant, LeadColumns, PreviewScores)} for the contacts at
     * {@code rows} only: what an import, a merge or its undo changed. The others' stages cannot have
     * moved, since their facts and scores did not.
     */
    public List<StageTransition> apply(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores, int[] rows) {
        List<Long> ids = new ArrayList<>(rows.length);
        for (int i : rows) {
            ids.add(leads.contact(i).id());
        }
        // a long list of ids is slower to look up one by one than to read whole
        boolean few = rows.length <= 2_000;
        Map<Long, StageTransition> latest = few ? stages.latest(ids) : stages.latest();
        Map<Long, TierOverride> overrides = few ? decisions.overrides(ids) : decisions.overrides();
        return database.transaction(() -> {
            List<StageTransition> made = stages.record(changes(card, version, asOf, leads, scores, latest, overrides, rows));
            if (version != null) {
                accounts.record(card, version, asOf, leads, scores, rows);
            }
            return made;
        });
    }

    /**
     * The transitions applying {@code card} would record, without recording them. {@code version}
     * is null for a scorecard that was never published (the cause then says so).
     */
    public List<StageTransition> changes(Scorecard card, Integer version, Instant asOf, LeadColumns leads) {
        return changes(card, version, asOf, leads, PreviewEngine.score(FeatureMatrix.build(leads, card, asOf.toEpochMilli())));
    }

    /** As {@link #changes(Scorecard, Integer, Instant, LeadColumns)}, with the scores already computed. */
    public List<StageTransition> changes(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores) {
        return changes(card, version, asOf, leads, scores, stages.latest(), decisions.overrides(), null);
    }

    private static List<StageTransition> changes(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores,
                                                 Map<Long, StageTransition> latest, Map<Long, TierOverride> overrides, int[] rows) {
        List<StageTransition> changes = new ArrayList<>();
        int count = rows == null ? leads.size() : rows.length;
        for (int n = 0; n < count; n++) {
            int i = rows == null ? n : rows[n];
            long id = leads.contact(i).id();
            StageTransition last = latest.get(id);
            LifecycleStage before = last == null ? LifecycleStage.CONTACT : last.to();
            Optional<TierOverride> override = Optional.ofNullable(overrides.get(id));
            LifecycleStage after = TierOverrides.stage(card.thresholds(), scores.tier(i), scores.stage(i), scores.total(i), override);
            if (!StageChanges.records(last, after)) {
                continue;
            }
            Breakdown why = TierOverrides.apply(ScoringEngine.score(card, leads.facts(i), asOf), override, card.thresholds());
            String cause = version == null ? "unpublished scorecard \"" + card.name() + "\": " + why.reason() : why.reason();
            changes.add(StageTransition.scored(id, before, after, asOf, cause, version, scores.tier(i)));
        }
        return changes;
    }
}
