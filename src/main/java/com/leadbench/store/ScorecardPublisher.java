package com.leadbench.store;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes scorecard versions and applies them: every stage change is recorded as a transition
 * with its time, its cause and the version that made it; history is appended, never rewritten.
 */
public final class ScorecardPublisher {

    /** Stages sales reported; scoring never moves a lead out of them. */
    private static final Set<LifecycleStage> SALES_STAGES =
            EnumSet.of(LifecycleStage.ACCEPTED, LifecycleStage.REJECTED, LifecycleStage.WON, LifecycleStage.LOST);

    private final Database database;
    private final ScorecardRepository scorecards;
    private final StageRepository stages;
    private final AuditRepository audit;

    public ScorecardPublisher(Database database) {
        this.database = database;
        this.scorecards = new ScorecardRepository(database);
        this.stages = new StageRepository(database);
        this.audit = new AuditRepository(database);
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
     * stage changed. Returns the transitions recorded.
     */
    public List<StageTransition> apply(Scorecard card, Integer version, Instant asOf, LeadColumns leads) {
        return stages.record(changes(card, version, asOf, leads));
    }

    /** As {@link #apply(Scorecard, Integer, Instant, LeadColumns)}, with the scores already computed. */
    public List<StageTransition> apply(Scorecard card, Integer version, Instant asOf, LeadColumns leads, PreviewScores scores) {
        return stages.record(changes(card, version, asOf, leads, scores));
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
        Map<Long, LifecycleStage> current = stages.currentStages();
        List<StageTransition> changes = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            long id = leads.contact(i).id();
            LifecycleStage before = current.getOrDefault(id, LifecycleStage.CONTACT);
            LifecycleStage after = scores.stage(i);
            if (after == before || SALES_STAGES.contains(before)) {
                continue;
            }
            Breakdown why = ScoringEngine.score(card, leads.facts(i), asOf);
            String cause = version == null ? "unpublished scorecard \"" + card.name() + "\": " + why.reason() : why.reason();
            changes.add(new StageTransition(0, id, before, after, asOf, cause, version));
        }
        return changes;
    }
}
