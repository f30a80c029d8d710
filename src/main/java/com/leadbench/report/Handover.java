package com.leadbench.report;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.Router;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A lead as sales got it: its tier, its strongest product line ({@code "(none)"} when no line
 * shows) and the rules that gave it points, each once, in the scorecard's order.
 */
public record Handover(Tier tier, String productLine, List<String> rules) {

    public Handover {
        rules = List.copyOf(rules);
    }

    /** {@code lead} scored with {@code card} at {@code at} by the reference engine. */
    public static Handover of(Scorecard card, LeadFacts lead, Instant at) {
        Breakdown b = ScoringEngine.score(card, lead, at);
        List<String> rules = List.copyOf(new LinkedHashSet<>(b.contributions().stream().filter(c -> c.points() > 0)
                .map(Contribution::label).toList()));
        String line = Router.strongestLine(card, lead, at).map(Router.LineInterest::productLine).orElse(ProcessReports.NONE);
        return new Handover(b.tier(), line, rules);
    }
}
