package com.leadbench.report;

import com.leadbench.model.AccountQualification;
import com.leadbench.report.ProcessReport.MqaView;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The process report's MQA figures (see {@link MqaView} for what each counts). */
final class MqaFigures {

    private MqaFigures() {
    }

    /** The MQAs of {@code filter}, what sales made of their contacts since, and how many of {@code mqls} were in an MQA by then. */
    static MqaView of(ReportData data, List<Mql> mqls, ReportFilter filter) {
        Map<Long, List<LeadFacts>> contacts = new HashMap<>();
        for (LeadFacts lead : data.leads()) {
            lead.account().ifPresent(a -> contacts.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(lead));
        }
        int mqas = 0;
        int opportunities = 0;
        int won = 0;
        Map<Long, Instant> qualifiedAt = new HashMap<>();
        for (AccountQualification q : data.accountQualifications()) {
            qualifiedAt.merge(q.accountId(), q.at(), (a, b) -> a.isBefore(b) ? a : b);
            // an MQA is recorded under a scorecard version, so the version filter applies as to an MQL
            if (!filter.includes(q.at(), q.scorecardVersion())) {
                continue;
            }
            mqas++;
            boolean opportunity = false;
            boolean win = false;
            for (LeadFacts lead : contacts.getOrDefault(q.accountId(), List.of())) {
                SalesOutcome since = SalesOutcome.between(data.followUps().getOrDefault(lead.contact().id(), List.of()), q.at(), null);
                opportunity |= since.opportunity();
                win |= since.won();
            }
            opportunities += opportunity ? 1 : 0;
            won += win ? 1 : 0;
        }
        int withAccount = 0;
        int inMqas = 0;
        for (Mql m : mqls) {
            if (m.lead().account().isEmpty()) {
                continue;
            }
            withAccount++;
            Instant mqaAt = qualifiedAt.get(m.lead().account().get().id());
            if (mqaAt != null && !mqaAt.isAfter(m.qualified().at())) {
                inMqas++;
            }
        }
        return new MqaView(mqas, new Rate(opportunities, mqas), new Rate(won, mqas), new Rate(inMqas, withAccount));
    }
}
