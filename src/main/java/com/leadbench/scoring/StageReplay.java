package com.leadbench.scoring;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A scorecard replayed over a lead's history: the stage changes {@link ScoringEngine#score} would
 * have produced had it been evaluated at every moment of [from, to], starting from Contact.
 *
 * <p>A lead's stage only moves when something enters or leaves a window, or while a decaying rule
 * fades. So the scorecard is evaluated at the start (the contact's creation, or {@code from} when
 * that is later), at each activity some enabled rule or the fast track looks at, 1 ms after each
 * such activity leaves the window of a rule that matches it ({@link Windows#inside} still counts an
 * activity exactly one window old), at {@code to}, and at every UTC midnight while a decaying rule
 * could move the stage (its evidence fading under an MQL or SQL, or a decaying negative rule fading
 * under a Lead or MQL). A crossing caused by decay is therefore recorded at the first midnight after
 * it, or at {@code to}.
 *
 * <p>The evaluations use the reference engine's own pieces ({@link Windows}, {@link Decay#weight},
 * {@link ActivityRule#apply}, {@link TierPolicy}) with the rules matched once per activity and the
 * sums taken in the engine's order, so they give the engine's scores exactly; each change is then
 * scored by {@link ScoringEngine#score} itself for its reason. Pure and thread-safe.
 */
public final class StageReplay {

    private static final long DAY_MS = Windows.DAY_MS;

    private final Scorecard card;
    private final List<Slot> slots;
    private final Set<ActivityType> requestTypes;
    private final int requestWindow;

    /** An enabled rule in scorecard order: its window and what its decay can do, for activity rules. */
    private record Slot(Rule rule, ActivityRule activity, int window, boolean fit, boolean fades, boolean negative) {
    }

    public StageReplay(Scorecard card) {
        this.card = card;
        List<Slot> list = new ArrayList<>();
        for (Rule rule : card.rules()) {
            if (!rule.enabled() || rule.part() == RulePart.EXCLUSION) {
                continue;
            }
            boolean fit = rule.part() == RulePart.FIT;
            if (rule instanceof ActivityRule a) {
                list.add(new Slot(rule, a, a.effectiveWindowDays(card.windowDays()), fit, a.decay().kind() != Decay.Kind.NONE,
                        a.points() < 0));
            } else {
                list.add(new Slot(rule, null, 0, fit, false, false));
            }
        }
        this.slots = List.copyOf(list);
        FastTrack ft = card.fastTrack();
        this.requestTypes = ft.enabled() ? ft.types() : Set.of();
        this.requestWindow = ft.effectiveWindowDays(card.windowDays());
    }

    /** The changes replaying {@code card} over {@code lead} in [from, to] gives, oldest first. */
    public static List<StageChange> replay(Scorecard card, LeadFacts lead, Instant from, Instant to) {
        return new StageReplay(card).changes(lead, from, to);
    }

    /** The changes over [from, to], oldest first; none when the contact was created after {@code to}. */
    public List<StageChange> changes(LeadFacts lead, Instant from, Instant to) {
        long start = Math.max(lead.contact().createdAt().toEpochMilli(), from.toEpochMilli());
        long end = to.toEpochMilli();
        if (start > end || excluded(lead)) {
            return List.of(); // an excluded contact stays a Contact whatever it does
        }
        Timeline timeline = new Timeline(lead);
        long[] candidates = timeline.candidates(start, end);
        List<StageChange> changes = new ArrayList<>();
        LifecycleStage stage = LifecycleStage.CONTACT;
        for (int c = 0; c < candidates.length; c++) {
            long at = candidates[c];
            Reading reading = timeline.read(at);
            stage = record(changes, lead, at, stage, reading.stage());
            long next = c + 1 < candidates.length ? candidates[c + 1] : Long.MAX_VALUE;
            for (long midnight = Math.floorDiv(at, DAY_MS) * DAY_MS + DAY_MS;
                 reading.mayMove(stage) && midnight < next && midnight <= end; midnight += DAY_MS) {
                reading = timeline.read(midnight);
                stage = record(changes, lead, midnight, stage, reading.stage());
            }
        }
        return changes;
    }

    private LifecycleStage record(List<StageChange> changes, LeadFacts lead, long at, LifecycleStage before, LifecycleStage after) {
        if (after == before) {
            return before;
        }
        Instant when = Instant.ofEpochMilli(at);
        Breakdown why = ScoringEngine.score(card, lead, when);
        if (why.stage() != after) {
            throw new IllegalStateException("replay of contact " + lead.contact().id() + " at " + when + " gave " + after
                    + ", the engine " + why.stage());
        }
        changes.add(new StageChange(when, before, after, why.reason()));
        return after;
    }

    private boolean excluded(LeadFacts lead) {
        for (ExclusionRule rule : card.exclusions()) {
            if (rule.enabled() && rule.reason(lead).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stage at one moment, and whether fading evidence could move it before the next event:
     * {@code falling} when a decaying positive rule has evidence in its window, {@code rising} when a
     * decaying negative one has.
     */
    private record Reading(LifecycleStage stage, boolean falling, boolean rising) {

        boolean mayMove(LifecycleStage current) {
            return falling && (current == LifecycleStage.MQL || current == LifecycleStage.SQL)
                    || rising && (current == LifecycleStage.LEAD || current == LifecycleStage.MQL);
        }
    }

    /** One lead's activities with each rule's matches worked out once, read at any moment. */
    private final class Timeline {

        private final long[] at;
        /** Per slot: the points of a profile rule that matches (NaN when it does not); unused for activity rules. */
        private final double[] profilePoints;
        /** Per slot: the indices of the activities an activity rule matches, oldest first. */
        private final int[][] matches;
        private final long[] requests;

        Timeline(LeadFacts lead) {
            List<Activity> activities = lead.activities();
            int n = activities.size();
            at = new long[n];
            for (int k = 0; k < n; k++) {
                at[k] = activities.get(k).occurredAt().toEpochMilli();
            }
            profilePoints = new double[slots.size()];
            matches = new int[slots.size()][];
            int[] buffer = new int[n];
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                if (slot.activity() == null) {
                    ProfileRule p = (ProfileRule) slot.rule();
                    profilePoints[s] = p.evidence(lead).isPresent() ? p.apply(1.0) : Double.NaN;
                    continue;
                }
                int count = 0;
                for (int k = 0; k < n; k++) {
                    if (slot.activity().matches(activities.get(k))) {
                        buffer[count++] = k;
                    }
                }
                matches[s] = Arrays.copyOf(buffer, count);
            }
            int count = 0;
            for (int k = 0; k < n; k++) {
                if (requestTypes.contains(activities.get(k).type())) {
                    buffer[count++] = k;
                }
            }
            requests = new long[count];
            for (int r = 0; r < count; r++) {
                requests[r] = at[buffer[r]];
            }
        }

        /**
         * The moments at which the stage may change, sorted, distinct, in [start, end]: start and end,
         * each activity a rule or the fast track looks at, and 1 ms after it leaves each such window.
         */
        long[] candidates(long start, long end) {
            long[] out = new long[16];
            int size = 0;
            out[size++] = start;
            out[size++] = end;
            for (int s = 0; s < slots.size(); s++) {
                if (matches[s] == null) {
                    continue;
                }
                long window = slots.get(s).window() * DAY_MS;
                for (int k : matches[s]) {
                    if (size + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[size++] = at[k];
                    out[size++] = at[k] + window + 1;
                }
            }
            long requestSpan = requestWindow * DAY_MS;
            for (long r : requests) {
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = r;
                out[size++] = r + requestSpan + 1;
            }
            Arrays.sort(out, 0, size);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                long t = out[i];
                if (t >= start && t <= end && (kept == 0 || out[kept - 1] != t)) {
                    out[kept++] = t;
                }
            }
            return Arrays.copyOf(out, kept);
        }

        /** The stage at {@code now}, as {@link ScoringEngine#score} computes it for a lead that is not excluded. */
        Reading read(long now) {
            double fit = 0.0;
            double intent = 0.0;
            boolean falling = false;
            boolean rising = false;
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                double points;
                if (slot.activity() == null) {
                    points = profilePoints[s];
                    if (Double.isNaN(points)) {
                        continue;
                    }
                } else {
                    ActivityRule rule = slot.activity();
                    int window = slot.window();
                    double value = 0.0;
                    int count = 0;
                    for (int k : matches[s]) {
                        long age = now - at[k];
                        if (!Windows.inside(age, window)) {
                            continue;
                        }
                        double weight = rule.decay().weight(age, window);
                        value = rule.repeat() == Repeat.EACH ? value + weight : weight;
                        count++;
                    }
                    if (count == 0) {
                        continue;
                    }
                    points = rule.apply(value);
                    falling |= slot.fades() && !slot.negative();
                    rising |= slot.fades() && slot.negative();
                }
                if (slot.fit()) {
                    fit += points;
                } else {
                    intent += points;
                }
            }
            boolean requested = false;
            for (long r : requests) {
                requested |= Windows.inside(now - r, requestWindow);
            }
            double total = fit + intent;
            Thresholds t = card.thresholds();
            Tier tier = TierPolicy.tier(t, false, fit, total);
            return new Reading(TierPolicy.stage(t, tier, false, fit, total, requested), falling, rising);
        }
    }
}
