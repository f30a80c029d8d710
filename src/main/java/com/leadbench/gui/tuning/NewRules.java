package com.leadbench.gui.tuning;

import com.leadbench.model.ActivityType;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.SignalRule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules the studio adds to a draft (at 0 points until priced), each with an id the draft does not hold yet. */
final class NewRules {

    private NewRules() {
    }

    /**
     * A rule "FIELD equals VALUE" from the text {@code FIELD = VALUE} (custom fields from imports
     * included); empty when the text has no field or no value.
     */
    static Optional<FieldRule> field(Scorecard draft, String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            return Optional.empty();
        }
        String field = text.substring(0, eq).strip();
        String value = text.substring(eq + 1).strip();
        return Optional.of(new FieldRule(uniqueId(draft, "field-" + slug(field + "-" + value)), field + " = " + value, field,
                FieldRule.Operator.EQUALS, List.of(value), null, null, 0, true));
    }

    /** A rule on every activity of {@code type}. */
    static SignalRule signal(Scorecard draft, ActivityType type) {
        return new SignalRule(uniqueId(draft, "signal-" + slug(type.name())), type.label(), Set.of(type), Set.of(), null,
                Set.of(), 0, null, null, Decay.NONE, Repeat.EACH, true);
    }

    private static String uniqueId(Scorecard draft, String base) {
        String id = base;
        for (int n = 2; draft.rule(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
