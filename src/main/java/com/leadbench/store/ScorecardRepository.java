package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.SCORECARD_VERSION;

import com.leadbench.format.ScorecardFormatException;
import com.leadbench.format.ScorecardJson;
import com.leadbench.model.ScorecardVersion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Published scorecard versions; a version, once stored, is never changed. */
public final class ScorecardRepository {

    private final Database database;

    public ScorecardRepository(Database database) {
        this.database = database;
    }

    /** Stores the document as the next version and returns it. */
    public ScorecardVersion publish(String name, String document, String note, Instant at) {
        return database.dsl().transactionResult(tx -> {
            Integer last = tx.dsl().select(org.jooq.impl.DSL.max(SCORECARD_VERSION.VERSION)).from(SCORECARD_VERSION).fetchOne(0, Integer.class);
            int next = last == null ? 1 : last + 1;
            tx.dsl().insertInto(SCORECARD_VERSION)
                    .set(SCORECARD_VERSION.VERSION, next)
                    .set(SCORECARD_VERSION.NAME, name)
                    .set(SCORECARD_VERSION.DOCUMENT, document)
                    .set(SCORECARD_VERSION.NOTE, note)
                    .set(SCORECARD_VERSION.PUBLISHED_AT, Times.toMillis(at))
                    .execute();
            return new ScorecardVersion(next, name, document, note, at);
        });
    }

    /** The newest published version, if any. */
    public Optional<ScorecardVersion> published() {
        return database.dsl()
                .select(SCORECARD_VERSION.VERSION, SCORECARD_VERSION.NAME, SCORECARD_VERSION.DOCUMENT,
                        SCORECARD_VERSION.NOTE, SCORECARD_VERSION.PUBLISHED_AT)
                .from(SCORECARD_VERSION)
                .orderBy(SCORECARD_VERSION.VERSION.desc())
                .limit(1)
                .fetchOptional(r -> new ScorecardVersion(r.value1(), r.value2(), r.value3(), r.value4(), Times.fromMillis(r.value5())));
    }

    /**
     * The newest published version with its rules.
     *
     * @throws UnusableScorecardException when its stored document no longer reads
     */
    public Optional<PublishedScorecard> publishedScorecard() {
        return published().map(ScorecardRepository::read);
    }

    /** The newest version whose document reads, skipping unusable ones; empty when none does. */
    public Optional<PublishedScorecard> lastUsable() {
        List<ScorecardVersion> all = history();
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                return Optional.of(read(all.get(i)));
            } catch (UnusableScorecardException e) {
                // an older one may still read
            }
        }
        return Optional.empty();
    }

    /** One stored version with its rules. */
    public Optional<PublishedScorecard> version(int number) {
        return history().stream().filter(v -> v.version() == number).findFirst().map(ScorecardRepository::read);
    }

    private static PublishedScorecard read(ScorecardVersion v) {
        try {
            return new PublishedScorecard(v, ScorecardJson.read(v.document(), "scorecard version " + v.version()));
        } catch (ScorecardFormatException e) {
            throw new UnusableScorecardException(v, "its document does not read (" + e.getMessage() + ")", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnusableScorecardException(v, "its document does not read (an unexpected error while reading it)", e);
        }
    }

    /** Every version, oldest first. */
    public List<ScorecardVersion> history() {
        return database.dsl()
                .select(SCORECARD_VERSION.VERSION, SCORECARD_VERSION.NAME, SCORECARD_VERSION.DOCUMENT,
                        SCORECARD_VERSION.NOTE, SCORECARD_VERSION.PUBLISHED_AT)
                .from(SCORECARD_VERSION)
                .orderBy(SCORECARD_VERSION.VERSION)
                .fetch(r -> new ScorecardVersion(r.value1(), r.value2(), r.value3(), r.value4(), Times.fromMillis(r.value5())));
    }
}
