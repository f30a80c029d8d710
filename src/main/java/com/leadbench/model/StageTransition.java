package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded move between lifecycle stages: when, why, under which scorecard version, and for a
 * handoff the packet that carried the lead to sales. A move made by scoring keeps the tier the
 * scorecard gave the lead then ({@code scoredTier}, before any override), which a qualification's
 * deadline follows; null when unknown.
 */
public record StageTransition(
        long id,
        long contactId,
        LifecycleStage from,
        LifecycleStage to,
        Instant at,
        String cause,
        Integer scorecardVersion,
        String packetId,
        Tier scoredTier) {

    /** A transition made by scoring or by hand, not by a handoff packet, without the tier it was scored at. */
    public StageTransition(long id, long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause,
                           Integer scorecardVersion) {
        this(id, contactId, from, to, at, cause, scorecardVersion, null, null);
    }

    /** A transition without the tier it was scored at (by hand, by a handoff, or recorded before it was kept). */
    public StageTransition(long id, long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause,
                           Integer scorecardVersion, String packetId) {
        this(id, contactId, from, to, at, cause, scorecardVersion, packetId, null);
    }

    /** A transition made by scoring {@code scorecardVersion}, which gave the lead {@code scoredTier} at that moment. */
    public static StageTransition scored(long contactId, LifecycleStage from, LifecycleStage to, Instant at, String cause,
                                         Integer scorecardVersion, Tier scoredTier) {
        return new StageTransition(0, contactId, from, to, at, cause, scorecardVersion, null, scoredTier);
    }

    public StageTransition {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
    }
}
