package com.leadbench.store;

import com.leadbench.format.ScorecardJson;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlRescoringTest {

    private static final long AS_OF = 1_700_000_000_000L;

    @Test
    void thePresetBecomesOneQueryWithEveryExclusionInIt() {
        Scorecard preset = ScorecardJson.defaultPreset();
        String sql = SqlRescoring.sql(preset, AS_OF);
        assertTrue(sql.startsWith("SELECT id, tier, "), sql);
        assertTrue(preset.exclusions().stream().anyMatch(e -> e.enabled()), "the preset has exclusions to translate");
    }

    @Test
    void aKindWithNoSqlIsRefusedByName() {
        Scorecard preset = ScorecardJson.defaultPreset();
        assertRefused(preset, new PerUnitRule("per-employee", "Per employee", "account.employees", 0.1, 20.0, true), "per_unit");
        assertRefused(preset, new FieldAgeRule("fresh", "Fresh", "contact.created_at", null, 30, 5, true), "field_age");
        // a field rule the SQL cannot match is refused instead of being read as "in these values"
        assertRefused(preset, new FieldRule("occupation", "Occupation unanswered", "occupation", FieldRule.Operator.EMPTY, List.of(),
                null, null, -5, true), "field op empty");
        assertRefused(preset, new FieldRule("time", "Time on site", "seconds", FieldRule.Operator.RANGE, List.of(), 100.0, null, 5, true),
                "field op range");
    }

    private static void assertRefused(Scorecard card, Rule rule, String kind) {
        List<Rule> rules = new ArrayList<>(card.rules());
        rules.add(rule);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlRescoring.sql(card.withRules(rules), AS_OF));
        assertEquals("no SQL for " + kind, e.getMessage());
    }
}
