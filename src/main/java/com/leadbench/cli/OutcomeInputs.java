package com.leadbench.cli;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.LeadColumnsLoader;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import java.util.Optional;

/** What the backtest and calibrate commands read: every lead, what sales reported, and the published scorecard. */
record OutcomeInputs(LeadColumns leads, Outcomes outcomes, Scorecard published, String publishedOrigin) {

    /** Reads them, refusing a database without contacts or without any won or accepted lead. */
    static OutcomeInputs load(Database db) throws CliFailure {
        LeadColumns leads = leads(db);
        Outcomes outcomes = new OutcomesLoader(db).load(leads);
        if (!outcomes.any()) {
            throw new CliFailure(db.file() + " has no sales outcomes (no lead was accepted or won), so there is nothing to measure against");
        }
        Optional<PublishedScorecard> published = Databases.published(db);
        return new OutcomeInputs(leads, outcomes, published.map(PublishedScorecard::scorecard).orElseGet(ScorecardJson::defaultPreset),
                published.map(p -> "version " + p.number()).orElse("default preset, not published"));
    }

    /** Every lead, refusing a database without contacts. */
    static LeadColumns leads(Database db) throws CliFailure {
        LeadColumns leads = new LeadColumnsLoader(db).load();
        if (leads.size() == 0) {
            throw new CliFailure(db.file() + " holds no contacts; import some or write a demo (leadbench demo --db FILE)");
        }
        return leads;
    }
}
