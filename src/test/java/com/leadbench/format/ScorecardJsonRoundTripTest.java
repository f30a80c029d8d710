package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.rules.UrgencyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: scorecards are data. Every valid scorecard (one whose {@link Scorecard#problems()} is
 * empty) is written as a document that reads back as the same scorecard, and writing that again
 * gives the same bytes. The cards come from {@link RandomScorecards}.
 */
class ScorecardJsonRoundTripTest {

    private static final int CARDS = 400;

    @Test
    void everyValidScorecardReadsBackAsWrittenAndWritesTheSameBytes() {
        Set<String> seen = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        int valid = 0;
        for (int seed = 0; seed < CARDS; seed++) {
            Scorecard card = RandomScorecards.card(seed);
            if (!card.problems().isEmpty()) {
                continue;
            }
            valid++;
            String written = ScorecardJson.write(card);
            try {
                Scorecard again = ScorecardJson.read(written, "seed " + seed);
                if (!card.equals(again)) {
                    failures.add("seed " + seed + " reads back different: " + difference(card, again));
                } else if (!written.equals(ScorecardJson.write(again))) {
                    failures.add("seed " + seed + " writes different bytes the second time");
                }
            } catch (ScorecardFormatException e) {
                failures.add("seed " + seed + " does not read: " + e.getMessage());
            }
            seen.addAll(features(card));
        }
        assertEquals(List.of(), failures, "valid scorecards that do not round-trip");
        assertTrue(valid > CARDS / 2, valid + " of " + CARDS + " cards were valid");
        assertEquals(new TreeSet<>(Set.of("activity", "company_size", "competitor", "country", "decay HALF_LIFE", "decay LINEAR",
                "decay NONE", "deadlines", "deadlines default", "email_domain", "email_validity", "existing_customer", "fastTrack off",
                "fastTrack on", "fastTrack switched off", "field", "field CONTAINS", "field EMPTY", "field EQUALS", "field IN", "field RANGE", "field_age", "form_keywords",
                "industry", "pagePattern", "per_unit", "persona", "region", "repeat EACH", "repeat ONCE", "routing", "routing default", "urgency",
                "with cap", "with window")), seen, "every rule kind and optional block was tried");
    }

    /** The first part that differs, for a readable failure. */
    private static String difference(Scorecard expected, Scorecard actual) {
        for (int i = 0; i < Math.min(expected.rules().size(), actual.rules().size()); i++) {
            if (!expected.rules().get(i).equals(actual.rules().get(i))) {
                return "rule " + i + ": " + expected.rules().get(i) + " became " + actual.rules().get(i);
            }
        }
        for (int i = 0; i < Math.min(expected.exclusions().size(), actual.exclusions().size()); i++) {
            if (!expected.exclusions().get(i).equals(actual.exclusions().get(i))) {
                return "exclusion " + i + ": " + expected.exclusions().get(i) + " became " + actual.exclusions().get(i);
            }
        }
        return expected + " became " + actual;
    }

    /** What a card exercises, to show the generator reaches every kind and block. */
    private static Set<String> features(Scorecard card) {
        Set<String> out = new TreeSet<>();
        card.exclusions().stream().map(ExclusionRule::kind).forEach(out::add);
        for (Rule r : card.rules()) {
            out.add(r.kind());
            if (r instanceof FieldRule f) {
                out.add("field " + f.operator());
            }
            if (r instanceof SignalRule s && s.pagePattern() != null) {
                out.add("pagePattern");
            }
            if (r instanceof SignalRule || r instanceof UrgencyRule) {
                var a = (com.leadbench.scoring.rules.ActivityRule) r;
                out.add("decay " + a.decay().kind());
                out.add("repeat " + a.repeat());
                if (a.cap() != null) {
                    out.add("with cap");
                }
                if (a.windowDays() != null) {
                    out.add("with window");
                }
            }
        }
        out.add(card.fastTrack().equals(FastTrack.OFF) ? "fastTrack off" : card.fastTrack().enabled() ? "fastTrack on" : "fastTrack switched off");
        out.add(card.routing().equals(Routing.SINGLE_QUEUE) ? "routing default" : "routing");
        out.add(card.deadlines().equals(Deadlines.DEFAULT) ? "deadlines default" : "deadlines");
        return out;
    }
}
