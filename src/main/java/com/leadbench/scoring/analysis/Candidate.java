package com.leadbench.scoring.analysis;

import com.leadbench.scoring.rules.Rule;
import java.util.Objects;

/**
 * A value of a field, a band of its numbers or dates, its being unanswered, or an activity kind that could become
 * a rule, with how the leads that have it converted.
 *
 * @param source  what was looked at: a field ({@code contact.source}, {@code account.industry},
 *                {@code account.employees}, a custom field as {@code contact.<name>} or {@code account.<name>}),
 *                {@code activity} (activity type and asset kind) or {@code asset} (one page or asset)
 * @param value   the value, as first seen in the data ("Trade show", "Download: spec_sheet", "Page view: /pricing"),
 *                or what the band or rule covers ("1,000–1,400", "is empty", "per unit", "0–30 days ago")
 * @param leads   contacts that have it (for activities: inside the window before their attribution time; for
 *                points per unit: contacts with a number above 0)
 * @param wins    of those, how many were won
 * @param winRate {@code wins / leads}
 * @param lift    {@code winRate} over the win rate of all contacts (NaN when nobody was won)
 * @param ciLow   lower end of the 95% Wilson interval for the win rate
 * @param ciHigh  upper end of it
 * @param rule    the rule that adds it to a draft, at 0 points, id {@code candidate-<slug>}
 * @param kind    what kind of candidate it is
 * @param leak    why it looks recorded after the outcome (it is then left out of "Add all" and of learning unless
 *                the user insists), or null when it does not
 */
public record Candidate(String source, String value, int leads, int wins, double winRate, double lift,
                        double ciLow, double ciHigh, Rule rule, Kind kind, String leak) {

    /** What a candidate stands for. */
    public enum Kind {
        /** One value of a field (categorical). */
        VALUE,
        /** A band of a field's numbers, bins from quantiles with neighbours that convert alike merged. */
        BAND,
        /** The field left empty or answered with a null marker ("N/A", "Select"). */
        UNANSWERED,
        /** Points per unit of a count, capped. */
        PER_UNIT,
        /** A band of how long before the moment scored a field's date lies. */
        RECENCY,
        /** An activity type, asset kind, page or asset. */
        ACTIVITY
    }

    public Candidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when it looks recorded after the outcome. */
    public boolean leaks() {
        return leak != null;
    }
}
