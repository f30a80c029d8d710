package com.leadbench.scoring.policy;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.model.StageTransition;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A qualification's response deadline and whether sales met it: the one rule Hot leads, the
 * handoff packets, the Dashboard and the {@code report} command all use.
 *
 * <p><b>Which scorecard.</b> The deadline is the one the scorecard version that qualified the lead
 * (the version recorded on the qualifying transition) gives it, with the tier that version scored
 * it at the moment it qualified. A later publish does not move it: the deadline is what sales was
 * promised when the lead was handed to them, and a transition must say why, months later
 * (docs/scorecard.md, "How tier and stage follow from the score"). A transition without a version, or whose version is unknown, is
 * judged by the scorecard in force.
 *
 * <p><b>The override counts.</b> A tier the manager set by hand is the manager's judgement of the
 * lead, so the deadline follows the overridden tier, on every screen. The override in force counts
 * for the qualification it was set during and for any later one; a qualification that had ended
 * before it was set keeps its scored tier (the report decides which of a lead's qualifications that
 * is, Hot leads only ever show the current one).
 *
 * <p><b>Contacted.</b> A lead is contacted when sales reported any follow-up at or after the moment
 * it qualified (and, for a qualification that has ended, before it ended). It is <i>overdue</i>
 * when the deadline has passed and it is not contacted; it was contacted <i>within the deadline</i>
 * when the first such follow-up came before the deadline ended.
 */
public final class Qualifications {

    private Qualifications() {
    }

    /** The scorecard that judges a qualification made under {@code version}: that version's, else {@code inForce}. */
    public static Scorecard card(Integer version, Map<Integer, Scorecard> versions, Scorecard inForce) {
        return version == null ? inForce : versions.getOrDefault(version, inForce);
    }

    /**
     * The deadline of a lead that qualified at {@code qualifiedAt} at {@code stage}, scored
     * {@code scoredTier} then, under a scorecard with {@code deadlines}; the override (if any) sets the tier.
     */
    public static Deadline deadline(Deadlines deadlines, Instant qualifiedAt, LifecycleStage stage, Tier scoredTier,
                                    Optional<TierOverride> override) {
        return deadlines.deadline(qualifiedAt, TierOverrides.tier(scoredTier, override), stage);
    }

    /**
     * The deadline of {@code qualification} judged by the version that recorded it (see {@link #card}),
     * with the tier that version gave the lead then: the tier kept on the transition when it has one
     * and its version is known, else the lead scored again as of that moment. Both give the same
     * tier (the transition kept what the scoring said); keeping it spares a reference scoring of
     * every qualified lead on every screen that shows deadlines.
     */
    public static Deadline deadline(Map<Integer, Scorecard> versions, Scorecard inForce, LeadFacts lead, StageTransition qualification,
                                    Optional<TierOverride> override) {
        Integer version = qualification.scorecardVersion();
        boolean known = version != null && versions.containsKey(version);
        if (known && qualification.scoredTier() != null) {
            return deadline(versions.get(version).deadlines(), qualification.at(), qualification.to(), qualification.scoredTier(), override);
        }
        return deadline(card(version, versions, inForce), lead, qualification, override);
    }

    /**
     * The deadline of {@code qualification} (a transition to MQL or SQL) for {@code lead}, judged by
     * {@code qualifyingCard} (see {@link #card}) as of the moment it qualified.
     */
    public static Deadline deadline(Scorecard qualifyingCard, LeadFacts lead, StageTransition qualification,
                                    Optional<TierOverride> override) {
        Instant at = qualification.at();
        Tier scored = ScoringEngine.score(qualifyingCard, lead, at).tier();
        return deadline(qualifyingCard.deadlines(), at, qualification.to(), scored, override);
    }

    /**
     * "Contacted since it qualified": the first sales follow-up (of any kind) at or after
     * {@code qualifiedAt} and before {@code endedAt} (null while the qualification lasts).
     * {@code followUps} are oldest first.
     */
    public static Optional<Instant> firstContact(List<SalesFollowUp> followUps, Instant qualifiedAt, Instant endedAt) {
        for (SalesFollowUp f : followUps) {
            if (!f.at().isBefore(qualifiedAt) && (endedAt == null || f.at().isBefore(endedAt))) {
                return Optional.of(f.at());
            }
        }
        return Optional.empty();
    }

    /** Whether the override in force (set at {@code o.at()}) counts for a qualification that ended at {@code endedAt} (null: lasts). */
    public static Optional<TierOverride> overrideFor(Optional<TierOverride> override, Instant endedAt) {
        return override.filter(o -> endedAt == null || o.at().isBefore(endedAt));
    }

    /** A qualification's deadline and its first contact: whether sales responded, and in time. */
    public record Response(Deadline deadline, Optional<Instant> firstContact) {

        public Response {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(firstContact, "firstContact");
        }

        public boolean contacted() {
            return firstContact.isPresent();
        }

        /** The deadline has passed and sales has not made contact. */
        public boolean overdue(Instant now) {
            return !contacted() && deadline.passed(now);
        }

        /** Whether it counts in the share contacted within the deadline: contacted, or its deadline has passed. */
        public boolean due(Instant now) {
            return contacted() || deadline.passed(now);
        }

        /** Contacted before the deadline ended. */
        public boolean contactedInTime() {
            return firstContact.filter(t -> t.isBefore(deadline.endsAt())).isPresent();
        }
    }
}
