package com.leadbench.model;

import java.util.List;

/** The ids of the rows a merge moved from the merged contact to the kept one, per table. */
public record MovedRows(List<Long> activities, List<Long> followUps, List<Long> transitions, List<Long> reviewNotes,
                        List<Long> decisions) {

    /** Rows of a merge recorded before the decision log existed. */
    public MovedRows(List<Long> activities, List<Long> followUps, List<Long> transitions, List<Long> reviewNotes) {
        this(activities, followUps, transitions, reviewNotes, List.of());
    }

    public MovedRows {
        decisions = List.copyOf(decisions);
        activities = List.copyOf(activities);
        followUps = List.copyOf(followUps);
        transitions = List.copyOf(transitions);
        reviewNotes = List.copyOf(reviewNotes);
    }

    public int total() {
        return activities.size() + followUps.size() + transitions.size() + reviewNotes.size() + decisions.size();
    }
}
