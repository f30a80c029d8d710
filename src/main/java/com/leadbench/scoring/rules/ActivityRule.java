package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;

/**
 * A rule over activities: each matching activity inside the window counts with its decay weight
 * (all of them, or only the latest), times the points, limited to the cap.
 */
public sealed interface ActivityRule extends Rule permits FormKeywordRule, SignalRule, UrgencyRule {

    /** Whether one activity is evidence for this rule. Must depend on the activity alone. */
    boolean matches(Activity activity);

    @Override
    Double cap();

    /** The rule's own window in days, or null to use the scorecard's. */
    Integer windowDays();

    Decay decay();

    Repeat repeat();

    ActivityRule withCap(Double cap);

    ActivityRule withWindowDays(Integer windowDays);

    ActivityRule withDecay(Decay decay);

    /** The window in force: the rule's own, else the scorecard's. */
    default int effectiveWindowDays(int scorecardWindowDays) {
        return windowDays() != null ? windowDays() : scorecardWindowDays;
    }

    /** How one matching activity reads in an explanation: "Download: PX-200 spec sheet". */
    default String describe(Activity activity) {
        String what = activity.asset() == null ? "" : ": " + activity.asset();
        return activity.type().label() + what;
    }
}
