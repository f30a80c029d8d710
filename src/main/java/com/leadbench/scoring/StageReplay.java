package com.leadbench.scoring;

import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.rules.Windows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * it, or at {@code to}. A lead that could not reach the MQL tier even with every activity it ever
 * made counting in full, and that never made a fast-track request, is a Lead throughout: it is only
 * evaluated at the start.
 *
 * <p>The evaluations use the reference engine's own pieces ({@link Windows}, {@link Decay#weight},
 * {@link ActivityRule#apply}, {@link TierPolicy}) with the rules matched once per activity and the
 * sums taken in the engine's order, so they give the engine's scores, stages and reasons exactly
 * ({@code StageReplayTest} holds them to it). Pure and thread-safe.
 */
public final class StageReplay {

    private static final long DAY_MS = Windows.DAY_MS;

    private final Scorecard card;
    private final boolean explain;
    private final List<Slot> slots;
    private final Set<ActivityType> requestTypes;
    private final int requestWindow;
    /** The lowest total that reaches the MQL tier (infinite when the MQL tier is not a tier). */
    private final double qualifyingScore;
    /**
     * Which slots match an activity of each signature: rules depend on the activity alone, not on when or whose.
     * One entry per distinct activity this replay has seen (239 on the demo), kept as long as the replay is.
     */
    private final Map<Signature, boolean[]> matching = new ConcurrentHashMap<>();

    /** An activity without its id, owner and time: all a rule may look at. */
    private record Signature(ActivityType type, String asset, String assetKind, String productLine, String campaign,
                             String formText) {

        static Signature of(Activity a) {
            return new Signature(a.type(), a.asset(), a.assetKind(), a.productLine(), a.campaign(), a.formText());
        }
    }

    /** An enabled rule in scorecard order: its window and what its decay can do, for activity rules. */
    private record Slot(Rule rule, ActivityBased activity, int window, boolean fit, boolean fades, boolean negative) {
    }

    public StageReplay(Scorecard card) {
        this(card, true);
    }

    /**
     * With {@code explain} false, the changes carry an empty reason: for those who only count them
     * (the capacity replay), writing every reason cost a fifth of the replay.
     */
    public StageReplay(Scorecard card, boolean explain) {
        this.card = card;
        this.explain = explain;
        List<Slot> list = new ArrayList<>();
        for (Rule rule : card.rules()) {
            if (!rule.enabled() || rule.part() == RulePart.EXCLUSION) {
                continue;
            }
            boolean fit = rule.part() == RulePart.FIT;
            list.add(switch (rule) {
                case ActivityRule a -> new Slot(rule, a, a.effectiveWindowDays(card.windowDays()), fit,
                        a.decay().kind() != Decay.Kind.NONE, a.points() < 0);
                case FormKeywordRule f -> new Slot(rule, f, f.effectiveWindowDays(card.windowDays()), fit,
                        f.decay().kind() != Decay.Kind.NONE, f.points() < 0);
                case ProfileRule p -> new Slot(rule, null, 0, fit, false, false);
            });
        }
        this.slots = List.copyOf(list);
        FastTrack ft = card.fastTrack();
        this.requestTypes = ft.enabled() ? ft.types() : Set.of();
        this.requestWindow = ft.effectiveWindowDays(card.windowDays());
        Thresholds t = card.thresholds();
        double lowest = Double.POSITIVE_INFINITY;
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            if (tier.atLeast(t.mqlTier())) {
                lowest = Math.min(lowest, t.spec(tier).minScore());
            }
        }
        this.qualifyingScore = lowest;
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
        long[] candidates = timeline.canQualify() ? timeline.candidates(start, end) : new long[] {start};
        List<StageChange> changes = new ArrayList<>();
        LifecycleStage stage = LifecycleStage.CONTACT;
        for (int c = 0; c < candidates.length; c++) {
            long at = candidates[c];
            Reading reading = timeline.read(at);
            stage = record(changes, at, stage, reading);
            long next = c + 1 < candidates.length ? candidates[c + 1] : Long.MAX_VALUE;
            for (long midnight = Math.floorDiv(at, DAY_MS) * DAY_MS + DAY_MS;
                 reading.mayMove(stage) && midnight < next && midnight <= end; midnight += DAY_MS) {
                reading = timeline.read(midnight);
                stage = record(changes, midnight, stage, reading);
            }
        }
        return changes;
    }

    private LifecycleStage record(List<StageChange> changes, long at, LifecycleStage before, Reading reading) {
        if (reading.stage() == before) {
            return before;
        }
        Thresholds t = card.thresholds();
        String request = !explain || reading.request() == null ? null : ScoringEngine.describeRequest(reading.request());
        String reason = explain ? TierPolicy.explain(t, reading.tier(), reading.stage(), reading.fit(), reading.total(), null, request) : "";
        changes.add(new StageChange(Instant.ofEpochMilli(at), before, reading.stage(), reason, reading.tier()));
        return reading.stage();
    }

    private boolean[] slotsMatching(Signature signature) {
        Activity a = new Activity(0, 0, signature.type(), signature.asset(), signature.assetKind(), signature.productLine(),
                Instant.EPOCH, signature.campaign(), signature.formText());
        boolean[] matched = new boolean[slots.size()];
        for (int s = 0; s < matched.length; s++) {
            matched[s] = slots.get(s).activity() != null && slots.get(s).activity().matches(a);
        }
        return matched;
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
     * What the engine says at one moment for a lead that is not excluded ({@code request}: the latest
     * fast-track request in its window, or null), and whether fading evidence could move the stage
     * before the next event: {@code falling} when a decaying positive rule has evidence in its window,
     * {@code rising} when a decaying negative one has.
     */
    private record Reading(double fit, double total, Tier tier, LifecycleStage stage, Activity request, boolean falling,
                           boolean rising) {

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
        /** Per slot of a time-dependent profile rule: the moments its verdict may change; null for other slots. */
        private final long[][] changesAt;
        private final LeadFacts lead;
        /** Per slot: the indices of the activities an activity rule matches, oldest first. */
        private final int[][] matches;
        /** The fast-track requests, oldest first. */
        private final Activity[] requests;
        /** Upper bounds of fit and total: every matching activity counting in full, negative rules not at all. */
        private final double fitBound;
        private final double totalBound;

        Timeline(LeadFacts lead) {
            List<Activity> activities = lead.activities();
            int n = activities.size();
            at = new long[n];
            for (int k = 0; k < n; k++) {
                at[k] = activities.get(k).occurredAt().toEpochMilli();
            }
            profilePoints = new double[slots.size()];
            changesAt = new long[slots.size()][];
            this.lead = lead;
            matches = new int[slots.size()][];
            boolean[][] matched = new boolean[n][];
            for (int k = 0; k < n; k++) {
                Signature signature = Signature.of(activities.get(k));
                boolean[] known = matching.get(signature); // a plain read: computeIfAbsent may lock even when present
                matched[k] = known != null ? known : matching.computeIfAbsent(signature, StageReplay.this::slotsMatching);
            }
            int[] buffer = new int[n];
            double fitMax = 0.0;
            double intentMax = 0.0;
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                double most;
                if (slot.activity() == null) {
                    ProfileRule p = (ProfileRule) slot.rule();
                    if (p.timeDependent()) {
                        changesAt[s] = p.changesAt(lead);
                        profilePoints[s] = changesAt[s].length == 0 ? Double.NaN : p.apply(1.0); // the points while it holds
                    } else {
                        profilePoints[s] = p.evidence(lead).isPresent() ? p.apply(p.valueAt(lead, 0L)) : Double.NaN;
                    }
                    most = Double.isNaN(profilePoints[s]) ? 0.0 : p.timeDependent() ? Math.max(0.0, profilePoints[s]) : profilePoints[s];
                } else {
                    ActivityBased rule = slot.activity();
                    int count = 0;
                    for (int k = 0; k < n; k++) {
                        if (matched[k][s]) {
                            buffer[count++] = k;
                        }
                    }
                    matches[s] = Arrays.copyOf(buffer, count);
                    // decay weights are at most 1: a rule adds at most what all its matches (or the latest) give in full
                    most = count == 0 ? 0.0 : Math.max(0.0, rule.apply(rule.repeat() == Repeat.EACH ? count : 1));
                }
                if (slot.fit()) {
                    fitMax += most;
                } else {
                    intentMax += most;
                }
            }
            fitBound = fitMax;
            totalBound = fitMax + intentMax;
            List<Activity> found = new ArrayList<>();
            for (Activity a : activities) {
                if (requestTypes.contains(a.type())) {
                    found.add(a);
                }
            }
            requests = found.toArray(Activity[]::new);
        }

        /** False when no moment can make this lead an MQL or SQL: short of the fit gate, or of the MQL tier without a request. */
        boolean canQualify() {
            Thresholds t = card.thresholds();
            return fitBound >= t.fitGate() && (totalBound >= qualifyingScore || requests.length > 0);
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
                if (changesAt[s] != null) {
                    for (long t : changesAt[s]) {
                        if (size + 1 > out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        out[size++] = t;
                    }
                    continue;
                }
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
            for (Activity r : requests) {
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                long t = r.occurredAt().toEpochMilli();
                out[size++] = t;
                out[size++] = t + requestSpan + 1;
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

        /** The engine's verdict at {@code now}, summed as {@link ScoringEngine#score} sums it. */
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
                    if (changesAt[s] != null) {
                        ProfileRule p = (ProfileRule) slot.rule();
                        if (p.evidenceAt(lead, now).isEmpty()) {
                            continue;
                        }
                        points = p.apply(p.valueAt(lead, now));
                    }
                } else {
                    ActivityBased rule = slot.activity();
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
            Activity request = null;
            for (Activity r : requests) {
                if (Windows.inside(now - r.occurredAt().toEpochMilli(), requestWindow)) {
                    request = r;
                }
            }
            double total = fit + intent;
            Thresholds t = card.thresholds();
            Tier tier = TierPolicy.tier(t, false, fit, total);
            LifecycleStage stage = TierPolicy.stage(t, tier, false, fit, total, request != null);
            return new Reading(fit, total, tier, stage, request, falling, rising);
        }
    }
}
