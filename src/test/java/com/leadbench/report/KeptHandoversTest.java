package com.leadbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.scoring.preview.RevisionMemo;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The handovers a report keeps for the next: reused while a lead's revision is the same, computed
 * again for the lead whose revision moved, and only what the last report used is kept. The fixture
 * has four qualifications (leads 1, 2, 3 and 5; see {@link ReportFixture}).
 */
class KeptHandoversTest {

    /** The data with its handovers taken through {@code round}, as the workflow's figures take them. */
    private static ReportData through(ReportData d, RevisionMemo<Handover>.Round round) {
        HandoverScores kept = (lead, facts, card, at) -> round.get(lead, facts.contact().id(), card, at, () -> Handover.of(card, facts, at));
        return new ReportData(d.leads(), d.transitions(), d.followUps(), d.versions(), d.current(), d.now(), d.overrides(), kept,
                d.accountQualifications());
    }

    @Test
    void aReportReusesTheHandoversOfLeadsWhoseRevisionStayedAndComputesTheRest() {
        ReportData data = ReportFixture.data();
        ProcessReport fresh = ProcessReports.compute(data, ReportFilter.ALL, 0.2);
        RevisionMemo<Handover> memo = new RevisionMemo<>();
        long[] revisions = {10, 11, 12, 13, 14};

        RevisionMemo<Handover>.Round first = memo.round(i -> revisions[i]);
        assertEquals(fresh, ProcessReports.compute(through(data, first), ReportFilter.ALL, 0.2));
        first.keep();
        assertEquals(4, first.computed(), "the first report computes each of the four qualifications");
        assertEquals(4, memo.size());

        RevisionMemo<Handover>.Round second = memo.round(i -> revisions[i]);
        assertEquals(fresh, ProcessReports.compute(through(data, second), ReportFilter.ALL, 0.2));
        second.keep();
        assertEquals(0, second.computed(), "nothing changed: every handover is the one kept");

        revisions[1] = 99; // lead 2 changed
        RevisionMemo<Handover>.Round third = memo.round(i -> revisions[i]);
        assertEquals(fresh, ProcessReports.compute(through(data, third), ReportFilter.ALL, 0.2));
        third.keep();
        assertEquals(1, third.computed(), "only the changed lead's qualification is scored again");
        assertEquals(4, memo.size(), "its old handover is not kept beside the new one");
    }

    @Test
    void onlyWhatTheLastReportUsedIsKept() {
        ReportData data = ReportFixture.data();
        RevisionMemo<Handover> memo = new RevisionMemo<>();
        RevisionMemo<Handover>.Round all = memo.round(i -> i);
        ProcessReports.compute(through(data, all), ReportFilter.ALL, 0.2);
        all.keep();
        ReportFilter version2 = new ReportFilter(Optional.empty(), Optional.empty(), Optional.of(2));
        RevisionMemo<Handover>.Round some = memo.round(i -> i);
        ProcessReport report = ProcessReports.compute(through(data, some), version2, 0.2);
        some.keep();
        assertEquals(2, report.totals().mqls(), "leads 3 and 5 qualified under version 2");
        assertEquals(0, some.computed());
        assertEquals(2, memo.size(), "the handovers of version 1's qualifications are dropped");
    }
}
