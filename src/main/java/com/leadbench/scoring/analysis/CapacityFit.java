package com.leadbench.scoring.analysis;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.LeadColumns;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * "Fit to capacity": the lowest thresholds, at or above the draft's, that keep every queue with an
 * agreed weekly capacity at or under it in at least a number of the replayed weeks. The three tiers'
 * minimums and the SQL threshold are raised together by whole points (their gaps stay as the draft
 * has them); raising them sends fewer leads, so the smallest raise is found by bisection, each step a
 * {@link CapacityReplay}. The raise found always fits.
 *
 * <p>Thresholds are never proposed lower than the draft's: as they drop, leads qualify earlier (before
 * the replayed weeks) and in lower tiers that route elsewhere, so the load on a queue does not grow
 * steadily and "the lowest that fits" runs to absurdly low thresholds. Pure.
 */
public final class CapacityFit {

    /** The fitted scorecard, the points every threshold was raised by (0: the draft fits as it is), and its replay. */
    public record Fit(Scorecard card, int shift, CapacityReplay.Result replay, int replays) {

        /** Weeks in which every queue with a capacity stayed at or under it. */
        public int weeksWithin() {
            return replay.weeks().size() - replay.overCapacityWeeks();
        }
    }

    /** The most points thresholds are raised by before giving up: beyond it, hardly any lead qualifies in any scorecard. */
    public static final int MOST_RAISED = 2_000;

    private CapacityFit() {
    }

    /**
     * The smallest raise of {@code draft}'s thresholds that keeps every queue within capacity in at least
     * {@code weeksWithin} of the {@code weeks} weeks ending at {@code to}; empty when the draft agrees no
     * capacity, or when even raised by {@link #MOST_RAISED} points it does not fit. {@code progress} hears
     * the number of each replay as it starts.
     */
    public static Optional<Fit> fit(Scorecard draft, LeadColumns leads, Map<Long, Instant> wonAt, Instant to, int weeks,
                                    int weeksWithin, IntConsumer progress) {
        if (draft.routing().weeklyCapacity().isEmpty()) {
            return Optional.empty();
        }
        if (weeksWithin < 0 || weeksWithin > weeks) {
            throw new IllegalArgumentException("the weeks within capacity must be between 0 and " + weeks + ", was " + weeksWithin);
        }
        int[] replays = {0};
        java.util.function.IntFunction<Fit> tryShift = shift -> {
            progress.accept(++replays[0]);
            Scorecard card = shifted(draft, shift);
            return new Fit(card, shift, CapacityReplay.run(card, leads, wonAt, to, weeks), replays[0]);
        };
        Fit asDrafted = tryShift.apply(0);
        if (asDrafted.weeksWithin() >= weeksWithin) {
            return Optional.of(asDrafted);
        }
        Fit best = tryShift.apply(MOST_RAISED);
        if (best.weeksWithin() < weeksWithin) {
            return Optional.empty();
        }
        int low = 0;
        int high = MOST_RAISED;
        // invariant: low does not fit, high fits
        while (high - low > 1) {
            int mid = low + (high - low) / 2;
            Fit f = tryShift.apply(mid);
            if (f.weeksWithin() >= weeksWithin) {
                high = mid;
                best = f;
            } else {
                low = mid;
            }
        }
        return Optional.of(withCount(best, replays[0]));
    }

    private static Fit withCount(Fit f, int replays) {
        return new Fit(f.card(), f.shift(), f.replay(), replays);
    }

    /** {@code card} with its three tier minimums and its SQL threshold moved by {@code shift} points. */
    static Scorecard shifted(Scorecard card, int shift) {
        return card.withThresholds(t -> t.withTierMin(Tier.A, t.a().minScore() + shift).withTierMin(Tier.B, t.b().minScore() + shift)
                .withTierMin(Tier.C, t.c().minScore() + shift).withSqlThreshold(t.sqlThreshold() + shift));
    }
}
