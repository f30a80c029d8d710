package com.leadbench.report;

import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.policy.Qualifications;
import java.time.Instant;
import java.util.List;

/** One qualified lead (MQL) as {@link ProcessReports} sees it: one per qualification in the filter. */
record Mql(LeadFacts lead, StageTransition qualified, Tier tier, String productLine, List<String> rules,
        boolean sql, Instant sqlAt, Qualifications.Response response, Instant firstContactAfterSql,
        boolean accepted, boolean rejected, boolean won, boolean lost, Scorecard card) {

    long contactId() {
        return lead.contact().id();
    }

    Instant firstContact() {
        return response.firstContact().orElse(null);
    }
}
