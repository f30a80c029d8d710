package com.leadbench.report;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.AccountView;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.Rule;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The process report's account tables: the top accounts by MQLs and the buying groups (engaged contacts); and the MQA figures. */
final class AccountTable {

    private static final Set<ActivityType> NOT_ENGAGEMENT = EnumSet.of(ActivityType.EMAIL_OPEN, ActivityType.BOUNCE, ActivityType.UNSUBSCRIBE);

    private AccountTable() {
    }

    /** The accounts the MQLs belong to and those with engaged contacts; how many MQLs are in a target industry. */
    static AccountView of(ReportData data, List<Mql> mqls, ReportFilter filter) {
        Set<String> targets = new java.util.HashSet<>();
        for (Rule r : data.current().rules()) {
            if (r instanceof IndustryRule i && i.enabled() && i.points() > 0) {
                i.industries().forEach(s -> targets.add(s.strip().toLowerCase(Locale.ROOT)));
            }
        }
        Map<Long, int[]> perAccount = new HashMap<>(); // mqls, won, engaged
        Map<Long, com.leadbench.model.Account> accounts = new HashMap<>();
        int inTarget = 0;
        for (Mql m : mqls) {
            if (m.lead().account().isEmpty()) {
                continue;
            }
            var a = m.lead().account().get();
            accounts.put(a.id(), a);
            int[] g = perAccount.computeIfAbsent(a.id(), k -> new int[3]);
            g[0]++;
            g[1] += m.won() ? 1 : 0;
            if (isTarget(a, targets)) {
                inTarget++;
            }
        }
        for (LeadFacts lead : data.leads()) {
            if (lead.account().isEmpty()) {
                continue;
            }
            boolean engaged = false;
            for (Activity act : lead.activities()) {
                if (!NOT_ENGAGEMENT.contains(act.type()) && filter.inRange(act.occurredAt())) {
                    engaged = true;
                    break;
                }
            }
            if (engaged) {
                var a = lead.account().get();
                accounts.put(a.id(), a);
                perAccount.computeIfAbsent(a.id(), k -> new int[3])[2]++;
            }
        }
        List<AccountRow> rows = perAccount.entrySet().stream().map(e -> {
            var a = accounts.get(e.getKey());
            return new AccountRow(a.id(), a.name() != null ? a.name() : a.domain(), a.industry(), isTarget(a, targets),
                    e.getValue()[0], e.getValue()[2], e.getValue()[1]);
        }).toList();
        List<AccountRow> top = rows.stream().filter(r -> r.mqls() > 0)
                .sorted(Comparator.comparingInt(AccountRow::mqls).reversed().thenComparing(Comparator.comparingInt(AccountRow::engagedContacts).reversed())
                        .thenComparingLong(AccountRow::accountId))
                .limit(ProcessReports.TOP).toList();
        List<AccountRow> groups = rows.stream().filter(r -> r.engagedContacts() >= 2)
                .sorted(Comparator.comparingInt(AccountRow::engagedContacts).reversed().thenComparing(Comparator.comparingInt(AccountRow::mqls).reversed())
                        .thenComparingLong(AccountRow::accountId))
                .limit(ProcessReports.TOP).toList();
        int withAccount = (int) mqls.stream().filter(m -> m.lead().account().isPresent()).count();
        return new AccountView((int) rows.stream().filter(r -> r.mqls() > 0).count(), new Rate(inTarget, withAccount), top, groups,
                MqaFigures.of(data, mqls, filter));
    }

    private static boolean isTarget(com.leadbench.model.Account a, Set<String> targets) {
        return a.industry() != null && targets.contains(a.industry().strip().toLowerCase(Locale.ROOT));
    }
}
