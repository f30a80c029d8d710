package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11: a scorecard is data, and no data breaks the reader. Valid documents are damaged
 * (fields dropped, types changed, huge, negative and deeply nested values put in, text cut) and
 * every result either reads, as a valid scorecard that round-trips, or is refused with a
 * {@link ScorecardFormatException} whose problems all name a JSON path.
 */
class ScorecardJsonFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a value written as raw text, which no tree can hold (invalid or deeply nested JSON). */
    private static final String RAW = "@@raw-7f3a@@";

    private static final List<String> RAW_VALUES = List.of("[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "NaN", "Infinity", "-Infinity", "1" + "0".repeat(2_000), "0." + "0".repeat(2_000) + "1", "1e999999999", "01", "'x'", "tru");

    @Test
    void damagedDocumentsReadOrSayWhereTheyAreWrong() throws Exception {
        List<String> bases = new ArrayList<>();
        bases.add(ScorecardJson.write(ScorecardJson.defaultPreset()));
        for (int seed = 0; bases.size() < 25; seed++) {
            Scorecard card = RandomScorecards.card(seed);
            if (card.problems().isEmpty()) {
                bases.add(ScorecardJson.write(card));
            }
        }
        int read = 0;
        int refused = 0;
        for (int seed = 0; seed < 1_500; seed++) {
            Random random = new Random(seed);
            String base = bases.get(random.nextInt(bases.size()));
            String damaged = damage(random, base);
            if (readsOrSaysWhere("seed " + seed, damaged)) {
                read++;
            } else {
                refused++;
            }
        }
        assertTrue(read > 50 && refused > 500, read + " read, " + refused + " refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null", "[]", "42", "\"card\"", "{", "{}", "{\"name\": \"x\"}{\"name\": \"y\"}", "\uFEFF{}",
            "{\"name\": \"\\uD800\"}"})
    void documentsThatAreNoScorecardAreRefused(String json) {
        assertFalse(readsOrSaysWhere(json, json));
    }

    @ParameterizedTest
    @ValueSource(strings = {" trailing", " {}", ",", "]"})
    void textAfterTheDocumentIsRefusedAtTheRoot(String after) {
        String json = ScorecardJson.write(ScorecardJson.defaultPreset()) + after;
        ScorecardFormatException e = assertThrows(json);
        assertEquals("$", e.problems().getFirst().path(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void hugeDeeplyNestedAndOddValuesAreRefusedWithTheirPaths() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(ScorecardJson.write(ScorecardJson.defaultPreset()));
        doc.put("windowDays", -30);
        ((ObjectNode) doc.get("fit").get(0)).put("points", new BigDecimal("1e400"));
        ((ObjectNode) doc.get("intent").get(0)).put("windowDays", new BigInteger("99999999999999999999"));
        ((ObjectNode) doc.get("intent").get(1)).put("cap", -1e308);
        ((ObjectNode) doc.get("intent").get(2)).putArray("pagePattern").add("^/pricing");
        ((ObjectNode) doc.get("deadlines")).put("zone", "\u0000");
        ScorecardFormatException e = assertThrows(doc.toString());
        assertEquals(List.of("$.fit[0].points", "$.intent[0].windowDays", "$.intent[2].pagePattern", "$.deadlines.zone"),
                e.problems().stream().map(ScorecardProblem::path).toList(), e.getMessage());
        doc.remove("fit");
        ((ObjectNode) doc.get("deadlines")).put("zone", "UTC");
        doc.set("exclusions", NODES.arrayNode());
        doc.putArray("intent");
        e = assertThrows(doc.toString());
        assertEquals(List.of("$.windowDays"), e.problems().stream().map(ScorecardProblem::path).toList(), e.getMessage());
    }

    private static ScorecardFormatException assertThrows(String json) {
        return org.junit.jupiter.api.Assertions.assertThrows(ScorecardFormatException.class, () -> ScorecardJson.read(json, "odd.json"));
    }

    /** Reads {@code json}: true when it is a scorecard (which must then round-trip), false when refused with paths. */
    private static boolean readsOrSaysWhere(String what, String json) {
        try {
            Scorecard card = ScorecardJson.read(json, "damaged.json");
            assertEquals(List.of(), card.problems(), what);
            assertEquals(card, ScorecardJson.read(ScorecardJson.write(card), "again.json"), what + ": what was read is written back");
            return true;
        } catch (ScorecardFormatException e) {
            assertFalse(e.problems().isEmpty(), what);
            for (ScorecardProblem p : e.problems()) {
                assertTrue(p.path().equals("$") || p.path().startsWith("$."), what + ": " + p);
                assertFalse(p.message().isBlank(), what + ": " + p);
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail(what + " threw " + e + " for " + (json.length() > 2_000 ? json.substring(0, 2_000) + "..." : json), e);
            return false;
        }
    }

    // ------------------------------------------------------------------ damage

    private static String damage(Random random, String base) {
        if (random.nextInt(10) == 0) {
            return cut(random, base);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(base);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<String> raw = new ArrayList<>();
        int changes = 1 + random.nextInt(3);
        for (int k = 0; k < changes; k++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            change(random, target, raw);
        }
        String text = root.toString();
        for (String value : raw) {
            text = text.replaceFirst("\"" + RAW + "\"", java.util.regex.Matcher.quoteReplacement(value));
        }
        return text;
    }

    private static String cut(Random random, String base) {
        int at = random.nextInt(base.length());
        return random.nextBoolean() ? base.substring(0, at) : base.substring(0, at) + (char) random.nextInt(128) + base.substring(at);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    /** Drops, replaces or adds one member of an object or element of a list. */
    private static void change(Random random, JsonNode container, List<String> raw) {
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int what = names.isEmpty() ? 2 : random.nextInt(3);
            switch (what) {
                case 0 -> o.remove(names.get(random.nextInt(names.size())));
                case 1 -> o.set(names.get(random.nextInt(names.size())), value(random, raw));
                default -> o.set(random.nextBoolean() ? "extra" : List.of("id", "kind", "points", "cap", "types", "windowDays", "decay",
                        "op", "min", "max", "enabled", "fastTrack", "routing").get(random.nextInt(13)), value(random, raw));
            }
        } else if (container instanceof ArrayNode a) {
            int what = a.isEmpty() ? 2 : random.nextInt(4);
            switch (what) {
                case 0 -> a.remove(random.nextInt(a.size()));
                case 1 -> a.set(random.nextInt(a.size()), value(random, raw));
                case 2 -> a.add(value(random, raw));
                default -> a.add(a.get(random.nextInt(a.size())).deepCopy()); // a second rule with the same id
            }
        }
    }

    private static JsonNode value(Random random, List<String> raw) {
        List<Supplier<JsonNode>> values = List.of(
                () -> NODES.textNode(""), () -> NODES.textNode(" "), () -> NODES.textNode("x"), () -> NODES.textNode("A"),
                () -> NODES.textNode("x".repeat(100_000)), () -> NODES.textNode("^(/[a-z0-9-]+)+/?$"), () -> NODES.textNode("(?<=x)y"),
                () -> NODES.textNode("("), () -> NODES.textNode("\\1"), () -> NODES.textNode("((a{1000}){1000}){1000}"),
                () -> NODES.textNode("DEMO_REQUEST"), () -> NODES.textNode("linear"), () -> NODES.textNode("contains"),
                () -> NODES.textNode("range"), () -> NODES.textNode("2026-02-30"), () -> NODES.textNode("Europe/Berlin"),
                () -> NODES.textNode("\uD800"), () -> NODES.numberNode(0), () -> NODES.numberNode(-1), () -> NODES.numberNode(-0.0),
                () -> NODES.numberNode(0.5), () -> NODES.numberNode(1e308), () -> NODES.numberNode(-1e308),
                () -> NODES.numberNode(2_147_483_648L), () -> NODES.numberNode(-2_147_483_649L), () -> NODES.numberNode(Integer.MAX_VALUE),
                () -> NODES.numberNode(new BigInteger("123456789012345678901234567890")), () -> NODES.numberNode(new BigDecimal("1e400")),
                () -> NODES.booleanNode(random.nextBoolean()), NODES::nullNode, NODES::arrayNode, NODES::objectNode,
                () -> NODES.arrayNode().add(1).add("x").add(NODES.nullNode()),
                () -> NODES.objectNode().put("halfLifeDays", random.nextBoolean() ? 0 : -5),
                () -> {
                    raw.add(RAW_VALUES.get(random.nextInt(RAW_VALUES.size())));
                    return NODES.textNode(RAW);
                });
        return values.get(random.nextInt(values.size())).get();
    }
}
