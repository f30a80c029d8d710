package com.leadbench.scoring.rules;

import com.leadbench.model.Activity;

/**
 * A rule whose evidence is the lead's activities: each matching activity inside the window counts with
 * its decay weight (all of them, or only the latest), times the points, limited to the cap. Two kinds
 * read activities: {@link ActivityRule}s score intent, {@link FormKeywordRule} scores fit from what a
 * lead wrote in forms. The engines count both the same way, each kind in a case of its own.
 */
public sealed interface ActivityBased extends Rule permits ActivityRule, FormKeywordRule {

    /** Whether one activity is evidence for this rule. Must depend on the activity alone. */
    boolean matches(Activity activity);

    @Override
    Double cap();

    /** The rule's own window in days, or null to use its default one. */
    Integer windowDays();

    Decay decay();

    Repeat repeat();

    ActivityBased withWindowDays(Integer windowDays);

    /** The window in force: the rule's own, else its default (the scorecard's, for intent rules). */
    int effectiveWindowDays(int scorecardWindowDays);

    /** How one matching activity reads in an explanation: "Download: PX-200 spec sheet". */
    String describe(Activity activity);
}
