package com.leadbench.report;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.report.ProcessReport.Bucket;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Conversion;
import com.leadbench.report.ProcessReport.SpeedToLead;
import com.leadbench.report.ProcessReport.Totals;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.policy.Qualifications;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Computes a {@link ProcessReport} (pure: the same data and filter give the same report). */
public final class ProcessReports {

    /** A tier's month needs this many MQLs before its conversion can raise a drift warning. */
    public static final int MIN_COHORT = 5;
    /** Rows of the account and content tables. */
    public static final int TOP = 15;
    static final String NONE = "(none)";
    private static final double HOUR_MS = 3_600_000.0;
    private static final List<Bucket> BUCKETS = List.of(
            new Bucket("< 4 h", 0, 4.0, 0), new Bucket("4–8 h", 4, 8.0, 0), new Bucket("8–24 h", 8, 24.0, 0),
            new Bucket("1–2 d", 24, 48.0, 0), new Bucket("2–3 d", 48, 72.0, 0), new Bucket("3–5 d", 72, 120.0, 0),
            new Bucket("5–10 d", 120, 240.0, 0), new Bucket("10 d +", 240, null, 0));

    private ProcessReports() {
    }

    public static ProcessReport compute(ReportData data, ReportFilter filter, double warnBelow) {
        // leads are independent: scored on every core, kept in lead order so the report is always the same
        List<Mql> mqls = IntStream.range(0, data.leads().size()).parallel().mapToObj(i -> qualifications(data, i, filter))
                .flatMap(List::stream).toList();
        boolean outcomes = data.followUps().values().stream().flatMap(List::stream)
                .anyMatch(f -> f.kind() != FollowUpKind.FIRST_CONTACT);
        Totals totals = new Totals(mqls.size(), count(mqls, Mql::sql), count(mqls, Mql::accepted), count(mqls, Mql::rejected),
                count(mqls, Mql::won), count(mqls, Mql::lost), outcomes);
        List<Conversion> byTier = conversions(mqls, m -> List.of(m.tier().label()), Comparator.comparingInt(c -> tierOrder(c.key())));
        List<Conversion> bySource = conversions(mqls, m -> List.of(orNone(m.lead().contact().source())), BY_SIZE);
        List<Conversion> byCampaign = conversions(mqls, m -> List.of(orNone(m.lead().contact().campaign())), BY_SIZE);
        List<Conversion> byLine = conversions(mqls, m -> List.of(m.productLine()), BY_SIZE);
        List<Conversion> byRule = conversions(mqls, Mql::rules, BY_SIZE);
        List<Cohort> cohorts = cohorts(mqls);
        return new ProcessReport(filter, data.now(), totals, byTier, bySource, byCampaign, byLine, byRule, speed(mqls, data.now()),
                AccountTable.of(data, mqls, filter), ContentTable.of(mqls), cohorts, warnBelow, warnings(cohorts, warnBelow));
    }

    /** One qualification as the report counts it: the transition that started it, its deadline and first contact. */
    public record Responded(long contactId, StageTransition qualification, Qualifications.Response response) {
    }

    /** Every qualification in the filter with its response, in lead order (what speed to lead is computed from). */
    public static List<Responded> responses(ReportData data, ReportFilter filter) {
        return IntStream.range(0, data.leads().size()).boxed().flatMap(i -> qualifications(data, i, filter).stream())
                .map(m -> new Responded(m.contactId(), m.qualified(), m.response())).toList();
    }

    private static final Comparator<Conversion> BY_SIZE = Comparator.comparingInt(Conversion::mqls).reversed()
            .thenComparing(Conversion::key);

    private static int tierOrder(String label) {
        for (Tier t : Tier.values()) {
            if (t.label().equals(label)) {
                return t.ordinal();
            }
        }
        return Tier.values().length;
    }

    /**
     * A lead's qualifications in the filter: each transition into MQL or SQL from a stage below
     * starts one, which lasts until the lead falls below MQL again.
     */
    private static List<Mql> qualifications(ReportData data, int index, ReportFilter filter) {
        LeadFacts lead = data.leads().get(index);
        long id = lead.contact().id();
        List<StageTransition> history = data.transitions().getOrDefault(id, List.of());
        List<SalesFollowUp> followUps = data.followUps().getOrDefault(id, List.of());
        List<Mql> out = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StageTransition q = history.get(i);
            boolean fromBelow = q.from() == null || q.from() == LifecycleStage.CONTACT || q.from() == LifecycleStage.LEAD;
            if (!q.to().isQualified() || !fromBelow || !filter.includes(q.at(), q.scorecardVersion())) {
                continue;
            }
            Instant end = null;   // the lead falls below MQL again
            Instant next = null;  // it qualifies again
            for (int k = i + 1; k < history.size(); k++) {
                StageTransition t = history.get(k);
                if (end == null && (t.to() == LifecycleStage.LEAD || t.to() == LifecycleStage.CONTACT)) {
                    end = t.at();
                }
                if (t.to().isQualified() && (t.from() == LifecycleStage.LEAD || t.from() == LifecycleStage.CONTACT)) {
                    next = t.at();
                    break;
                }
            }
            out.add(episode(data, index, lead, q, history, followUps, end, next));
        }
        return out;
    }

    private static Mql episode(ReportData data, int index, LeadFacts lead, StageTransition q, List<StageTransition> history,
                               List<SalesFollowUp> followUps, Instant end, Instant next) {
        Instant at = q.at();
        Scorecard card = Qualifications.card(q.scorecardVersion(), data.versions(), data.current());
        Instant sqlAt = history.stream().filter(t -> t.to() == LifecycleStage.SQL && !t.at().isBefore(at) && before(t.at(), end))
                .map(StageTransition::at).findFirst().orElse(null);
        Optional<TierOverride> override = Qualifications.overrideFor(Optional.ofNullable(data.overrides().get(lead.contact().id())), end);
        Qualifications.Response response = new Qualifications.Response(Qualifications.deadline(data.versions(), data.current(), lead, q, override),
                Qualifications.firstContact(followUps, at, end));
        Instant firstContact = response.firstContact().orElse(null);
        // what sales reported on this qualification: from its first contact until the lead qualifies again
        SalesOutcome reported = firstContact == null ? SalesOutcome.NONE : SalesOutcome.between(followUps, firstContact, next);
        Instant firstAfterSql = sqlAt == null ? null : Qualifications.firstContact(followUps, sqlAt, end).orElse(null);
        Instant deadline = response.deadline().endsAt();
        // the lead as sales got it: just before the first contact; never contacted, when it should have been
        Instant handover = firstContact != null ? firstContact.minusMillis(1) : earliest(deadline.minusMillis(1), end == null ? null
                : end.minusMillis(1), data.now());
        Handover h = data.handovers().at(index, lead, card, handover.isBefore(at) ? at : handover);
        return new Mql(lead, q, h.tier(), h.productLine(), h.rules(), sqlAt != null, sqlAt, response, firstAfterSql,
                reported.accepted(), reported.rejected(), reported.won(), reported.lost(), card);
    }

    private static boolean before(Instant t, Instant limit) {
        return limit == null || t.isBefore(limit);
    }

    private static Instant earliest(Instant... times) {
        Instant min = null;
        for (Instant t : times) {
            if (t != null && (min == null || t.isBefore(min))) {
                min = t;
            }
        }
        return min;
    }

    private static int count(List<Mql> mqls, java.util.function.Predicate<Mql> test) {
        return (int) mqls.stream().filter(test).count();
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s.strip();
    }

    private static List<Conversion> conversions(List<Mql> mqls, Function<Mql, List<String>> keys, Comparator<Conversion> order) {
        Map<String, int[]> groups = new HashMap<>();
        for (Mql m : mqls) {
            for (String key : keys.apply(m)) {
                int[] g = groups.computeIfAbsent(key, k -> new int[3]);
                g[0]++;
                g[1] += m.sql() ? 1 : 0;
                g[2] += m.won() ? 1 : 0;
            }
        }
        return groups.entrySet().stream().map(e -> new Conversion(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(order).toList();
    }

    private static SpeedToLead speed(List<Mql> mqls, Instant now) {
        List<Double> hours = new ArrayList<>();
        List<Double> fromSql = new ArrayList<>();
        int[] buckets = new int[BUCKETS.size()];
        int due = 0;
        int within = 0;
        int decided = 0;
        for (Mql m : mqls) {
            if (m.firstContact() != null) {
                double h = (m.firstContact().toEpochMilli() - m.qualified().at().toEpochMilli()) / HOUR_MS;
                hours.add(h);
                buckets[bucket(h)]++;
                if (m.accepted() || m.rejected()) {
                    decided++;
                }
            }
            if (m.firstContactAfterSql() != null) {
                fromSql.add((m.firstContactAfterSql().toEpochMilli() - m.sqlAt().toEpochMilli()) / HOUR_MS);
            }
            if (m.response().due(now)) {
                due++;
                if (m.response().contactedInTime()) {
                    within++;
                }
            }
        }
        List<Bucket> histogram = new ArrayList<>();
        for (int i = 0; i < BUCKETS.size(); i++) {
            Bucket b = BUCKETS.get(i);
            histogram.add(new Bucket(b.label(), b.fromHours(), b.toHours(), buckets[i]));
        }
        return new SpeedToLead(hours.size(), mqls.size() - hours.size(), median(hours), median(fromSql), histogram,
                new Rate(within, due), new Rate(decided, hours.size()));
    }

    private static int bucket(double hours) {
        for (int i = 0; i < BUCKETS.size(); i++) {
            Double to = BUCKETS.get(i).toHours();
            if (to == null || hours < to) {
                return i;
            }
        }
        return BUCKETS.size() - 1;
    }

    static Optional<Double> median(List<Double> values) {
        return com.leadbench.scoring.analysis.Median.of(values);
    }

    private static List<Cohort> cohorts(List<Mql> mqls) {
        TreeMap<YearMonth, Map<Optional<Tier>, int[]>> byMonth = new TreeMap<>();
        for (Mql m : mqls) {
            YearMonth month = YearMonth.from(m.qualified().at().atOffset(ZoneOffset.UTC));
            Map<Optional<Tier>, int[]> tiers = byMonth.computeIfAbsent(month, k -> new LinkedHashMap<>());
            List<Optional<Tier>> keys = m.tier().isTier() ? List.of(Optional.empty(), Optional.of(m.tier())) : List.of(Optional.empty());
            for (Optional<Tier> key : keys) {
                int[] g = tiers.computeIfAbsent(key, k -> new int[3]);
                g[0]++;
                g[1] += m.sql() ? 1 : 0;
                g[2] += m.won() ? 1 : 0;
            }
        }
        List<Cohort> out = new ArrayList<>();
        byMonth.forEach((month, tiers) -> {
            for (Optional<Tier> key : List.of(Optional.<Tier>empty(), Optional.of(Tier.A), Optional.of(Tier.B), Optional.of(Tier.C))) {
                int[] g = tiers.get(key);
                if (g != null) {
                    out.add(new Cohort(month, key, g[0], g[1], g[2]));
                }
            }
        });
        return out;
    }

    /** A tier whose latest month with enough MQLs converted to SQL below the level. */
    private static List<String> warnings(List<Cohort> cohorts, double warnBelow) {
        List<String> out = new ArrayList<>();
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            cohorts.stream().filter(c -> c.tier().equals(Optional.of(tier)) && c.mqls() >= MIN_COHORT)
                    .max(Comparator.comparing(Cohort::month))
                    .filter(c -> c.toSql().value() < warnBelow)
                    .ifPresent(c -> out.add(tier.label() + ": " + Rate.percent(c.toSql().value()) + " of the " + c.mqls() + " MQLs of "
                            + c.month() + " became SQLs (" + c.sqls() + "), below the warning level of " + Rate.percent(warnBelow)
                            + ". Review the rules that put leads in this tier."));
        }
        return out;
    }
}
