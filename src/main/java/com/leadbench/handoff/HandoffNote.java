package com.leadbench.handoff;

import com.leadbench.scoring.Contribution;
import java.util.List;
import java.util.Objects;

/**
 * What sales needs to act on one qualified lead, generated from its breakdown and data: who, why
 * (the top contributions), the account around them (its tier, the other engaged contacts and the
 * buying-group roles missing), what they viewed and downloaded, what their forms asked for, the next
 * step matched to the reason, and the deadline. {@code text} is what the manager reads and may
 * edit; the parts stay as generated.
 */
public record HandoffNote(String headline, List<String> who, List<String> account, List<Contribution> why, List<String> viewed,
                          List<String> documentation, List<String> compliance, List<String> application,
                          String nextStep, String deadline, String text) {

    public HandoffNote {
        Objects.requireNonNull(headline, "headline");
        who = List.copyOf(who);
        account = List.copyOf(account);
        why = List.copyOf(why);
        viewed = List.copyOf(viewed);
        documentation = List.copyOf(documentation);
        compliance = List.copyOf(compliance);
        application = List.copyOf(application);
        Objects.requireNonNull(nextStep, "nextStep");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(text, "text");
    }
}
