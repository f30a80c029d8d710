package com.leadbench.store;

import com.leadbench.model.Contact;
import com.leadbench.model.LeadDetail;
import java.util.Optional;

/** Assembles what the detail pane shows about one lead from the repositories. */
public final class LeadDetails {

    private final LeadRepository leads;
    private final ActivityRepository activities;
    private final FollowUpRepository followUps;
    private final StageTransitionRepository stages;

    public LeadDetails(LeadRepository leads, ActivityRepository activities, FollowUpRepository followUps, StageTransitionRepository stages) {
        this.leads = leads;
        this.activities = activities;
        this.followUps = followUps;
        this.stages = stages;
    }

    public Optional<LeadDetail> load(long contactId) {
        Optional<Contact> contact = leads.contact(contactId);
        return contact.map(c -> new LeadDetail(c,
                c.accountId() == null ? Optional.empty() : leads.account(c.accountId()),
                activities.forContact(contactId),
                followUps.forContact(contactId),
                stages.forContact(contactId)));
    }
}
