package com.leadbench.workflow;

import com.leadbench.model.ScorecardVersion;
import com.leadbench.report.ProcessReport;
import com.leadbench.report.ProcessReports;
import com.leadbench.report.Handover;
import com.leadbench.report.HandoverScores;
import com.leadbench.report.ReportData;
import com.leadbench.report.ReportFilter;
import com.leadbench.report.ReportSource;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.RevisionMemo;
import com.leadbench.store.AccountQualificationRepository;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.LeadDecisionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The process figures over an open workspace: reads every lead, transition, follow-up, published version and recorded MQA. */
public final class ProcessFigures implements ReportSource {

    private final Workspace workspace;
    /** Each qualification's handover score, kept from one report to the next while its lead is unchanged. */
    private final RevisionMemo<Handover> handovers = new RevisionMemo<>();
    private volatile int handoversComputed;

    public ProcessFigures(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ProcessReport report(ReportFilter filter, double warnBelow) {
        LeadColumns columns = workspace.columns();
        RevisionMemo<Handover>.Round round = handovers.round(columns::revision);
        HandoverScores kept = (lead, facts, card, at) -> round.get(lead, facts.contact().id(), card, at, () -> Handover.of(card, facts, at));
        ProcessReport report = ProcessReports.compute(data(columns, kept), filter, warnBelow);
        round.keep();
        handoversComputed = round.computed();
        return report;
    }

    /** How many handovers the last {@link #report} had to compute (the rest were kept from the one before). */
    int handoversComputed() {
        return handoversComputed;
    }

    /** Everything a report reads, as of the workspace's clock, every handover computed afresh. */
    public ReportData data() {
        return data(workspace.columns(), HandoverScores.COMPUTED);
    }

    private ReportData data(LeadColumns columns, HandoverScores scores) {
        List<LeadFacts> leads = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            leads.add(columns.facts(i));
        }
        Map<Integer, Scorecard> versions = workspace.versionCards();
        return new ReportData(leads, workspace.stages().all(), new FollowUpRepository(workspace.database()).all(), versions,
                workspace.published().scorecard(), workspace.clock().instant(), new LeadDecisionRepository(workspace.database()).overrides(),
                scores, new AccountQualificationRepository(workspace.database()).all());
    }

    @Override
    public List<Integer> versions() {
        return workspace.scorecards().history().stream().map(ScorecardVersion::version).sorted().toList();
    }
}
