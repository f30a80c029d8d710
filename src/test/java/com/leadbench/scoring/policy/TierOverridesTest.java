package com.leadbench.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierOverridesTest {

    /** MQL from tier B, SQL from 80 points. */
    private static final Thresholds T = new Thresholds(10, new TierSpec("Tier A", 60, "call"), new TierSpec("Tier B", 40, "assist"),
            new TierSpec("Tier C", 20, "nurture"), Tier.B, 80);

    private static Optional<TierOverride> to(Tier tier) {
        return Optional.of(new TierOverride(tier, "known account", "manager", Instant.EPOCH));
    }

    @Test
    void withoutAnOverrideTheScoreStands() {
        assertEquals(Tier.C, TierOverrides.tier(Tier.C, Optional.empty()));
        assertEquals(LifecycleStage.LEAD, TierOverrides.stage(T, Tier.C, LifecycleStage.LEAD, 25, Optional.empty()));
    }

    @ParameterizedTest(name = "scored {0} {1} ({2} points), set to {3}: {4} {5}")
    @CsvSource({
            "C,            LEAD,    25, A,             A,             MQL",
            "A,            MQL,     65, C,             C,             LEAD",
            "NOT_QUALIFIED, LEAD,    5, B,             B,             MQL",
            "A,            SQL,     85, B,             B,             SQL",
            "C,            SQL,     25, A,             A,             SQL",
            "B,            SQL,     45, NOT_QUALIFIED, NOT_QUALIFIED, LEAD",
            "EXCLUDED,     CONTACT, 70, A,             EXCLUDED,      CONTACT",
    })
    void theOverrideSetsTheTierAndTheStageFollows(Tier scored, LifecycleStage stage, double total, Tier set, Tier tier,
                                                 LifecycleStage after) {
        assertEquals(tier, TierOverrides.tier(scored, to(set)));
        assertEquals(scored != Tier.EXCLUDED, TierOverrides.counts(scored, to(set)));
        assertEquals(after, TierOverrides.stage(T, scored, stage, total, to(set)));
    }
}
