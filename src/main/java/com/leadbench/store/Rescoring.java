package com.leadbench.store;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.preview.LeadColumns;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings every lead's stage up to date with the published scorecard, as opening a workspace does:
 * after an import changed what leads did or who they are. Publishes the default preset first when
 * nothing is published; an unusable published scorecard ({@link UnusableScorecardException}) records nothing.
 */
public final class Rescoring {

    private final Database database;

    public Rescoring(Database database) {
        this.database = database;
    }

    /** Applies the published scorecard as of {@code asOf}; returns the number of stage transitions recorded. */
    public int applyPublished(Instant asOf, String actor) {
        LeadColumns columns = new LeadColumnsLoader(database).load();
        Optional<PublishedScorecard> published = new ScorecardRepository(database).publishedScorecard();
        ScorecardPublisher publisher = new ScorecardPublisher(database);
        if (published.isEmpty()) {
            return publisher.publish(ScorecardJson.defaultPreset(), "Default preset (published after an import)", asOf, columns,
                    actor).transitions();
        }
        PublishedScorecard card = published.get();
        return UnusableScorecardException.whileScoring(card.version(),
                () -> publisher.apply(card.scorecard(), card.number(), asOf, columns).size());
    }
}
