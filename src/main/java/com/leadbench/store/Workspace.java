package com.leadbench.store;

import com.leadbench.demo.DemoSettings;
import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open database with what the window works on: the repositories, every lead in memory for
 * scoring, and the published scorecard (a new demo database comes with the preset published at the
 * start of its history and the stage changes it made since; otherwise the default preset is
 * published on first start; every open re-applies the published version as of now, so stages follow
 * the passing of time).
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final LeadRepository leads;
    private final LeadDetails details;
    private final StageRepository stages;
    private final ScorecardRepository scorecards;
    private final ScorecardPublisher publisher;
    private final Clock clock;
    private volatile LeadColumns columns;
    private volatile PublishedScorecard published;
    private volatile FeatureMatrix publishedMatrix;
    private volatile PreviewScores publishedScores;
    private volatile java.util.Optional<UnusableScorecardException> unusable = java.util.Optional.empty();

    private Workspace(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.leads = new LeadRepository(database);
        this.stages = new StageRepository(database);
        this.details = new LeadDetails(leads, new ActivityRepository(database), new FollowUpRepository(database), stages);
        this.scorecards = new ScorecardRepository(database);
        this.publisher = new ScorecardPublisher(database);
    }

    /** Opens {@code file}; with {@code demo}, an empty database is first filled with the default demo data. */
    public static Workspace open(Path file, boolean demo) throws DatabaseOpenException {
        return open(file, demo ? DemoSettings.DEFAULT_CONTACTS : 0, Clock.systemUTC());
    }

    /** As {@link #open(Path, boolean)}, opening the file as {@code access} allows. */
    public static Workspace open(Path file, boolean demo, Database.Access access) throws DatabaseOpenException {
        return open(file, demo ? DemoSettings.DEFAULT_CONTACTS : 0, Clock.systemUTC(), access);
    }

    /**
     * Opens an existing database read-only: the published scorecard is applied in memory and nothing
     * is recorded (no preset published, no stage changes), so the file stays as it was.
     */
    public static Workspace openReadOnly(Path file, Clock clock) throws DatabaseOpenException {
        return open(file, 0, clock, Database.Access.READ_ONLY);
    }

    /**
     * Opens {@code file}, filling an empty one with {@code demoContacts} demo contacts and their stage
     * history ({@link DemoHistory}) when that is above 0.
     */
    public static Workspace open(Path file, int demoContacts, Clock clock) throws DatabaseOpenException {
        return open(file, demoContacts, clock, Database.Access.CREATE);
    }

    private static Workspace open(Path file, int demoContacts, Clock clock, Database.Access access) throws DatabaseOpenException {
        Database database = Database.open(file, access);
        try {
            Workspace workspace = new Workspace(database, clock);
            if (demoContacts > 0 && new DataReset(database).isEmpty()) {
                // the demo comes with its history: the preset published when it starts, the stages it made since
                DemoSettings settings = new DemoSettings(demoContacts, DemoSettings.DEFAULT_SEED, LocalDate.now(clock));
                // one transaction: a window closed half-way leaves the database empty, never half a demo
                new DemoFill(database).fill(settings, clock.instant());
                workspace.columns = new LeadColumnsLoader(database).load();
                workspace.rescore();
            } else {
                workspace.refresh();
            }
            return workspace;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Reloads every lead and applies the published scorecard as of now (publishing the preset if none is). */
    public void refresh() {
        columns = new LeadColumnsLoader(database).load();
        rescore();
    }

    /**
     * Publishes {@code draft} as the next version (recording every stage change) and rescores the
     * leads in memory with it; the leads themselves are not reloaded.
     */
    public ScorecardPublisher.Applied publish(com.leadbench.scoring.Scorecard draft, String note) {
        Instant now = clock.instant();
        var asDraft = new com.leadbench.model.ScorecardVersion(0, draft.name(), "", note, now);
        FeatureMatrix matrix = UnusableScorecardException.whileScoring(asDraft, () -> FeatureMatrix.build(columns, draft, now.toEpochMilli()));
        PreviewScores scores = UnusableScorecardException.whileScoring(asDraft, () -> PreviewEngine.score(matrix));
        ScorecardPublisher.Applied applied = publisher.publish(draft, note, now, columns, "manager", scores);
        // the published scorecard is now the draft: its columns and scores serve the screens as they are
        published = scorecards.publishedScorecard().orElseThrow();
        publishedMatrix = matrix;
        publishedScores = scores;
        unusable = java.util.Optional.empty();
        return applied;
    }

    /**
     * Applies the published scorecard as of now. When it cannot be used (its document does not read,
     * or scoring with it fails), the database still opens: the leads are scored in memory with the
     * newest usable version (or the preset), nothing is recorded, and {@link #unusableScorecard()} says why.
     */
    private void rescore() {
        Instant now = clock.instant();
        try {
            var current = scorecards.publishedScorecard();
            if (current.isEmpty() && !database.readOnly()) {
                publisher.publish(ScorecardJson.defaultPreset(), "Default preset for an industrial company (published on first start)",
                        now, columns, "leadbench");
                current = scorecards.publishedScorecard();
            }
            PublishedScorecard card = current.orElseGet(() -> unpublishedPreset(now));
            use(card, now);
            if (!database.readOnly() && card.number() > 0) {
                UnusableScorecardException.whileScoring(card.version(),
                        () -> publisher.apply(card.scorecard(), card.number(), now, columns, publishedScores));
            }
            unusable = java.util.Optional.empty();
        } catch (UnusableScorecardException e) {
            unusable = java.util.Optional.of(e);
            PublishedScorecard fallback = scorecards.lastUsable()
                    .filter(p -> p.number() != e.version().version())
                    .orElseGet(() -> unpublishedPreset(now));
            try {
                use(fallback, now);
            } catch (UnusableScorecardException alsoUnusable) {
                use(unpublishedPreset(now), now);
            }
        }
    }

    /** Scores every lead with {@code card} in memory, as the published scorecard the screens show. */
    private void use(PublishedScorecard card, Instant now) {
        FeatureMatrix matrix = UnusableScorecardException.whileScoring(card.version(),
                () -> FeatureMatrix.build(columns, card.scorecard(), now.toEpochMilli()));
        PreviewScores scores = UnusableScorecardException.whileScoring(card.version(), () -> PreviewEngine.score(matrix));
        published = card;
        publishedMatrix = matrix;
        publishedScores = scores;
    }

    /** The preset as version 0: shown, never recorded as published. */
    private static PublishedScorecard unpublishedPreset(Instant now) {
        var preset = ScorecardJson.defaultPreset();
        return new PublishedScorecard(new com.leadbench.model.ScorecardVersion(0, preset.name(), ScorecardJson.write(preset),
                "the preset, not published", now), preset);
    }

    /**
     * The newest published version when it cannot be used, with why; the screens then show the
     * scores of {@link #published()} (the newest usable version, or the preset as version 0) and
     * nothing is recorded until a usable scorecard is published.
     */
    public java.util.Optional<UnusableScorecardException> unusableScorecard() {
        return unusable;
    }

    /** The published scorecard's columns as of the last refresh: drafts adapt from it. */
    public FeatureMatrix publishedMatrix() {
        return publishedMatrix;
    }

    /** Every lead's score under the published scorecard as of the last refresh, indexed like {@link #columns()}. */
    public PreviewScores publishedScores() {
        return publishedScores;
    }

    public Database database() {
        return database;
    }

    public LeadRepository leads() {
        return leads;
    }

    public LeadDetails details() {
        return details;
    }

    public StageRepository stages() {
        return stages;
    }

    public ScorecardRepository scorecards() {
        return scorecards;
    }

    public ScorecardPublisher publisher() {
        return publisher;
    }

    public LeadColumns columns() {
        return columns;
    }

    public PublishedScorecard published() {
        return published;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}
