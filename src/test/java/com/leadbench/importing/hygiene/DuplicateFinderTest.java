package com.leadbench.importing.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.ContactFacts;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.DuplicateRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which two records are the same person, as a table; then how pairs are reported. */
class DuplicateFinderTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** A contact; {@code domain} null means no account, otherwise the account id is derived from the domain. */
    static ContactFacts contact(long id, String first, String last, String email, String domain, int day) {
        Long accountId = domain == null ? null : (long) Math.abs(domain.toLowerCase(java.util.Locale.ROOT).hashCode() % 1000) + 1;
        return new ContactFacts(id, email, first, last, "Plant Engineer", "US", accountId, domain,
                domain == null ? null : "Company " + domain, T0.plusSeconds(86_400L * day));
    }

    @ParameterizedTest(name = "[{0}] {1} {2} <{3}> @{4}  vs  {5} {6} <{7}> @{8}  ->  {9}")
    @CsvSource(delimiter = '|', nullValues = "null", ignoreLeadingAndTrailingWhitespace = false, value = {
            "same email, other case|Ada|Lovelace|ada@acme.com|acme.com|Ada|Lovelace|ADA@Acme.COM|other.com|SAME_EMAIL",
            "same email, spaces|Ada|Lovelace| ada@acme.com |acme.com|Grace|Hopper|ada@acme.com|acme.com|SAME_EMAIL",
            "accents and case|José|Müller|j.mueller@acme.com|acme.com|  jose |MULLER|jose.muller@acme.com|acme.com|SAME_NAME_AT_COMPANY",
            "whitespace collapsed|Jean  Luc|Picard|jl@acme.com|acme.com|jean luc|picard|picard@acme.com|acme.com|SAME_NAME_AT_COMPANY",
            "name split differently|Ada Lovelace|null|a1@acme.com|acme.com|Ada|Lovelace|a2@acme.com|acme.com|SAME_NAME_AT_COMPANY",
            "domain case|Ada|Lovelace|a1@acme.com|Acme.com|Ada|Lovelace|a2@acme.com|acme.com|SAME_NAME_AT_COMPANY",
            "same name, other company|Ada|Lovelace|ada@acme.com|acme.com|Ada|Lovelace|ada@other.com|other.com|none",
            "same name, no company|Ada|Lovelace|ada1@gmail.com|null|Ada|Lovelace|ada2@gmail.com|null|none",
            "same name, one without company|Ada|Lovelace|ada@acme.com|acme.com|Ada|Lovelace|ada2@gmail.com|null|none",
            "other name, same company|Ada|Lovelace|ada@acme.com|acme.com|Grace|Hopper|grace@acme.com|acme.com|none",
            "first name only|Ada|null|a1@acme.com|acme.com|Ada|null|a2@acme.com|acme.com|none",
            "no emails|Ada|Lovelace|null|acme.com|Grace|Hopper|null|acme.com|none",
            "blank emails|Ada|Lovelace| |acme.com|Grace|Hopper| |acme.com|none",
            "both rules|Ada|Lovelace|ada@acme.com|acme.com|ADA|LOVELACE|Ada@acme.com|acme.com|both",
    })
    void pairsOrNot(String name, String first1, String last1, String email1, String domain1,
                    String first2, String last2, String email2, String domain2, String expected) {
        ContactFacts a = contact(1, first1, last1, email1, domain1, 0);
        ContactFacts b = contact(2, first2, last2, email2, domain2, 5);
        Set<DuplicateRule> rules = switch (expected) {
            case "none" -> Set.of();
            case "both" -> Set.of(DuplicateRule.SAME_EMAIL, DuplicateRule.SAME_NAME_AT_COMPANY);
            default -> Set.of(DuplicateRule.valueOf(expected));
        };
        List<DuplicatePair> pairs = DuplicateFinder.find(List.of(a, b));
        List<DuplicatePair> reversed = DuplicateFinder.find(List.of(b, a));
        if (rules.isEmpty()) {
            assertEquals(List.of(), pairs, name);
        } else {
            assertEquals(List.of(new DuplicatePair(a, b, rules)), pairs, name);
        }
        assertEquals(pairs, reversed, "the order of the input does not matter");
    }

    @Test
    void namesAreFoldedToLowerCaseWithoutAccentsAndWithSingleSpaces() {
        assertEquals("jose muller", MatchKeys.name("  José\u00a0", " MÜLLER "));
        assertEquals("francois d'arc", MatchKeys.name("François", "d'Arc"));
        assertNull(MatchKeys.name("Ada", null), "one word is not enough to match on");
        assertNull(MatchKeys.name(" ", ""));
        assertEquals("ada@acme.com", MatchKeys.email("  ADA@Acme.com "));
        assertNull(MatchKeys.email("   "));
    }

    @Test
    void theOlderRecordIsOnTheLeftWhateverTheIds() {
        ContactFacts newer = contact(1, "Ada", "Lovelace", "ada@acme.com", "acme.com", 9);
        ContactFacts older = contact(2, "Ada", "Lovelace", "ADA@acme.com", "acme.com", 1);
        DuplicatePair pair = DuplicateFinder.find(List.of(newer, older)).getFirst();
        assertEquals(2, pair.older().id());
        assertEquals(1, pair.newer().id());
    }

    @Test
    void aGroupIsPairedWithItsOldestRecordAndEachPairIsReportedOnce() {
        // three records of one person, matched by email and by name; a fourth by name only
        ContactFacts a = contact(10, "Ada", "Lovelace", "ada@acme.com", "acme.com", 3);
        ContactFacts b = contact(11, "Ada", "Lovelace", "ADA@acme.com", "acme.com", 1);
        ContactFacts c = contact(12, "Ada", "Lovelace", " ada@acme.com", "acme.com", 2);
        ContactFacts d = contact(13, "ada", "lovelace", "a.lovelace@acme.com", "acme.com", 4);
        ContactFacts other = contact(14, "Grace", "Hopper", "grace@acme.com", "acme.com", 0);
        List<DuplicatePair> pairs = DuplicateFinder.find(List.of(a, b, c, d, other));

        assertEquals(3, pairs.size(), pairs.toString());
        assertTrue(pairs.stream().allMatch(p -> p.older().id() == 11), "all paired with the oldest, #11");
        assertEquals(List.of(10L, 12L, 13L), pairs.stream().map(p -> p.newer().id()).toList());
        Set<DuplicateRule> both = Set.of(DuplicateRule.SAME_EMAIL, DuplicateRule.SAME_NAME_AT_COMPANY);
        assertEquals(both, pairs.get(0).rules());
        assertEquals(both, pairs.get(1).rules());
        assertEquals(Set.of(DuplicateRule.SAME_NAME_AT_COMPANY), pairs.get(2).rules());
    }

    @Test
    void noPairIsReportedTwiceOnManyRecords() {
        SplittableRandom random = new SplittableRandom(7);
        String[] firsts = {"Ada", "ada", "ÁDA", "Grace", "Jean Luc", "jean  luc"};
        String[] lasts = {"Lovelace", "Hopper", "Picard"};
        String[] domains = {"acme.com", "ACME.com", "other.com", null};
        List<ContactFacts> all = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            String first = firsts[random.nextInt(firsts.length)];
            String last = lasts[random.nextInt(lasts.length)];
            String domain = domains[random.nextInt(domains.length)];
            String email = random.nextInt(4) == 0 ? "shared" + random.nextInt(50) + "@acme.com" : "p" + i + "@acme.com";
            all.add(contact(i, first, last, random.nextBoolean() ? email.toUpperCase(java.util.Locale.ROOT) : email, domain,
                    random.nextInt(400)));
        }
        List<DuplicatePair> pairs = DuplicateFinder.find(all);
        Set<Set<Long>> seen = new HashSet<>();
        for (DuplicatePair p : pairs) {
            assertTrue(seen.add(Set.of(p.older().id(), p.newer().id())), "reported twice: " + p);
            assertTrue(p.older().isOlderThan(p.newer()));
        }
        assertTrue(pairs.size() > 100, "the fixture has many duplicates: " + pairs.size());
    }
}
