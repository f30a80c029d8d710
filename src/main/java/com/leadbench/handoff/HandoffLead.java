package com.leadbench.handoff;

import com.leadbench.model.Activity;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import com.leadbench.scoring.routing.Route;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One lead in a handoff packet, as sales receives it. {@code scoredTier} is the scorecard's tier
 * (differs from {@code tier} when the manager overrode it, with {@code overrideReason});
 * {@code note} is the text sent (the manager's edit when {@code noteEdited}); {@code timeline}
 * is newest first; {@code packetId} and {@code handedOffAt} name the packet that handed it off;
 * {@code account} is the account around the lead, as the note's "Account" section words it (its tier,
 * the other engaged contacts and their roles, the roles missing), empty without a company.
 */
public record HandoffLead(
        long contactId, String externalId, String firstName, String lastName, String email, String phone,
        String jobTitle, String persona, String company, String domain, String industry, Integer employees,
        Double annualRevenue, String country, String region, String source, String campaign,
        LifecycleStage stage, Tier tier, Tier scoredTier, String overrideReason,
        double fit, double intent, double total, String scorecard,
        Route route, Deadline deadline, boolean overdue, boolean urgent, String productLine,
        String nextStep, String note, boolean noteEdited,
        List<Contribution> contributions, List<Activity> timeline,
        String packetId, Instant handedOffAt, List<String> account) {

    /** A lead with no account context (no company on record, or none asked for). */
    public HandoffLead(long contactId, String externalId, String firstName, String lastName, String email, String phone,
                       String jobTitle, String persona, String company, String domain, String industry, Integer employees,
                       Double annualRevenue, String country, String region, String source, String campaign,
                       LifecycleStage stage, Tier tier, Tier scoredTier, String overrideReason,
                       double fit, double intent, double total, String scorecard,
                       Route route, Deadline deadline, boolean overdue, boolean urgent, String productLine,
                       String nextStep, String note, boolean noteEdited,
                       List<Contribution> contributions, List<Activity> timeline,
                       String packetId, Instant handedOffAt) {
        this(contactId, externalId, firstName, lastName, email, phone, jobTitle, persona, company, domain, industry, employees,
                annualRevenue, country, region, source, campaign, stage, tier, scoredTier, overrideReason, fit, intent, total, scorecard,
                route, deadline, overdue, urgent, productLine, nextStep, note, noteEdited, contributions, timeline, packetId, handedOffAt,
                List.of());
    }

    public HandoffLead {
        account = List.copyOf(account);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(scoredTier, "scoredTier");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(note, "note");
        contributions = List.copyOf(contributions);
        timeline = List.copyOf(timeline);
    }

    /**
     * How many of the newest activities a packet carries (docs/handoff.md, "What a packet leaves
     * out"): the score's evidence is in the contributions; the timeline is for the salesperson's
     * first call, and the whole history stays in Leadbench.
     */
    public static final int TIMELINE_SHOWN = 25;

    /** The newest {@link #TIMELINE_SHOWN} activities, newest first: what the packet's files carry. */
    public List<Activity> recentTimeline() {
        return timeline.subList(0, Math.min(TIMELINE_SHOWN, timeline.size()));
    }

    /** How many older activities the packet leaves out. */
    public int olderActivities() {
        return Math.max(0, timeline.size() - TIMELINE_SHOWN);
    }

    /** True when the manager set the tier by hand: a reason was given or the tier differs from the scored one. */
    public boolean overridden() {
        return overrideReason != null || tier != scoredTier;
    }

    /** "First Last", else the email, else the external id, else "(unnamed #id)". */
    public String displayName() {
        return com.leadbench.model.Contact.displayName(contactId, externalId, email, firstName, lastName);
    }
}
