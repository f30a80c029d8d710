package com.leadbench.workflow;

import com.leadbench.demo.DemoSettings;
import com.leadbench.demo.SalesResponse;
import com.leadbench.format.ScorecardJson;
import com.leadbench.model.AuditEntry;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.ScorecardVersion;
import com.leadbench.model.StageTransition;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.StageChange;
import com.leadbench.scoring.StageReplay;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.AuditRepository;
import com.leadbench.store.Database;
import com.leadbench.store.FollowUpRepository;
import com.leadbench.store.ScorecardRepository;
import com.leadbench.store.StageTransitionRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

/**
 * Gives freshly written demo data the history of a company that has run Leadbench all along: the
 * default preset published as version 1 at the start of the demo history, and every stage change it
 * would have made since, at the moment it would have made it ({@link StageReplay}), in one transaction
 * (docs/decisions/0006-demo-history-replayed.md). The generated sales follow-ups are then timed to
 * answer those qualifications ({@link SalesResponse}), as sales answering Leadbench's alerts would.
 */
public final class DemoHistory {

    private final Database database;
    private final ScorecardRepository scorecards;
    private final StageTransitionRepository stages;
    private final AuditRepository audit;

    public DemoHistory(Database database) {
        this.database = database;
        this.scorecards = new ScorecardRepository(database);
        this.stages = new StageTransitionRepository(database);
        this.audit = new AuditRepository(database);
    }

    /** Moves the generated sales follow-ups to answer the replayed qualifications ({@link SalesResponse}). */
    private void answerAlerts(DemoSettings settings, LeadColumns leads, Map<Long, List<SalesFollowUp>> followUps,
                              List<List<StageChange>> perLead) {
        FollowUpRepository repository = new FollowUpRepository(database);
        Map<Long, Instant> retimed = new LinkedHashMap<>();
        for (int i = 0; i < perLead.size(); i++) {
            List<SalesFollowUp> own = followUps.get(leads.contact(i).id());
            if (own == null) {
                continue;
            }
            List<SalesFollowUp> answered = SalesResponse.retime(own, perLead.get(i), settings.seed());
            for (int k = 0; k < own.size(); k++) {
                if (!answered.get(k).at().equals(own.get(k).at())) {
                    retimed.put(answered.get(k).id(), answered.get(k).at());
                }
            }
        }
        repository.retime(retimed);
    }

    /** The end of the demo's last day, or {@code now} when that is earlier. */
    private static Instant until(DemoSettings settings, Instant now) {
        Instant endOfLastDay = settings.endDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return now.isBefore(endOfLastDay) ? now : endOfLastDay;
    }

    /**
     * The stage changes of leads handed in one by one, worked out on background threads while the caller
     * goes on (generating and writing the next ones): what {@link #record} replays, in the order the leads
     * came. When the workers fall behind, the caller replays the oldest waiting leads itself, so the leads
     * held in memory stay bounded.
     */
    public static final class Replaying implements AutoCloseable {

        private static final int CHUNK = 256;
        private static final int MAX_WAITING = 32;

        private final StageReplay replay = new StageReplay(ScorecardJson.defaultPreset());
        private final Instant from;
        private final Instant until;
        private final ExecutorService workers;
        private final List<FutureTask<List<List<StageChange>>>> tasks = new ArrayList<>();
        private List<LeadFacts> pending = new ArrayList<>(CHUNK);
        private int helped;

        public Replaying(DemoSettings settings, Instant now) {
            this.from = settings.historyStart();
            this.until = until(settings, now);
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("demo-replay-", 1).factory());
        }

        /** Hands in the next lead, whole: its contact, account and every activity (ids as {@link LeadColumns#facts} gives them). */
        public void add(LeadFacts lead) {
            pending.add(lead);
            if (pending.size() == CHUNK) {
                submit();
            }
        }

        private void submit() {
            List<LeadFacts> chunk = pending;
            pending = new ArrayList<>(CHUNK);
            FutureTask<List<List<StageChange>>> task = new FutureTask<>(() -> {
                List<List<StageChange>> out = new ArrayList<>(chunk.size());
                for (LeadFacts lead : chunk) {
                    out.add(replay.changes(lead, from, until));
                }
                return out;
            });
            tasks.add(task);
            workers.execute(task);
            while (tasks.size() - helped > MAX_WAITING) {
                tasks.get(helped++).run(); // does nothing when a worker has started it already
            }
        }

        /** Every lead's changes, in the order the leads were handed in; replays what is still waiting on this thread. */
        public List<List<StageChange>> changes() {
            if (!pending.isEmpty()) {
                submit();
            }
            List<List<StageChange>> out = new ArrayList<>();
            for (FutureTask<List<List<StageChange>>> task : tasks) {
                task.run();
                try {
                    out.addAll(task.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while replaying the demo history", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return out;
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
    }

    /**
     * How many moments of the history the accounts are read at for their MQA dates: six (about a quarter apart)
     * for the 5,000-lead demo, fewer for a larger one, at least one. Each reading scores every lead as of its
     * moment, some 0.25 s for 5,000 leads: twelve readings made the first-run demo 3 s slower.
     */
    static int mqaSamples(int leads) {
        return Math.max(1, Math.min(26, 30_000 / Math.max(1, leads)));
    }

    /** What the history holds: the version published, until when it was replayed, and the transitions by target stage. */
    public record Recorded(ScorecardVersion version, Instant until, Map<LifecycleStage, Integer> transitionsTo) {

        public Recorded {
            transitionsTo = Collections.unmodifiableMap(new EnumMap<>(transitionsTo));
        }

        public int transitions() {
            return transitionsTo.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Publishes the default preset as of {@code settings}' history start and records the stage changes it
     * makes over {@code leads} (the demo data just written) until the end of the demo's last day, or
     * {@code now} when that is earlier. The database must not have a published scorecard yet.
     */
    public Recorded record(DemoSettings settings, LeadColumns leads, Instant now) {
        return record(settings, leads, new FollowUpRepository(database).all(), now);
    }

    /**
     * As {@link #record(DemoSettings, LeadColumns, Instant)}, with the follow-ups written given by contact,
     * oldest first (ties by id), as {@link FollowUpRepository#all()} reads them, rather than read back.
     */
    public Recorded record(DemoSettings settings, LeadColumns leads, Map<Long, List<SalesFollowUp>> followUps, Instant now) {
        StageReplay replay = new StageReplay(ScorecardJson.defaultPreset());
        Instant from = settings.historyStart();
        Instant until = until(settings, now);
        // leads are independent: replay them on every core, collected in lead order so the rows are always the same
        List<List<StageChange>> perLead = IntStream.range(0, leads.size()).parallel()
                .mapToObj(i -> replay.changes(leads.facts(i), from, until))
                .toList();
        return record(settings, leads, followUps, perLead, now);
    }

    /**
     * As {@link #record(DemoSettings, LeadColumns, Map, Instant)}, with the stage changes of each lead (in
     * {@code leads}' order) already worked out by a {@link Replaying} of the same settings and {@code now}.
     */
    public Recorded record(DemoSettings settings, LeadColumns leads, Map<Long, List<SalesFollowUp>> followUps,
                           List<List<StageChange>> perLead, Instant now) {
        if (scorecards.published().isPresent()) {
            throw new IllegalStateException("a scorecard is already published: the demo history must come first");
        }
        if (perLead.size() != leads.size()) {
            throw new IllegalArgumentException("changes for " + perLead.size() + " leads, " + leads.size() + " leads");
        }
        Scorecard preset = ScorecardJson.defaultPreset();
        Instant from = settings.historyStart();
        Instant until = until(settings, now);
        List<StageTransition> transitions = new ArrayList<>();
        Map<LifecycleStage, Integer> byStage = new EnumMap<>(LifecycleStage.class);
        return database.transaction(() -> {
            String note = "Default preset for an industrial company (published at the start of the demo history)";
            ScorecardVersion version = scorecards.publish(preset.name(), ScorecardJson.write(preset), note, from);
            audit.append(new AuditEntry(0, from, "leadbench", "publish", "scorecard", (long) version.version(), note));
            for (int i = 0; i < perLead.size(); i++) {
                long contact = leads.contact(i).id();
                for (StageChange c : perLead.get(i)) {
                    transitions.add(StageTransition.scored(contact, c.from(), c.to(), c.at(), c.reason(), version.version(), c.tier()));
                    byStage.merge(c.to(), 1, Integer::sum);
                }
            }
            stages.record(transitions);
            new AccountQualifier(database).replay(preset, version.version(), leads, from, until, mqaSamples(leads.size()));
            answerAlerts(settings, leads, followUps, perLead);
            return new Recorded(version, until, byStage);
        });
    }
}
