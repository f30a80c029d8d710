package com.leadbench.scoring.policy;

import com.leadbench.model.DecisionKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;

/**
 * When a stage change is recorded. Scoring (a publish, a rescoring) and the manager's tier
 * override both move leads between stages; this says which moves are written down and which
 * decisions can make one.
 */
public final class StageChanges {

    private StageChanges() {
    }

    /**
     * Whether a move to {@code after} is recorded for a lead whose latest transition is
     * {@code last} (null for none): not when nothing changes, and not for a lead sales owns unless
     * it escalated ({@link SalesOwnership}).
     */
    public static boolean records(StageTransition last, LifecycleStage after) {
        LifecycleStage before = last == null ? LifecycleStage.CONTACT : last.to();
        return after != before && SalesOwnership.scoringMayMove(last, after);
    }

    /**
     * Whether the manager's decision of {@code kind} can move the lead's stage, so that the stage
     * after it must be checked and, when {@link #records} says so, recorded: only setting or
     * removing a tier override changes the tier the stage follows from. While nothing is published
     * (version 0) nothing is recorded: publishing applies the override later.
     */
    public static boolean followsDecision(DecisionKind kind, int publishedVersion) {
        if (publishedVersion == 0) {
            return false;
        }
        return switch (kind) {
            case TIER_OVERRIDE, OVERRIDE_REMOVED -> true;
            case REVIEWED, REVIEW_WITHDRAWN, NOTE_EDITED, NOTE_RESET -> false;
        };
    }
}
