package com.leadbench.report;

import com.leadbench.model.AccountQualification;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a process report reads: every lead, every lead's stage transitions and sales follow-ups
 * (each oldest first), the scorecard of every published version, the one in force, now, and the
 * manager's tier overrides in force by lead; where each qualification's handover score comes from;
 * and every account recorded as a marketing-qualified account (MQA), each once.
 */
public record ReportData(List<LeadFacts> leads, Map<Long, List<StageTransition>> transitions,
                         Map<Long, List<SalesFollowUp>> followUps, Map<Integer, Scorecard> versions, Scorecard current,
                         Instant now, Map<Long, TierOverride> overrides, HandoverScores handovers,
                         List<AccountQualification> accountQualifications) {

    /** Without recorded MQAs. */
    public ReportData(List<LeadFacts> leads, Map<Long, List<StageTransition>> transitions,
                      Map<Long, List<SalesFollowUp>> followUps, Map<Integer, Scorecard> versions, Scorecard current,
                      Instant now, Map<Long, TierOverride> overrides, HandoverScores handovers) {
        this(leads, transitions, followUps, versions, current, now, overrides, handovers, List.of());
    }

    /** Every handover computed afresh. */
    public ReportData(List<LeadFacts> leads, Map<Long, List<StageTransition>> transitions,
                      Map<Long, List<SalesFollowUp>> followUps, Map<Integer, Scorecard> versions, Scorecard current,
                      Instant now, Map<Long, TierOverride> overrides) {
        this(leads, transitions, followUps, versions, current, now, overrides, HandoverScores.COMPUTED);
    }

    /** Without tier overrides. */
    public ReportData(List<LeadFacts> leads, Map<Long, List<StageTransition>> transitions,
                      Map<Long, List<SalesFollowUp>> followUps, Map<Integer, Scorecard> versions, Scorecard current, Instant now) {
        this(leads, transitions, followUps, versions, current, now, Map.of());
    }

    public ReportData {
        overrides = Map.copyOf(overrides);
        leads = List.copyOf(leads);
        transitions = Map.copyOf(transitions);
        followUps = Map.copyOf(followUps);
        versions = Map.copyOf(versions);
        accountQualifications = List.copyOf(accountQualifications);
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(handovers, "handovers");
    }
}
