package com.leadbench.scoring.policy;

import com.leadbench.model.LifecycleStage;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The stages sales reports (Accepted, Rejected, Won, Lost): scoring and merging never move a lead out of them. */
public final class SalesStages {

    public static final Set<LifecycleStage> STAGES = Collections.unmodifiableSet(
            EnumSet.of(LifecycleStage.ACCEPTED, LifecycleStage.REJECTED, LifecycleStage.WON, LifecycleStage.LOST));

    private SalesStages() {
    }

    /** Whether {@code stage} is one sales reported; false for null (no stage yet). */
    public static boolean reported(LifecycleStage stage) {
        return stage != null && STAGES.contains(stage);
    }
}
