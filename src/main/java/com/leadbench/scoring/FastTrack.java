package com.leadbench.scoring;

import com.leadbench.model.ActivityType;
import java.util.Set;

/** Requests that make a fitting lead an SQL at once (demo, consultation, trial, quote), inside a window. */
public record FastTrack(Set<ActivityType> types, Integer windowDays, boolean enabled) {

    /** No fast-track: what a scorecard without a {@code fastTrack} block has. */
    public static final FastTrack OFF = new FastTrack(Set.of(), null, false);

    public FastTrack {
        types = Set.copyOf(types);
    }

    public int effectiveWindowDays(int scorecardWindowDays) {
        return windowDays != null ? windowDays : scorecardWindowDays;
    }

    public FastTrack withEnabled(boolean on) {
        return new FastTrack(types, windowDays, on);
    }
}
