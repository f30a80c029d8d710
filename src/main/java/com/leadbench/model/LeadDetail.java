package com.leadbench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the detail pane shows about one lead. Activities are newest first. */
public record LeadDetail(
        Contact contact,
        Optional<Account> account,
        List<Activity> activities,
        List<SalesFollowUp> followUps,
        List<StageTransition> transitions) {

    public LeadDetail {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(account, "account");
        activities = List.copyOf(activities);
        followUps = List.copyOf(followUps);
        transitions = List.copyOf(transitions);
    }
}
