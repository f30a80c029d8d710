package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operator of a field rule survives write then read, not only those the random scorecards happen to draw. */
class FieldRuleJsonTest {

    private static FieldRule rule(FieldRule.Operator op) {
        return switch (op) {
            case EQUALS -> new FieldRule("f-eq", "Plan is gold", "plan", op, List.of("gold"), null, null, 4, true);
            case IN -> new FieldRule("f-in", "Plan", "plan", op, List.of("gold", "silver"), null, null, 3, true);
            case CONTAINS -> new FieldRule("f-contains", "Mentions pumps", "notes", op, List.of("pump", "valve"), null, null, 2.5, false);
            case RANGE -> new FieldRule("f-range", "Budget", "budget", op, List.of(), 1000.0, 50000.0, -3, true);
            case EMPTY -> new FieldRule("f-empty", "No phone", "phone", op, List.of(), null, null, -1, true);
        };
    }

    private static Scorecard with(Rule rule) {
        Scorecard card = ScorecardJson.defaultPreset();
        List<Rule> rules = new ArrayList<>(card.rules());
        rules.add(rule);
        return card.withRules(rules);
    }

    @ParameterizedTest
    @EnumSource(FieldRule.Operator.class)
    void fieldRuleReadsBackEqual(FieldRule.Operator op) throws Exception {
        Scorecard card = with(rule(op));
        Scorecard back = ScorecardJson.read(ScorecardJson.write(card), "test");
        assertEquals(rule(op), back.rule(rule(op).id()).orElseThrow());
        assertEquals(card, back);
    }

    @Test
    void aRangeWithOneBoundReadsBackWithTheOtherOpen() throws Exception {
        FieldRule atLeast = new FieldRule("f-min", "Budget", "budget", FieldRule.Operator.RANGE, List.of(), 500.0, null, 2, true);
        assertEquals(atLeast, ScorecardJson.read(ScorecardJson.write(with(atLeast)), "test").rule("f-min").orElseThrow());
    }
}
