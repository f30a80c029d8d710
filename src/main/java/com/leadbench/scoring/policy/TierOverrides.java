package com.leadbench.scoring.policy;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierPolicy;
import java.util.Optional;

/**
 * The manager's tier override applied to a score. The override replaces the scored tier, and the
 * stage follows from it ({@link TierPolicy#overriddenStage}); an excluded contact is left as the
 * exclusion rule put it (a lead is excluded by a rule, never by hand, and an override does not let
 * it back in). Every screen and command that shows or records a tier goes through here.
 */
public final class TierOverrides {

    private TierOverrides() {
    }

    /** Whether the override sets the tier of a lead scored {@code scored}: there is one and the contact is not excluded. */
    public static boolean counts(Tier scored, Optional<TierOverride> override) {
        return override.isPresent() && scored != Tier.EXCLUDED;
    }

    /** The tier in force: the override's, unless there is none or the contact is excluded. */
    public static Tier tier(Tier scored, Optional<TierOverride> override) {
        return counts(scored, override) ? override.get().tier() : scored;
    }

    /**
     * The stage in force, for a lead the scorecard put at {@code scoredStage} in {@code scoredTier}
     * with {@code total} points. A scored SQL (fast-tracked or at the SQL threshold) stays an SQL when
     * the override keeps it at or above the MQL tier.
     */
    public static LifecycleStage stage(Thresholds t, Tier scoredTier, LifecycleStage scoredStage, double total,
                                       Optional<TierOverride> override) {
        if (override.isEmpty()) {
            return scoredStage;
        }
        return TierPolicy.overriddenStage(t, override.get().tier(), scoredTier == Tier.EXCLUDED,
                scoredStage == LifecycleStage.SQL, total);
    }

    /** The whole breakdown with the override in force (tier, stage and the reason that quotes the manager). */
    public static Breakdown apply(Breakdown scored, Optional<TierOverride> override, Thresholds t) {
        return override.map(o -> scored.withOverride(o, t)).orElse(scored);
    }
}
