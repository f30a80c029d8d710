package com.leadbench.scoring.policy;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;

/**
 * "Sales owns this lead": once a lead is handed off, or sales reported a stage for it (Accepted,
 * Rejected, Won, Lost), what happens to it is sales' business, and scoring no longer moves it. One
 * exception keeps sales informed: an MQL handed off that has become an SQL since escalates (it is
 * handed off again as an SQL).
 */
public final class SalesOwnership {

    private SalesOwnership() {
    }

    /** Whether sales owns a lead whose latest transition is {@code last} (null for none: it does not). */
    public static boolean owns(StageTransition last) {
        return last != null && owns(last.to());
    }

    /** Whether sales owns a lead at {@code stage}: handed off, or a stage sales reported. */
    public static boolean owns(LifecycleStage stage) {
        return stage == LifecycleStage.HANDED_OFF || SalesStages.reported(stage);
    }

    /**
     * Whether scoring's move to {@code after} escalates a lead sales owns: only a lead handed off
     * as an MQL that now scores as an SQL.
     */
    public static boolean escalates(StageTransition last, LifecycleStage after) {
        return last != null && last.to() == LifecycleStage.HANDED_OFF && last.from() == LifecycleStage.MQL
                && after == LifecycleStage.SQL;
    }

    /** Whether scoring may move a lead whose latest transition is {@code last} to {@code after}. */
    public static boolean scoringMayMove(StageTransition last, LifecycleStage after) {
        return !owns(last) || escalates(last, after);
    }
}
