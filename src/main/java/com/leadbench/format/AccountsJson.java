package com.leadbench.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.Tier;
import com.leadbench.scoring.AccountScoring;
import java.util.Set;

/** How a scorecard scores accounts, read and written: the {@code accounts} block (format in {@code docs/scorecard.md}). */
final class AccountsJson {

    private AccountsJson() {
    }

    static AccountScoring accounts(JsonObject doc) {
        JsonObject a = doc.object("accounts");
        AccountScoring d = AccountScoring.DEFAULT;
        if (a == null) {
            return d;
        }
        double cap = a.number("contactCap", d.contactCap());
        double engaged = a.number("engagedMinimum", d.engagedMinimum());
        double perRole = a.number("pointsPerRole", d.pointsPerRole());
        var roles = a.strings("roles", false);
        double tierA = d.tierA();
        double tierB = d.tierB();
        double tierC = d.tierC();
        JsonObject tiers = a.object("tiers");
        if (tiers != null) {
            tierA = tiers.number("A", tierA);
            tierB = tiers.number("B", tierB);
            tierC = tiers.number("C", tierC);
            tiers.rejectUnknown();
        }
        String mqa = a.text("mqaTier", d.mqaTier().name());
        Tier mqaTier = d.mqaTier();
        if (Set.of("A", "B", "C").contains(mqa)) {
            mqaTier = Tier.valueOf(mqa);
        } else {
            a.problem("mqaTier", "must be \"A\", \"B\" or \"C\"");
        }
        a.rejectUnknown();
        return new AccountScoring(cap, engaged, perRole, roles, tierA, tierB, tierC, mqaTier);
    }

    static void write(ObjectNode o, AccountScoring a) {
        o.put("contactCap", a.contactCap());
        o.put("engagedMinimum", a.engagedMinimum());
        o.put("pointsPerRole", a.pointsPerRole());
        if (!a.roles().isEmpty()) {
            RuleJson.strings(o, "roles", a.roles());
        }
        ObjectNode tiers = o.putObject("tiers");
        tiers.put("A", a.tierA());
        tiers.put("B", a.tierB());
        tiers.put("C", a.tierC());
        o.put("mqaTier", a.mqaTier().name());
    }
}
