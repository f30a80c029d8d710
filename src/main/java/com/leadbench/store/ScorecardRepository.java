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

    /** The newest published version with its rules; a stored document that no longer reads is an error. */
    public Optional<PublishedScorecard> publishedScorecard() {
        return published().map(v -> {
            try {
                return new PublishedScorecard(v, ScorecardJson.read(v.document(), "scorecard version " + v.version()));
            } catch (ScorecardFormatException e) {
                throw new StoreException("the published scorecard cannot be read: " + e.getMessage(), e);
            }
        });
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
