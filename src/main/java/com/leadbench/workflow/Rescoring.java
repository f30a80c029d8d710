package com.leadbench.workflow;

import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.UnusableScorecardException;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings every lead's stage up to date with the published scorecard, as opening a workspace does:
 * after an import changed what leads did or who they are. When nothing is published, nothing is
 * published for the manager and nothing is recorded (the stages wait for a chosen starting point,
 * see {@link StartingPoints}); an unusable published scorecard ({@link UnusableScorecardException})
 * records nothing either.
 */
public final class Rescoring {

    private final Database database;

    public Rescoring(Database database) {
        this.database = database;
    }

    /** Applies the published scorecard as of {@code asOf}; returns the number of stage transitions recorded (0 when none is published). */
    public int applyPublished(Instant asOf) {
        Optional<PublishedScorecard> published = new ScorecardRepository(database).publishedScorecard();
        if (published.isEmpty()) {
            return 0;
        }
        LeadColumns columns = LeadSnapshots.columns(database);
        PublishedScorecard card = published.get();
        return UnusableScorecardException.whileScoring(card.version(),
                () -> new ScorecardPublisher(database).apply(card.scorecard(), card.number(), asOf, columns).size());
    }
}
