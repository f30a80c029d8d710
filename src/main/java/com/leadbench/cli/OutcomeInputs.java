package com.leadbench.cli;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.workflow.StartingPoints;
import java.time.Instant;
import java.util.Optional;

/**
 * What the backtest and calibrate commands read: every lead, what sales reported, and the published
 * scorecard (the general B2B preset built for the leads when nothing is published: {@code unpublished}).
 */
record OutcomeInputs(LeadColumns leads, Outcomes outcomes, Scorecard published, String publishedOrigin, boolean unpublished) {

    /**
     * Reads them, refusing a database without contacts or without any won or accepted lead; the
     * general preset's intent window is counted back from {@code nowMillis}.
     */
    static OutcomeInputs load(Database db, long nowMillis) throws CliFailure {
        LeadColumns leads = leads(db);
        Outcomes outcomes = new OutcomesLoader(db).load(leads);
        if (!outcomes.any()) {
            throw new CliFailure(db.file() + " has no sales outcomes (no lead was accepted or won), so there is nothing to measure against");
        }
        Optional<PublishedScorecard> published = Databases.published(db);
        return new OutcomeInputs(leads, outcomes,
                published.map(PublishedScorecard::scorecard).orElseGet(() -> StartingPoints.general(leads, Instant.ofEpochMilli(nowMillis))),
                published.map(p -> "version " + p.number()).orElse("general B2B preset, not published"), published.isEmpty());
    }

    /** Every lead, refusing a database without contacts. */
    static LeadColumns leads(Database db) throws CliFailure {
        LeadColumns leads = LeadSnapshots.columns(db);
        if (leads.size() == 0) {
            throw new CliFailure(db.file() + " holds no contacts; import some or write a demo (leadbench demo --db FILE)");
        }
        return leads;
    }
}
