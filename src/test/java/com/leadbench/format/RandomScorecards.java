package com.leadbench.format;

import com.leadbench.model.ActivityType;
import com.leadbench.model.Tier;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CompetitorExclusion;
import com.leadbench.scoring.rules.CountryExclusion;
import com.leadbench.scoring.rules.CustomerRule;
import com.leadbench.scoring.rules.DomainExclusion;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.PerUnitRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.RegionRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.rules.UrgencyRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random scorecards for property tests, one per seed: every rule kind, every field operator, every
 * decay and repeat, with and without each optional block (fast-track, routing, deadlines, caps,
 * windows), in any order of fit and intent rules. Now and then a value is awkward (blank text, an
 * empty list, a keyword of spaces, a number that is not finite, a rule that matches everything):
 * such a card may be invalid, and {@link Scorecard#problems()} must then say so.
 */
final class RandomScorecards {

    /** One decision in this many picks an awkward value. */
    private static final int AWKWARD = 40;

    private static final List<String> PIECES = List.of("seal", "Pump", "ATEX", "line down", "Ünïcödé", "中文", "😀", "\"quoted\"",
            "back\\slash", "tab\there", "new\nline", "a/b", "—", "  padded  ", "x", "42", "{\"json\": 1}", "null", "$.path", "ß", "İstanbul");
    private static final List<String> PATTERNS = List.of("^/pricing", "^/contact", "/careers", "spec-sheet$", "^/(en|de|fr)/products/",
            "[0-9]{3,5}", "\\.pdf$", "^(/[a-z0-9-]+)+/?$", "(.*a){12}$", "(?i:CAD)", "\\bseal\\b", "^/p[a-z]*/[^/]+$", "a|b|c",
            "\\Q(literal)\\E", "[[:alpha:]]+\\d{2}", "\\pL+");
    private static final List<String> ZONES = List.of("UTC", "America/Chicago", "Europe/Berlin", "Asia/Kolkata", "+05:30", "Z", "GMT+1",
            "Pacific/Chatham");

    private final Random random;
    private final Set<String> ids = new HashSet<>();

    private RandomScorecards(long seed) {
        this.random = new Random(seed);
    }

    static Scorecard card(long seed) {
        return new RandomScorecards(seed).card();
    }

    private Scorecard card() {
        List<ExclusionRule> exclusions = list(0, 5, this::exclusion);
        List<Rule> rules = list(0, 14, this::rule);
        return new Scorecard(oneIn(AWKWARD) ? " " : text(), window(), exclusions, rules, thresholds(), fastTrack(), routing(), deadlines(), accounts(rules));
    }

    /** Account settings, valid but now and then one fault: a role no persona names, a cap of 0, tiers out of order. */
    private com.leadbench.scoring.AccountScoring accounts(List<Rule> rules) {
        List<String> personas = rules.stream().filter(r -> r instanceof PersonaRule).map(r -> ((PersonaRule) r).persona().strip())
                .filter(p -> !p.isBlank()).distinct().toList();
        List<String> roles = new java.util.ArrayList<>(personas.subList(0, random.nextInt(personas.size() + 1)));
        int fault = oneIn(AWKWARD) ? random.nextInt(3) : -1;
        if (fault == 0) {
            roles.add(text());
        }
        double c = random.nextInt(2001) / 8.0;
        double b = c + 1 + random.nextInt(100);
        double a = fault == 2 ? b : b + 1 + random.nextInt(100);
        return new com.leadbench.scoring.AccountScoring(fault == 1 ? 0 : 1 + random.nextInt(400) / 8.0, 1 + random.nextInt(80) / 4.0,
                random.nextInt(200) / 8.0, roles, a, b, c, List.of(Tier.A, Tier.B, Tier.C).get(random.nextInt(3)));
    }

    // ------------------------------------------------------------------ rules

    private ExclusionRule exclusion() {
        String id = id();
        String label = label(id);
        boolean enabled = random.nextInt(4) > 0;
        return switch (random.nextInt(4)) {
            case 0 -> new DomainExclusion(id, label, required(this::domain), enabled);
            case 1 -> new CompetitorExclusion(id, label, list(0, 3, this::domain), enabled);
            case 2 -> new CountryExclusion(id, label, required(this::text), enabled);
            default -> new EmailValidityExclusion(id, label, list(0, 3, this::domain), enabled);
        };
    }

    private Rule rule() {
        String id = id();
        String label = label(id);
        double points = number();
        boolean enabled = random.nextInt(4) > 0;
        return switch (random.nextInt(11)) {
            case 9 -> new PerUnitRule(id, label, oneIn(AWKWARD) ? " " : text(), points, oneIn(AWKWARD) ? -1.0 : Math.abs(number()) + 1,
                    enabled);
            case 10 -> {
                Integer min = random.nextBoolean() ? null : random.nextInt(400);
                Integer max = min != null && random.nextBoolean() ? null : (min == null ? 0 : min) + random.nextInt(400);
                if (min == null && max == null && !oneIn(AWKWARD)) {
                    min = 0;
                }
                yield oneIn(AWKWARD) ? new FieldAgeRule(id, label, text(), max, min, points, enabled)
                        : new FieldAgeRule(id, label, text(), min, max, points, enabled);
            }
            case 0 -> new IndustryRule(id, label, required(this::text), points, enabled);
            case 1 -> companySize(id, label, points, enabled);
            case 2 -> {
                List<String> countries = list(0, 3, this::text);
                List<String> regions = countries.isEmpty() && !oneIn(AWKWARD) ? required(this::text) : list(0, 3, this::text);
                yield new RegionRule(id, label, countries, regions, points, enabled);
            }
            case 3 -> new PersonaRule(id, label, random.nextBoolean() ? label : text(), keywords(), points, enabled);
            case 4 -> new CustomerRule(id, label, points, enabled);
            case 5 -> field(id, label, points, enabled);
            case 6 -> new FormKeywordRule(id, label, random.nextBoolean() ? null : text(), keywords(), points, maybeWindow(), enabled);
            case 7 -> signal(id, label, points, enabled);
            default -> new UrgencyRule(id, label, keywords(), points, cap(), maybeWindow(), decay(), repeat(), enabled);
        };
    }

    private CompanySizeRule companySize(String id, String label, double points, boolean enabled) {
        Double min = random.nextBoolean() ? null : Math.abs(number());
        Double max = min != null && random.nextBoolean() ? null : (min == null ? 0 : min) + Math.abs(number());
        if (min == null && max == null && !oneIn(AWKWARD)) {
            min = 1.0;
        }
        CompanySizeRule.Metric metric = random.nextBoolean() ? CompanySizeRule.Metric.EMPLOYEES : CompanySizeRule.Metric.ANNUAL_REVENUE;
        return oneIn(AWKWARD) ? new CompanySizeRule(id, label, metric, max, min, points, enabled)
                : new CompanySizeRule(id, label, metric, min, max, points, enabled);
    }

    private FieldRule field(String id, String label, double points, boolean enabled) {
        String field = oneIn(AWKWARD) ? " " : List.of("contact.source", "account.industry", "lead_type", text()).get(random.nextInt(4));
        FieldRule.Operator op = FieldRule.Operator.values()[random.nextInt(FieldRule.Operator.values().length)];
        return switch (op) {
            case EQUALS -> new FieldRule(id, label, field, op, List.of(oneIn(AWKWARD) ? "" : text()), null, null, points, enabled);
            case IN, CONTAINS -> new FieldRule(id, label, field, op, required(this::text), null, null, points, enabled);
            case EMPTY -> new FieldRule(id, label, field, op, List.of(), null, null, points, enabled);
            case RANGE -> {
                Double min = random.nextBoolean() ? null : number();
                Double max = min == null || random.nextBoolean() ? (min == null ? 0 : min) + Math.abs(number()) : null;
                yield new FieldRule(id, label, field, op, List.of(), min, oneIn(AWKWARD) ? null : max, points, enabled);
            }
        };
    }

    private SignalRule signal(String id, String label, double points, boolean enabled) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        list(0, 3, () -> ActivityType.values()[random.nextInt(ActivityType.values().length)]).forEach(types::add);
        List<String> kinds = list(0, 2, this::text);
        PagePattern pattern = random.nextInt(3) == 0 ? PagePattern.compile(PATTERNS.get(random.nextInt(PATTERNS.size()))) : null;
        List<String> lines = list(0, 2, this::text);
        if (types.isEmpty() && kinds.isEmpty() && pattern == null && lines.isEmpty() && !oneIn(AWKWARD)) {
            types.add(ActivityType.DOWNLOAD);
        }
        return new SignalRule(id, label, types, Set.copyOf(kinds), pattern, Set.copyOf(lines), points, cap(), maybeWindow(), decay(),
                repeat(), enabled);
    }

    private Keywords keywords() {
        return new Keywords(oneIn(AWKWARD) ? List.of(" ", "") : required(this::text));
    }

    private Double cap() {
        return random.nextBoolean() ? null : Math.abs(number());
    }

    private Decay decay() {
        return switch (random.nextInt(3)) {
            case 0 -> Decay.NONE;
            case 1 -> Decay.linear();
            default -> Decay.halfLife(oneIn(AWKWARD) ? Double.POSITIVE_INFINITY : 0.5 + random.nextInt(400) / 4.0);
        };
    }

    private Repeat repeat() {
        return random.nextBoolean() ? Repeat.EACH : Repeat.ONCE;
    }

    // ------------------------------------------------------------------ thresholds and blocks

    private Thresholds thresholds() {
        double c = number();
        double b = c + 1 + Math.abs(number());
        double a = b + 1 + Math.abs(number());
        Tier mql = List.of(Tier.A, Tier.B, Tier.C).get(random.nextInt(3));
        double mqlMin = mql == Tier.A ? a : mql == Tier.B ? b : c;
        return new Thresholds(number(), tier("A", a), tier("B", b), tier("C", c), mql, mqlMin + Math.abs(number()));
    }

    private TierSpec tier(String key, double minScore) {
        return new TierSpec(random.nextBoolean() ? "Tier " + key : text(), minScore, random.nextBoolean() ? "" : text());
    }

    private FastTrack fastTrack() {
        return switch (random.nextInt(5)) {
            case 0 -> FastTrack.OFF;
            case 1 -> new FastTrack(Set.of(), random.nextBoolean() ? null : window(), oneIn(4));
            default -> {
                Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
                required(() -> ActivityType.values()[random.nextInt(ActivityType.values().length)]).forEach(types::add);
                yield new FastTrack(types, random.nextBoolean() ? null : window(), random.nextInt(4) > 0);
            }
        };
    }

    private Routing routing() {
        if (random.nextInt(3) == 0) {
            return Routing.SINGLE_QUEUE;
        }
        Set<String> routeIds = new HashSet<>();
        List<RouteRule> rules = list(0, 5, () -> {
            String id = oneIn(AWKWARD) ? "" : text();
            while (!routeIds.add(id)) {
                id = id + "-" + routeIds.size();
            }
            Set<Tier> tiers = EnumSet.noneOf(Tier.class);
            list(0, 3, () -> List.of(Tier.A, Tier.B, Tier.C).get(random.nextInt(3))).forEach(tiers::add);
            return new RouteRule(id, random.nextBoolean() ? id : text(), tiers, Set.copyOf(list(0, 3, this::text)),
                    Set.copyOf(list(0, 3, this::text)), text());
        });
        Map<String, Integer> capacity = new java.util.HashMap<>();
        for (String queue : list(0, 3, this::text)) {
            if (!queue.isBlank()) {
                capacity.put(queue.strip(), random.nextInt(60));
            }
        }
        return new Routing(rules, text(), text(), list(0, 4, () -> List.of("contact.email", "account.name", text()).get(random.nextInt(3))),
                text(), capacity);
    }

    private Deadlines deadlines() {
        if (random.nextInt(3) == 0) {
            return Deadlines.DEFAULT;
        }
        Map<Tier, Integer> days = new EnumMap<>(Tier.class);
        for (Tier t : List.of(Tier.A, Tier.B, Tier.C)) {
            if (random.nextInt(4) > 0) {
                days.put(t, random.nextInt(61));
            }
        }
        Set<LocalDate> holidays = new HashSet<>(list(0, 6, () -> LocalDate.ofEpochDay(random.nextInt(60_000) - 20_000)));
        if (oneIn(10)) {
            holidays.add(LocalDate.of(12_345, 6, 7));
        }
        return new Deadlines(days, random.nextInt(61), holidays, ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))));
    }

    // ------------------------------------------------------------------ values

    /** A rule id unique across the card's exclusions and rules. */
    private String id() {
        if (oneIn(AWKWARD)) {
            return " ";
        }
        String id = text();
        while (!ids.add(id)) {
            id = id + "-" + ids.size();
        }
        return id;
    }

    private String label(String id) {
        return switch (random.nextInt(4)) {
            case 0 -> id;
            case 1 -> "";
            default -> text();
        };
    }

    private int window() {
        return random.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(3650);
    }

    private Integer maybeWindow() {
        return random.nextBoolean() ? null : window();
    }

    /** Whole, fractional, negative, tiny and huge numbers; now and then one that is not finite. */
    private double number() {
        return switch (random.nextInt(oneIn(AWKWARD) ? 9 : 7)) {
            case 0 -> random.nextInt(201) - 100;
            case 1 -> (random.nextInt(2001) - 1000) / 8.0;
            case 2 -> random.nextGaussian() * 1e3;
            case 3 -> 0.1 + 0.2;
            case 4 -> List.of(1e15, -1e15, 1e-7, 1e300, Double.MIN_VALUE, -0.0).get(random.nextInt(6));
            case 5 -> random.nextDouble();
            case 6 -> 0;
            case 7 -> Double.NaN;
            default -> random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        };
    }

    /** Text that is not blank, from words, symbols, quotes, escapes and letters outside ASCII. */
    private String text() {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(3);
        for (int k = 0; k < pieces; k++) {
            out.append(random.nextBoolean() ? PIECES.get(random.nextInt(PIECES.size())) : Integer.toString(random.nextInt(1000), 36));
        }
        return out.toString().isBlank() ? "x" + out : out.toString();
    }

    private String domain() {
        return random.nextBoolean() ? "." + text() : text() + ".com";
    }

    private <T> List<T> required(Supplier<T> next) {
        return oneIn(AWKWARD) ? List.of() : list(1, 4, next);
    }

    private <T> List<T> list(int min, int max, Supplier<T> next) {
        int n = min + random.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(next.get());
        }
        return out;
    }

    private boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }
}
