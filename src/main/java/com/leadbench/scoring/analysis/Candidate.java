package com.leadbench.scoring.analysis;

import com.leadbench.scoring.Rule;
import java.util.Objects;

/**
 * A value of a field or an activity kind that could become a rule, with how the leads that have it converted.
 *
 * @param source  what was looked at: a field ({@code contact.source}, {@code account.industry},
 *                {@code account.employees}, a custom field as {@code contact.<name>} or {@code account.<name>}),
 *                {@code activity} (activity type and asset kind) or {@code asset} (one page or asset)
 * @param value   the value, as first seen in the data ("Trade show", "Download: spec_sheet", "Page view: /pricing")
 * @param leads   contacts that have it (for activities: inside the window before their attribution time)
 * @param wins    of those, how many were won
 * @param winRate {@code wins / leads}
 * @param lift    {@code winRate} over the win rate of all contacts (NaN when nobody was won)
 * @param ciLow   lower end of the 95% Wilson interval for the win rate
 * @param ciHigh  upper end of it
 * @param rule    the rule that adds it to a draft, at 0 points, id {@code candidate-<slug>}
 */
public record Candidate(String source, String value, int leads, int wins, double winRate, double lift,
                        double ciLow, double ciHigh, Rule rule) {

    public Candidate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
