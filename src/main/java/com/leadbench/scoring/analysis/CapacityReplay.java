package com.leadbench.scoring.analysis;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Router;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.StageChange;
import com.leadbench.scoring.StageReplay;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.routing.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A scorecard replayed as if it had been live over the last weeks: what sales would have received
 * each week, against what each queue agreed to take (the routing's weekly capacity).
 *
 * <p>The weeks are the {@code weeks} seven-day spans ending at {@code to}. Every lead's stage is
 * replayed over the period exactly as the engine would have moved it ({@link StageReplay}). A lead
 * <em>qualifies</em> when it moves to MQL or SQL from Contact or Lead: that is one lead sent to sales,
 * counted in the week it happened, under the tier it had then, in the queue the routing gave it
 * then. A week's MQLs are the qualifications to MQL; its SQLs every move to SQL (a qualification
 * straight to SQL, or an MQL that became one). A lead already qualified when the period starts was
 * sent before it and is not counted again.
 *
 * <p>The won leads are those with a win dated in the period; each is replayed from its creation to
 * its win, and counts as qualified when the scorecard qualified it at or before the win; how early
 * is the time from the last qualification before the win to the win. Pure; leads on every core.
 */
public final class CapacityReplay {

    /**
     * One week: its first day (UTC), what qualified in it, the queues that received more than their capacity,
     * and how many of the leads sent in it the team would have contacted within their deadline at its observed
     * pace ({@code inTime}; null when the pace is unknown).
     */
    public record Week(LocalDate starts, int mqls, int sqls, Map<Tier, Integer> qualifiedByTier, Map<String, Integer> byQueue,
                       List<String> overCapacity, Integer inTime) {

        public Week {
            EnumMap<Tier, Integer> tiers = new EnumMap<>(Tier.class);
            tiers.putAll(qualifiedByTier);
            qualifiedByTier = Collections.unmodifiableMap(tiers);
            byQueue = Collections.unmodifiableMap(new TreeMap<>(byQueue));
            overCapacity = List.copyOf(overCapacity);
        }

        /** Leads sent to sales this week (each qualification once, MQL or SQL). */
        public int qualified() {
            return byQueue.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The leads won in the period (with a win date), how many the scorecard qualified by their win, and the median days from that qualification to the win. */
    public record Won(int dated, int qualified, Optional<Double> medianDaysEarly) {
    }

    /** The replay of one scorecard. */
    public record Result(String scorecard, Instant from, Instant to, List<Week> weeks, Map<String, Integer> capacity, Won won,
                         Optional<TeamPace> pace) {

        public Result {
            weeks = List.copyOf(weeks);
            capacity = Map.copyOf(capacity);
        }

        /** New MQLs per week, over the period. */
        public double mqlsPerWeek() {
            return weeks.stream().mapToInt(Week::mqls).average().orElse(0);
        }

        /** New SQLs per week, over the period. */
        public double sqlsPerWeek() {
            return weeks.stream().mapToInt(Week::sqls).average().orElse(0);
        }

        /** Leads sent over the period. */
        public int sent() {
            return weeks.stream().mapToInt(Week::qualified).sum();
        }

        /** The share of the leads sent that the team would have contacted within their deadline; empty when the pace is unknown or nothing was sent. */
        public Optional<Double> inTimeShare() {
            int sent = sent();
            if (pace.isEmpty() || sent == 0) {
                return Optional.empty();
            }
            return Optional.of(weeks.stream().mapToInt(Week::inTime).sum() / (double) sent);
        }

        /** Weeks in which at least one queue received more leads than its capacity. */
        public int overCapacityWeeks() {
            return (int) weeks.stream().filter(w -> !w.overCapacity().isEmpty()).count();
        }
    }

    /** The weeks replayed unless told otherwise: half a year. */
    public static final int WEEKS = 26;

    private static final long WEEK_MS = Duration.ofDays(7).toMillis();

    /** The end of a period whose last day (UTC) is {@code lastDay}: the start of the next day, so weeks begin at midnight. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private CapacityReplay() {
    }

    /** A lead sent to sales, or a move to SQL, at a moment. */
    private record Event(long at, boolean qualified, boolean mql, boolean sql, Tier tier, String queue) {
    }

    /**
     * Replays {@code card} over {@code leads} for the {@code weeks} weeks ending at {@code to};
     * {@code wonAt} gives each won lead's win date by contact id (leads without one are left out of the won figures).
     */
    public static Result run(Scorecard card, LeadColumns leads, Map<Long, Instant> wonAt, Instant to, int weeks) {
        return run(card, leads, wonAt, to, weeks, Optional.empty(), false);
    }

    /**
     * As {@link #run(Scorecard, LeadColumns, Map, Instant, int)}, with the team's observed pace: each week then says how
     * many of its leads the team, working through every lead sent in the order sent at {@code pace} leads a business day,
     * would have contacted by its deadline (the scorecard's deadlines and calendar).
     */
    public static Result run(Scorecard card, LeadColumns leads, Map<Long, Instant> wonAt, Instant to, int weeks, Optional<TeamPace> pace) {
        return run(card, leads, wonAt, to, weeks, pace, false);
    }

    /** As {@link #run(Scorecard, LeadColumns, Map, Instant, int)}; with {@code everyLead}, quiet leads are replayed too (tests compare). */
    static Result run(Scorecard card, LeadColumns leads, Map<Long, Instant> wonAt, Instant to, int weeks, Optional<TeamPace> pace,
                      boolean everyLead) {
        if (weeks < 1) {
            throw new IllegalArgumentException("a replay needs at least one week, was " + weeks);
        }
        Instant from = to.minusMillis(weeks * WEEK_MS);
        StageReplay replay = new StageReplay(card, false);
        long quietBefore = quietBefore(card, from);
        boolean clockMoves = everyLead || card.rules().stream().anyMatch(r -> r.enabled() && r instanceof ProfileRule p && p.timeDependent());
        List<List<Event>> perLead = IntStream.range(0, leads.size()).parallel()
                .mapToObj(i -> clockMoves || mayMove(leads, i, from, quietBefore) ? events(card, replay, leads.facts(i), from, to) : List.<Event>of())
                .toList();
        int[] mqls = new int[weeks];
        int[] sqls = new int[weeks];
        List<Map<Tier, Integer>> byTier = new ArrayList<>();
        List<Map<String, Integer>> byQueue = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            byTier.add(new EnumMap<>(Tier.class));
            byQueue.add(new TreeMap<>());
        }
        for (List<Event> events : perLead) {
            for (Event e : events) {
                int w = (int) ((e.at() - from.toEpochMilli()) / WEEK_MS);
                if (e.mql()) {
                    mqls[w]++;
                }
                if (e.sql()) {
                    sqls[w]++;
                }
                if (e.qualified()) {
                    byTier.get(w).merge(e.tier(), 1, Integer::sum);
                    byQueue.get(w).merge(e.queue(), 1, Integer::sum);
                }
            }
        }
        int[] inTime = pace.map(p -> inTime(perLead, p, card.deadlines(), from, to, weeks)).orElse(null);
        Map<String, Integer> capacity = card.routing().weeklyCapacity();
        List<Week> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Map<String, Integer> received = byQueue.get(w);
            List<String> over = capacity.entrySet().stream().filter(c -> received.getOrDefault(c.getKey(), 0) > c.getValue())
                    .map(Map.Entry::getKey).toList();
            LocalDate starts = from.plusMillis(w * WEEK_MS).atOffset(ZoneOffset.UTC).toLocalDate();
            out.add(new Week(starts, mqls[w], sqls[w], byTier.get(w), received, over, inTime == null ? null : inTime[w]));
        }
        return new Result(card.name(), from, to, out, capacity, won(card, replay, leads, wonAt, from, to), pace);
    }

    /**
     * The team contacts {@code pace} leads a business day (the fraction carried to the next day; an idle team banks at
     * most one day's worth), and spends it where it still counts: on the leads whose deadline has not passed, the one
     * due soonest first (ties: sent first). A lead sent on a day can be contacted that day; it is in time when that day
     * is no later than its deadline's last day. Per week of sending, how many were in time; a lead whose deadline
     * passed, or still waiting when the period ends, is not.
     */
    private static int[] inTime(List<List<Event>> perLead, TeamPace pace, Deadlines deadlines, Instant from, Instant to, int weeks) {
        record Waiting(LocalDate due, long at, int week) {
        }
        List<Event> sent = new ArrayList<>();
        perLead.forEach(events -> events.stream().filter(Event::qualified).forEach(sent::add));
        sent.sort(java.util.Comparator.comparingLong(Event::at));
        int[] out = new int[weeks];
        java.time.ZoneId zone = deadlines.zone();
        var calendar = deadlines.calendar();
        java.util.PriorityQueue<Waiting> waiting = new java.util.PriorityQueue<>(
                java.util.Comparator.comparing(Waiting::due).thenComparingLong(Waiting::at));
        LocalDate last = to.minusMillis(1).atZone(zone).toLocalDate();
        double available = 0;
        int arrived = 0;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            long dayEnds = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            while (arrived < sent.size() && sent.get(arrived).at() < dayEnds) {
                Event e = sent.get(arrived++);
                LifecycleStage stage = e.mql() ? LifecycleStage.MQL : LifecycleStage.SQL;
                waiting.add(new Waiting(deadlines.deadline(Instant.ofEpochMilli(e.at()), e.tier(), stage).due(), e.at(),
                        (int) ((e.at() - from.toEpochMilli()) / WEEK_MS)));
            }
            while (!waiting.isEmpty() && waiting.peek().due().isBefore(day)) {
                waiting.poll(); // too late to be in time
            }
            if (!calendar.isBusinessDay(day)) {
                continue;
            }
            available += pace.perBusinessDay();
            while (!waiting.isEmpty() && available >= 1) {
                out[waiting.poll().week()]++;
                available -= 1;
            }
            if (waiting.isEmpty()) {
                available = Math.min(available, pace.perBusinessDay());
            }
        }
        return out;
    }

    /**
     * Activities at or before this moment are outside every window (rules' and the fast track's) for
     * the whole period: they can neither enter nor leave one, nor fade, while it lasts.
     */
    private static long quietBefore(Scorecard card, Instant from) {
        int days = card.windowDays();
        for (var rule : card.rules()) {
            if (rule instanceof ActivityBased a) {
                days = Math.max(days, a.effectiveWindowDays(card.windowDays()));
            }
        }
        days = Math.max(days, card.fastTrack().effectiveWindowDays(card.windowDays()));
        return from.toEpochMilli() - (days + 1L) * 86_400_000L;
    }

    /**
     * Whether lead {@code i}'s stage may move inside the period: it was created in it, or one of its
     * activities is recent enough to enter, leave or fade in a window then. Otherwise its stage is the
     * one it had when the period began, and there is nothing to count.
     */
    private static boolean mayMove(LeadColumns leads, int i, Instant from, long quietBefore) {
        return leads.contact(i).createdAt().isAfter(from.minusMillis(1)) || leads.newestActivity(i) > quietBefore;
    }

    /** One lead's qualifications and moves to SQL inside (from, to). */
    private static List<Event> events(Scorecard card, StageReplay replay, LeadFacts lead, Instant from, Instant to) {
        List<Event> out = new ArrayList<>();
        long start = from.toEpochMilli();
        for (StageChange c : replay.changes(lead, from, to)) {
            long at = c.at().toEpochMilli();
            if (at <= start && lead.contact().createdAt().toEpochMilli() < start || at >= to.toEpochMilli()) {
                continue; // where it stood when the period began, or the period's last instant
            }
            boolean qualified = c.to().isQualified() && below(c.from());
            boolean sql = c.to() == LifecycleStage.SQL && c.from() != LifecycleStage.SQL;
            if (qualified || sql) {
                String queue = qualified ? Router.route(card, lead, c.tier(), c.at()).queue() : null;
                out.add(new Event(at, qualified, qualified && c.to() == LifecycleStage.MQL, sql, c.tier(), queue));
            }
        }
        return out;
    }

    private static boolean below(LifecycleStage stage) {
        return stage == null || stage == LifecycleStage.CONTACT || stage == LifecycleStage.LEAD;
    }

    private static Won won(Scorecard card, StageReplay replay, LeadColumns leads, Map<Long, Instant> wonAt, Instant from, Instant to) {
        List<Double> early = new ArrayList<>();
        int dated = 0;
        for (int i = 0; i < leads.size(); i++) {
            Instant win = wonAt.get(leads.contact(i).id());
            if (win == null || win.isBefore(from) || !win.isBefore(to)) {
                continue;
            }
            dated++;
            LeadFacts lead = leads.facts(i);
            Instant last = null;
            for (StageChange c : replay.changes(lead, lead.contact().createdAt(), win)) {
                if (c.to().isQualified() && below(c.from())) {
                    last = c.at();
                }
            }
            if (last != null) {
                early.add((win.toEpochMilli() - last.toEpochMilli()) / 86_400_000.0);
            }
        }
        return new Won(dated, early.size(), Median.of(early));
    }
}
