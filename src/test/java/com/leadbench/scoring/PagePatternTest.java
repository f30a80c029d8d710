package com.leadbench.scoring;

import static com.leadbench.model.ActivityType.PAGE_VIEW;
import static com.leadbench.scoring.Leads.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Activity;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.SignalRule;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #11: a pattern in a scorecard is data, and no pattern and no imported text may stall scoring or overflow the stack. */
class PagePatternTest {

    /** An 8 KB URL of path segments, as in the report. */
    private static final String LONG_URL = "/products/pumps/slurry-px200".repeat(300);

    @Test
    void nestedRepeatsOverAnEightKilobyteUrlAnswerWithoutOverflowingTheStack() {
        PagePattern segments = PagePattern.compile("^(/[a-z0-9-]+)+/?$");
        assertTrue(LONG_URL.length() > 8_000);
        assertTrue(segments.find(LONG_URL));
        assertTrue(segments.find(LONG_URL + "/"));
        assertFalse(segments.find(LONG_URL + "?x=1"), "'?' is no path character");
        assertFalse(segments.find(LONG_URL.replaceFirst("pumps", "pumps//")), "an empty segment");
    }

    @Test
    void nestedStarsThatBacktrackForeverInJavaAnswerAtOnce() {
        PagePattern twelveAs = PagePattern.compile("(.*a){12}$");
        String elevenAs = "xa".repeat(11) + "x".repeat(8_000);
        assertFalse(twelveAs.find(elevenAs));
        assertTrue(twelveAs.find("x".repeat(8_000) + "xa".repeat(12)));
        assertFalse(twelveAs.find("x".repeat(8_000) + "xa".repeat(12) + "x"), "$ is the end of the text");
    }

    @Test
    void theRuleScoresALeadWithAnEightKilobyteUrl() {
        SignalRule rule = new SignalRule("paths", "Product paths", Set.of(PAGE_VIEW), Set.of(), PagePattern.compile("^(/[a-z0-9-]+)+/?$"),
                Set.of(), 5, null, null, Decay.NONE, Repeat.EACH, true);
        assertTrue(rule.matches(new Activity(1, 1, PAGE_VIEW, LONG_URL, "product_page", null, AS_OF, null, null)));
        assertFalse(rule.matches(new Activity(2, 1, PAGE_VIEW, LONG_URL + " ", "product_page", null, AS_OF, null, null)));
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "^/pricing, /Pricing/Enterprise, true",
            "^/PRICING, /pricing, true",
            "^/pricing, /blog/pricing-tips, false",
            "pricing, /blog/PRICING-tips, true",
            "spec sheet$, PX-200 Spec Sheet, true",
            "\\.pdf$, manual.PDF, true",
            "\\.pdf$, manual.pdf.html, false",
            "^/(de|fr)/, /FR/produits, true",
            "[0-9]{3}, PX-20, false",
            "[0-9]{3}, PX-200, true"})
    void aPatternIsFoundAnywhereIgnoringCase(String pattern, String text, boolean found) {
        assertEquals(found, PagePattern.compile(pattern).find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "(/pricing)\\1 => back-references",
            "^/pricing(?=/enterprise) => look-ahead and look-behind",
            "^/pricing(?!/free) => look-ahead and look-behind",
            "(?<=/en)/pricing => look-ahead and look-behind",
            "(?<!/en)/pricing => look-ahead and look-behind",
            "/pricing/a++ => possessive",
            "(?>/pricing) => possessive",
            "^/pricing( => does not compile: missing closing )",
            "[z-a] => does not compile: invalid character class range",
            "x{1001} => repeats too much",
            "((/a{100}){100}){100} => repeats too much",
            "(/a{1000}){1000} => repeats too much",
            "(/a|/b){500} => repeats too much"})
    void patternsThatCannotRunSafelyAreRefusedWithAReason(String pattern, String reason) {
        PagePattern.Refused e = assertThrows(PagePattern.Refused.class, () -> PagePattern.compile(pattern));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void aPatternMayHaveFiveHundredCharacters() {
        String longest = "/" + "a".repeat(PagePattern.MAX_LENGTH - 1);
        assertTrue(PagePattern.compile(longest).find("x" + longest));
        PagePattern.Refused e = assertThrows(PagePattern.Refused.class, () -> PagePattern.compile(longest + "b"));
        assertEquals("is 501 characters long; a pattern may have at most 500", e.getMessage());
    }

    @Test
    void countedRepeatsMayAddUpToAThousandPositions() {
        assertTrue(PagePattern.compile("(/[a-z]+){100}").find("/a".repeat(100)));
        assertTrue(PagePattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
                .find("123E4567-E89B-12D3-A456-426614174000"));
        assertThrows(PagePattern.Refused.class, () -> PagePattern.compile("((/x{10}){10}){11}"));
    }

    @Test
    void onlyTheStartOfAVeryLongTextIsSearched() {
        String text = "x".repeat(PagePattern.MAX_TEXT - 5) + "/pricing";
        assertTrue(PagePattern.compile("/pri").find(text));
        assertFalse(PagePattern.compile("/pricing").find(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CAD X", "a.b*c+(d)?[e]{2}|f^$\\g", "Ünïcödé ÆØÅ", "''"})
    void exactlyMatchesTheWholeTextAndNothingElse(String text) {
        PagePattern exact = PagePattern.exactly(text);
        assertTrue(exact.find(text));
        assertTrue(exact.find(text.toUpperCase(java.util.Locale.ROOT)));
        assertFalse(exact.find(text + "x"));
        assertFalse(exact.find("x" + text));
        assertEquals(exact, PagePattern.compile(exact.source()), "equal by their source");
    }

    @Test
    void exactlyIsRefusedForATextTooLongForAPattern() {
        assertTrue(PagePattern.canMatchExactly("a".repeat(PagePattern.MAX_LENGTH - 2)));
        assertFalse(PagePattern.canMatchExactly("a".repeat(PagePattern.MAX_LENGTH - 1)));
        assertFalse(PagePattern.canMatchExactly(".".repeat(300)), "every dot is escaped");
        assertThrows(PagePattern.Refused.class, () -> PagePattern.exactly("a".repeat(PagePattern.MAX_LENGTH)));
    }

    // ------------------------------------------------------------------ random patterns

    /**
     * Patterns grown from a small grammar (nested groups, alternation, classes, every quantifier,
     * counted repeats up to and beyond the limits) over long random texts: each is either refused
     * with a reason or compiled, and then every search returns.
     */
    @Test
    void randomPatternsOverLongTextsAlwaysReturn() {
        int compiled = 0;
        int refused = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            String source = expression(random, 0);
            PagePattern pattern;
            try {
                pattern = PagePattern.compile(source);
            } catch (PagePattern.Refused e) {
                assertFalse(e.getMessage().isBlank(), source);
                refused++;
                continue;
            }
            compiled++;
            for (int n = 0; n < 3; n++) {
                pattern.find(text(random, 1 + random.nextInt(n == 0 ? 200 : 20_000))); // returns, whatever it finds
            }
        }
        assertTrue(compiled > 150 && refused > 10, compiled + " compiled, " + refused + " refused");
    }

    private static final List<String> ATOMS = List.of("a", "b", "/", "-", ".", "[a-z]", "[^/]", "[0-9-]", "\\d", "\\w", "\\s",
            "\\.", "\\b", "^", "$", "(?i:x)", "\\pL", "é", "[[:alpha:]]");
    private static final List<String> QUANTIFIERS = List.of("", "", "", "", "*", "+", "?", "*?", "+?", "{2}", "{3,}", "{1,5}",
            "{12}", "{0,40}");
    /** Counts too large to nest, and forms RE2/J refuses. */
    private static final List<String> RARE_QUANTIFIERS = List.of("{100}", "{1000}", "{1001}", "++", "{2,1}", "**");

    private static String expression(Random random, int depth) {
        StringBuilder out = new StringBuilder();
        int branches = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int b = 0; b < branches; b++) {
            if (b > 0) {
                out.append('|');
            }
            int items = 1 + random.nextInt(4);
            for (int k = 0; k < items; k++) {
                if (depth < 6 && random.nextInt(3) == 0) {
                    out.append(random.nextInt(5) == 0 ? "(?:" : "(").append(expression(random, depth + 1)).append(')');
                } else {
                    out.append(ATOMS.get(random.nextInt(ATOMS.size())));
                }
                List<String> quantifiers = random.nextInt(12) == 0 ? RARE_QUANTIFIERS : QUANTIFIERS;
                out.append(quantifiers.get(random.nextInt(quantifiers.size())));
            }
        }
        return out.toString();
    }

    private static String text(Random random, int length) {
        String alphabet = "aaab/-.x09 éA";
        StringBuilder out = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
