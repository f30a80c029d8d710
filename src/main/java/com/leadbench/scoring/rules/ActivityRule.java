package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;

/**
 * An intent rule over activities: each matching activity inside the window counts with its decay
 * weight (all of them, or only the latest), times the points, limited to the cap. Its cap, window
 * and decay can be tuned.
 */
public sealed interface ActivityRule extends ActivityBased permits SignalRule, UrgencyRule {

    ActivityRule withCap(Double cap);

    ActivityRule withWindowDays(Integer windowDays);

    ActivityRule withDecay(Decay decay);

    /** The window in force: the rule's own, else the scorecard's. */
    @Override
    default int effectiveWindowDays(int scorecardWindowDays) {
        return windowDays() != null ? windowDays() : scorecardWindowDays;
    }

    /** How one matching activity reads in an explanation: "Download: PX-200 spec sheet". */
    @Override
    default String describe(Activity activity) {
        String what = activity.asset() == null ? "" : ": " + activity.asset();
        return activity.type().label() + what;
    }
}
