package com.leadbench.handoff;

import com.leadbench.model.Tier;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.account.EngagedContact;
import com.leadbench.scoring.rules.Points;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The account around one handed-off lead, as sales needs it for a buying group: the account's tier and
 * score, whether and since when it is a marketing-qualified account, the other engaged contacts with
 * their roles, and the roles nobody has engaged in yet. {@code mqaSince} is null when no MQA is recorded.
 */
public record AccountContext(String account, Tier tier, double score, boolean mqa, Instant mqaSince, int contacts,
                             List<Colleague> others, List<String> missingRoles) {

    /** Another engaged contact at the account: who, their title, the roles it fills, and their intent. */
    public record Colleague(long contactId, String name, String jobTitle, List<String> roles, double intent) {
        public Colleague {
            roles = List.copyOf(roles);
        }

        /** "Bo Smith — Procurement lead (Strategic Buyer), intent 20". */
        public String line() {
            return name + (jobTitle == null || jobTitle.isBlank() ? "" : " — " + jobTitle)
                    + (roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")") + ", intent " + Points.format(intent);
        }
    }

    public AccountContext {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tier, "tier");
        others = List.copyOf(others);
        missingRoles = List.copyOf(missingRoles);
    }

    /** The context of contact {@code contactId} within its account's score. */
    public static AccountContext of(AccountScore score, long contactId, Instant mqaSince) {
        List<Colleague> others = new ArrayList<>();
        for (EngagedContact e : score.engaged()) {
            if (e.contactId() != contactId) {
                others.add(new Colleague(e.contactId(), e.name(), e.jobTitle(), e.roles(), e.intent()));
            }
        }
        return new AccountContext(score.displayName(), score.tier(), score.score(), score.mqa(), mqaSince, score.contactCount(), others,
                score.missingRoles());
    }

    /** The note's "Account" section. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(account + ": account " + tier.label() + ", " + Points.format(score) + " points"
                + (mqa ? ", a marketing-qualified account" + (mqaSince == null ? "" : " since " + NoteWriter.DATE.format(mqaSince)) : "")
                + " · " + contacts + (contacts == 1 ? " contact" : " contacts") + " on record");
        if (others.isEmpty()) {
            lines.add("No other contact at " + account + " is engaged");
        } else {
            lines.add("Also engaged: " + String.join("; ", others.stream().map(Colleague::line).toList()));
        }
        if (!missingRoles.isEmpty()) {
            lines.add("No " + String.join(", ", missingRoles) + " engaged yet");
        }
        return lines;
    }
}
