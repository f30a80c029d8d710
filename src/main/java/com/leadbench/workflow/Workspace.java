package com.leadbench.workflow;

import com.leadbench.demo.DemoSettings;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.store.ActivityRepository;
import com.leadbench.store.DataReset;
import com.leadbench.store.Database;
import com.leadbench.store.DatabaseOpenException;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDetails;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.LeadRepository;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.StageTransitionRepository;
import com.leadbench.store.UnusableScorecardException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open database with what the window works on: the repositories, every lead in memory for
 * scoring, and the published scorecard (a new demo database comes with the industrial preset
 * published at the start of its history and the stage changes it made since; every open re-applies
 * the published version as of now, so stages follow the passing of time). Nothing is published by
 * itself: while nothing is, the leads are scored in memory with the general B2B preset built for
 * them ({@link StartingPoints}) as version 0, nothing is recorded, and {@link #nothingPublished()}
 * says so, until the manager chooses a starting point ({@link #publishStart}).
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final LeadRepository leads;
    private final LeadDetails details;
    private final StageTransitionRepository stages;
    private final ScorecardRepository scorecards;
    private final ScorecardPublisher publisher;
    private final Clock clock;
    private final LeadSnapshots snapshots;
    private final com.leadbench.store.CurrentStages currentStages;
    private volatile OpenedFrom openedFrom;
    private volatile Instant scoredAt;
    /** The scores shown are the kept ones, not yet brought up to now; {@link #settled} opens when they are. */
    private volatile boolean provisional;
    private final java.util.concurrent.CountDownLatch settled = new java.util.concurrent.CountDownLatch(1);
    private volatile LeadColumns columns;
    private volatile PublishedScorecard published;
    private volatile FeatureMatrix publishedMatrix;
    private volatile PreviewScores publishedScores;
    private volatile java.util.Optional<UnusableScorecardException> unusable = java.util.Optional.empty();
    private volatile boolean nothingPublished;
    /** Published versions never change: each is read once. */
    private final java.util.Map<Integer, com.leadbench.scoring.Scorecard> versionCards = new java.util.concurrent.ConcurrentHashMap<>();

    private Workspace(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.leads = new LeadRepository(database);
        this.stages = new StageTransitionRepository(database);
        this.details = new LeadDetails(leads, new ActivityRepository(database), new FollowUpRepository(database), stages);
        this.scorecards = new ScorecardRepository(database);
        this.publisher = new ScorecardPublisher(database);
        this.snapshots = new LeadSnapshots(database);
        this.currentStages = new com.leadbench.store.CurrentStages(database);
    }

    /**
     * How long scores computed at one time are kept by {@link #refresh}: after that, the next
     * refresh scores everyone as of then, so that decay and windows move on in a window left open.
     */
    static final java.time.Duration SCORES_KEPT = java.time.Duration.ofHours(1);

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

    /**
     * Opens {@code file} for the window: when the scores kept beside the database are of its
     * published version and of exactly the leads it holds, they are taken as they are, and
     * {@link #scoresProvisional()} says so until {@link #settle()} (which the window runs right after
     * showing the leads) has scored everyone as of now. Otherwise as {@link #open(Path, boolean, Database.Access)}.
     */
    public static Workspace openShowingKeptScores(Path file, boolean demo, Database.Access access) throws DatabaseOpenException {
        return open(file, demo ? DemoSettings.DEFAULT_CONTACTS : 0, Clock.systemUTC(), access, true);
    }

    /** As {@link #openShowingKeptScores(Path, boolean, Database.Access)} on an existing database, with {@code clock}. */
    static Workspace openShowingKeptScores(Path file, Clock clock) throws DatabaseOpenException {
        return open(file, 0, clock, Database.Access.EXISTING, true);
    }

    private static Workspace open(Path file, int demoContacts, Clock clock, Database.Access access) throws DatabaseOpenException {
        return open(file, demoContacts, clock, access, false);
    }

    private static Workspace open(Path file, int demoContacts, Clock clock, Database.Access access, boolean keptScoresFirst)
            throws DatabaseOpenException {
        Database database = Database.open(file, access);
        try {
            Workspace workspace = new Workspace(database, clock);
            if (demoContacts > 0 && new DataReset(database).isEmpty()) {
                // the demo comes with its history: the preset published when it starts, the stages it made since
                DemoSettings settings = new DemoSettings(demoContacts, DemoSettings.DEFAULT_SEED, LocalDate.now(clock));
                // one transaction: a window closed half-way leaves the database empty, never half a demo
                new DemoFill(database).fill(settings, clock.instant());
            }
            LeadSnapshots.Opened opened = workspace.snapshots.open();
            workspace.openedFrom = new OpenedFrom(opened.fromSnapshot(), opened.contactsReread());
            workspace.columns = opened.columns();
            // the opening's own record of the columns and kept scores is not held: at 1,000,000 leads it is hundreds of MB
            if (!keptScoresFirst || !workspace.showKeptScores(opened.storedScores())) {
                workspace.rescore();
            }
            return workspace;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The scorecard of every published version, by number; a version whose document no longer reads
     * stands as the scorecard in use (the workspace says which is unusable). Versions are read once.
     */
    public java.util.Map<Integer, com.leadbench.scoring.Scorecard> versionCards() {
        java.util.Map<Integer, com.leadbench.scoring.Scorecard> out = new java.util.HashMap<>();
        for (var v : scorecards.history()) {
            var card = versionCards.get(v.version());
            if (card == null) {
                try {
                    card = com.leadbench.format.ScorecardJson.read(v.document(), "scorecard version " + v.version());
                    versionCards.put(v.version(), card);
                } catch (com.leadbench.format.ScorecardFormatException e) {
                    card = published.scorecard();
                }
            }
            out.put(v.version(), card);
        }
        return out;
    }

    /**
     * Brings the leads up to the database after a change (an import, a merge or its undo, a data
     * fix): only the contacts the change log names are re-read, rescored as of now and have their
     * stage changes recorded; everyone else keeps their scores. Scores older than {@link #SCORES_KEPT},
     * and the general preset used while nothing is published (built from all the leads), are
     * instead recomputed for everyone. Returns how many contacts were re-read.
     */
    public synchronized int refresh() {
        LeadColumns.Spliced caught = snapshots.catchUp(columns);
        int changed = caught.changedCount();
        if (changed == 0 && caught.columns() == columns) {
            return 0;
        }
        Instant now = clock.instant();
        columns = caught.columns();
        if (provisional || nothingPublished || unusable.isPresent() || scoredAt.plus(SCORES_KEPT).isBefore(now)) {
            rescore();
            return changed;
        }
        PublishedScorecard card = published;
        FeatureMatrix matrix = UnusableScorecardException.whileScoring(card.version(), () -> publishedMatrix.follow(caught, now.toEpochMilli()));
        PreviewScores scores = UnusableScorecardException.whileScoring(card.version(), () -> PreviewEngine.score(matrix));
        publishedMatrix = matrix;
        publishedScores = scores;
        keepScores();
        if (!database.readOnly() && card.number() > 0) {
            int[] rows = caught.changed();
            UnusableScorecardException.whileScoring(card.version(),
                    () -> publisher.apply(card.scorecard(), card.number(), now, columns, scores, rows));
        }
        return changed;
    }

    /**
     * Takes the scores kept with the snapshot as the published ones, when they are of the newest
     * published version (so it was usable when they were computed) over exactly these leads.
     */
    private boolean showKeptScores(java.util.Optional<com.leadbench.scoring.preview.ScoresCodec.Stored> kept) {
        if (kept.isEmpty() || database.readOnly()) {
            return false;
        }
        var current = scorecards.publishedScorecard();
        if (current.isEmpty() || current.get().number() != kept.get().version()) {
            return false;
        }
        published = current.get();
        publishedScores = kept.get().scores();
        scoredAt = kept.get().scoredAt();
        nothingPublished = false;
        provisional = true;
        return true;
    }

    /**
     * Whether the scores shown are those kept from the last run (as of {@link #scoredAt()}) and
     * not yet brought up to now: the window says "scores as of …, updating" until {@link #settle()}.
     */
    public boolean scoresProvisional() {
        return provisional;
    }

    /**
     * Scores everyone as of now and records the stage changes, when the scores shown are the kept
     * ones; returns whether it had to. Off the FX thread: it takes what opening used to.
     */
    public synchronized boolean settle() {
        if (!provisional) {
            return false;
        }
        try {
            rescore();
        } finally {
            // what waits for the engine's columns must not wait for ever when scoring failed: it fails in its turn
            settled();
        }
        return true;
    }

    /** When the scores of the leads not changed since were computed (the window's "scores as of"). */
    public Instant scoredAt() {
        return scoredAt;
    }

    /** How an open came by the leads: from the snapshot beside the database (and how many contacts it re-read), or by reading every row. */
    public record OpenedFrom(boolean fromSnapshot, int contactsReread) {
    }

    /** How this open came by the leads. */
    public OpenedFrom opened() {
        return openedFrom;
    }

    /**
     * Publishes {@code draft} as the next version (recording every stage change) and rescores the
     * leads in memory with it; the leads themselves are not reloaded.
     */
    public synchronized ScorecardPublisher.Applied publish(com.leadbench.scoring.Scorecard draft, String note) {
        Instant now = clock.instant();
        var asDraft = new com.leadbench.model.ScorecardVersion(0, draft.name(), "", note, now);
        FeatureMatrix matrix = UnusableScorecardException.whileScoring(asDraft, () -> FeatureMatrix.build(columns, draft, now.toEpochMilli()));
        PreviewScores scores = UnusableScorecardException.whileScoring(asDraft, () -> PreviewEngine.score(matrix));
        ScorecardPublisher.Applied applied = publisher.publish(draft, note, now, columns, "manager", scores);
        // the published scorecard is now the draft: its columns and scores serve the screens as they are
        published = scorecards.publishedScorecard().orElseThrow();
        publishedMatrix = matrix;
        publishedScores = scores;
        scoredAt = now;
        unusable = java.util.Optional.empty();
        nothingPublished = false;
        settled();
        keepScores();
        return applied;
    }

    /** Publishes {@code preset}, built for the leads as they are now, as the starting point. */
    public ScorecardPublisher.Applied publishStart(StartingPoints.Preset preset) {
        return publish(StartingPoints.of(preset, columns, clock.instant()), StartingPoints.note(preset));
    }

    /**
     * Whether no scorecard was ever published: the leads are then scored with the general B2B preset
     * as version 0 and the manager is asked to choose a starting point.
     */
    public boolean nothingPublished() {
        return nothingPublished;
    }

    /** What the published scorecard (or version 0) does to the leads as of the last refresh: which rule shuts most out, if any. */
    public java.util.List<com.leadbench.scoring.health.ScorecardHealth.Warning> health() {
        FeatureMatrix matrix = publishedMatrix();
        return com.leadbench.scoring.health.ScorecardHealth.check(published.scorecard(), matrix.leads(), publishedScores);
    }

    /**
     * Applies the published scorecard as of now. When none is, the leads are scored in memory with the
     * general preset as version 0 and nothing is recorded. When it cannot be used (its document does
     * not read, or scoring with it fails), the database still opens: the leads are scored in memory with
     * the newest usable version (or version 0), nothing is recorded, and {@link #unusableScorecard()} says why.
     */
    private void rescore() {
        Instant now = clock.instant();
        nothingPublished = false;
        try {
            var current = scorecards.publishedScorecard();
            nothingPublished = current.isEmpty();
            PublishedScorecard card = current.orElseGet(() -> StartingPoints.unpublished(columns, now));
            use(card, now);
            if (!database.readOnly() && card.number() > 0) {
                UnusableScorecardException.whileScoring(card.version(),
                        () -> publisher.apply(card.scorecard(), card.number(), now, columns, publishedScores));
            }
            unusable = java.util.Optional.empty();
            keepScores();
        } catch (UnusableScorecardException e) {
            unusable = java.util.Optional.of(e);
            PublishedScorecard fallback = scorecards.lastUsable()
                    .filter(p -> p.number() != e.version().version())
                    .orElseGet(() -> StartingPoints.unpublished(columns, now));
            try {
                use(fallback, now);
            } catch (UnusableScorecardException alsoUnusable) {
                use(StartingPoints.unpublished(columns, now), now);
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
        scoredAt = now;
        settled();
    }

    private void settled() {
        provisional = false;
        settled.countDown();
    }

    /**
     * Keeps the published scores beside the database for the next open, when they are a usable
     * published version's (the general preset of version 0 is built from the leads and not kept).
     */
    private void keepScores() {
        if (published.number() > 0 && unusable.isEmpty()) {
            snapshots.keepScores(publishedScores, published.number(), scoredAt);
        }
    }

    /**
     * The newest published version when it cannot be used, with why; the screens then show the
     * scores of {@link #published()} (the newest usable version, or the general preset as version 0) and
     * nothing is recorded until a usable scorecard is published.
     */
    public java.util.Optional<UnusableScorecardException> unusableScorecard() {
        return unusable;
    }

    /** The published scorecard's columns as of the last refresh: drafts adapt from it. */
    public FeatureMatrix publishedMatrix() {
        awaitSettled();
        return publishedMatrix;
    }

    /** While the kept scores are shown, what needs the engine's columns waits for {@link #settle()}. */
    private void awaitSettled() {
        if (provisional) {
            try {
                settled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the scores were brought up to now", e);
            }
        }
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

    public StageTransitionRepository stages() {
        return stages;
    }

    /** Every lead's current stage as of now, kept between calls and brought up to date from the stage change log. */
    public java.util.Map<Long, com.leadbench.model.LifecycleStage> currentStages() {
        return currentStages.current();
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

    /**
     * Leaves the leads and their scores beside the database for the next open: the snapshot when
     * anything changed since it was taken, and the scores with it when they are of exactly those leads.
     */
    @Override
    public synchronized void close() {
        try {
            if (!database.readOnly() && columns != null) {
                LeadColumns.Spliced written = snapshots.checkpoint(columns);
                if (written.columns() != columns && !provisional && publishedMatrix != null) {
                    // the checkpoint re-read the logged contacts: the kept scores follow them (the next open records any stage change)
                    FeatureMatrix matrix = publishedMatrix.follow(written, clock.instant().toEpochMilli());
                    publishedMatrix = matrix;
                    publishedScores = PreviewEngine.score(matrix);
                    columns = written.columns();
                }
                if (written.columns() == columns && publishedScores != null && publishedScores.size() == columns.size()) {
                    keepScores();
                }
                currentStages.trim();
            }
        } catch (RuntimeException e) {
            // a snapshot that cannot be written costs the next open its speed, never the close
        } finally {
            snapshots.close();
            database.close();
        }
    }
}
