package com.leadbench.report;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;

/** Where a report gets each qualification's {@link Handover}: computed each time, or kept between reports (see the workflow's figures). */
@FunctionalInterface
public interface HandoverScores {

    /** Every handover computed by the reference engine, nothing kept. */
    HandoverScores COMPUTED = (lead, facts, card, at) -> Handover.of(card, facts, at);

    /** The lead at position {@code lead} of the report's leads, whose facts are {@code facts}, scored with {@code card} at {@code at}. */
    Handover at(int lead, LeadFacts facts, Scorecard card, Instant at);
}
