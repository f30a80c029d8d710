package com.leadbench.report;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.scoring.rules.Windows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The process report's content table: the campaigns and assets that MQLs engaged with, and how many of them were won. */
final class ContentTable {

    private static final Set<ActivityType> NOT_CONTENT = EnumSet.of(ActivityType.EMAIL_OPEN, ActivityType.BOUNCE, ActivityType.UNSUBSCRIBE,
            ActivityType.PAGE_VIEW);

    private ContentTable() {
    }

    /** Campaigns and assets the MQLs engaged with inside their scorecard's window before qualifying. */
    static List<Content> of(List<Mql> mqls) {
        Map<String, Set<Long>> reached = new LinkedHashMap<>();
        Map<String, Set<Long>> won = new HashMap<>();
        for (Mql m : mqls) {
            long at = m.qualified().at().toEpochMilli();
            for (Activity a : m.lead().activities()) {
                if (NOT_CONTENT.contains(a.type()) || !Windows.inside(at - a.occurredAt().toEpochMilli(), m.card().windowDays())) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                if (a.campaign() != null && !a.campaign().isBlank()) {
                    keys.add(Content.CAMPAIGN + "\u0000" + a.campaign().strip());
                }
                if (a.asset() != null && !a.asset().isBlank()) {
                    keys.add(Content.ASSET + "\u0000" + a.asset().strip());
                }
                for (String key : keys) {
                    reached.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.contactId());
                    if (m.won()) {
                        won.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.contactId());
                    }
                }
            }
        }
        List<Content> out = new ArrayList<>();
        for (String kind : List.of(Content.CAMPAIGN, Content.ASSET)) {
            reached.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "\u0000"))
                    .map(e -> new Content(kind, e.getKey().substring(kind.length() + 1), e.getValue().size(),
                            won.getOrDefault(e.getKey(), Set.of()).size()))
                    .sorted(Comparator.comparingInt(Content::mqls).reversed().thenComparing(Content::key))
                    .limit(ProcessReports.TOP).forEach(out::add);
        }
        return out;
    }
}
