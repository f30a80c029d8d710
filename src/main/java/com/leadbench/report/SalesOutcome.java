package com.leadbench.report;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.time.Instant;
import java.util.List;

/**
 * What sales reported about one contact in a stretch of time: whether a follow-up of each kind
 * (accepted, rejected, won, lost) falls in it. The one rule the report reads outcomes by: for an
 * MQL, from its first contact until the lead qualifies again; for an MQA, from the account's
 * qualification on. Stages play no part: sales reports outcomes as follow-ups.
 */
record SalesOutcome(boolean accepted, boolean rejected, boolean won, boolean lost) {

    static final SalesOutcome NONE = new SalesOutcome(false, false, false, false);

    /** The follow-ups at or after {@code from} and before {@code until} (null: no end). */
    static SalesOutcome between(List<SalesFollowUp> followUps, Instant from, Instant until) {
        boolean accepted = false;
        boolean rejected = false;
        boolean won = false;
        boolean lost = false;
        for (SalesFollowUp f : followUps) {
            if (f.at().isBefore(from) || (until != null && !f.at().isBefore(until))) {
                continue;
            }
            accepted |= f.kind() == FollowUpKind.ACCEPTED;
            rejected |= f.kind() == FollowUpKind.REJECTED;
            won |= f.kind() == FollowUpKind.WON;
            lost |= f.kind() == FollowUpKind.LOST;
        }
        return new SalesOutcome(accepted, rejected, won, lost);
    }

    /**
     * Sales took it on as an opportunity: accepted it or won it. A win counts although no acceptance
     * was reported, as with imported outcomes, which carry only the win.
     */
    boolean opportunity() {
        return accepted || won;
    }
}
