package com.leadbench.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Decay;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.Keywords;
import com.leadbench.scoring.PagePattern;
import com.leadbench.scoring.Repeat;
import com.leadbench.scoring.RulePart;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScorecardProblem;
import com.leadbench.scoring.Thresholds;
import com.leadbench.scoring.TierSpec;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.ActivityRule;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scorecard document (format in {@code docs/scorecard.md}): reading validates everything and
 * names the JSON path of every problem; writing gives the same document back.
 */
public final class ScorecardJson {

    public static final String DEFAULT_PRESET = "/scorecards/industrial-default.json";

    /** Pretty-prints, and refuses text after the document (a second document, or half of one pasted twice). */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ScorecardJson() {
    }

    /** The preset shipped for an industrial company. */
    public static Scorecard defaultPreset() {
        try (InputStream in = ScorecardJson.class.getResourceAsStream(DEFAULT_PRESET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_PRESET);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_PRESET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScorecardFormatException e) {
            throw new IllegalStateException("the shipped preset is invalid: " + e.getMessage(), e);
        }
    }

    public static Scorecard read(Path file) throws IOException, ScorecardFormatException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses and validates a document; {@code source} names it in messages. */
    public static Scorecard read(String json, String source) throws ScorecardFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ScorecardFormatException(source, List.of(new ScorecardProblem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
        }
        List<ScorecardProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ScorecardFormatException(source, List.of(new ScorecardProblem("$", "must be a JSON object")));
        }
        JsonObject doc = new JsonObject(root, "$", problems);
        String name = doc.requiredText("name");
        doc.text("description", null);
        int window = doc.integer("windowDays", 90);
        List<ExclusionRule> exclusions = new ArrayList<>();
        for (JsonObject o : doc.objects("exclusions")) {
            ExclusionRule r = exclusion(o);
            if (r != null) {
                exclusions.add(r);
            }
            o.rejectUnknown();
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonObject o : doc.objects("fit")) {
            Rule r = rule(o, RulePart.FIT);
            if (r != null) {
                rules.add(r);
            }
            o.rejectUnknown();
        }
        for (JsonObject o : doc.objects("intent")) {
            Rule r = rule(o, RulePart.INTENT);
            if (r != null) {
                rules.add(r);
            }
            o.rejectUnknown();
        }
        Thresholds thresholds = thresholds(doc);
        FastTrack fastTrack = fastTrack(doc);
        Routing routing = routing(doc);
        Deadlines deadlines = deadlines(doc);
        doc.rejectUnknown();
        if (problems.isEmpty()) {
            Scorecard card = new Scorecard(name, window, exclusions, rules, thresholds, fastTrack, routing, deadlines);
            List<ScorecardProblem> invalid = card.problems();
            if (invalid.isEmpty()) {
                return card;
            }
            problems.addAll(invalid);
        }
        throw new ScorecardFormatException(source, problems);
    }

    private static ExclusionRule exclusion(JsonObject o) {
        String id = o.requiredText("id");
        String kind = o.requiredText("kind");
        String label = o.text("label", id);
        boolean enabled = o.bool("enabled", true);
        return switch (kind) {
            case "email_domain" -> new DomainExclusion(id, label, o.strings("domains", true), enabled);
            case "competitor" -> new CompetitorExclusion(id, label, o.strings("domains", false), enabled);
            case "country" -> new CountryExclusion(id, label, o.strings("countries", true), enabled);
            case "email_validity" -> new EmailValidityExclusion(id, label, o.strings("disposableDomains", false), enabled);
            case "" -> null;
            default -> {
                o.problem("kind", "unknown exclusion kind \"" + kind + "\" (email_domain, competitor, country, email_validity)");
                yield null;
            }
        };
    }

    private static Rule rule(JsonObject o, RulePart list) {
        String id = o.requiredText("id");
        String kind = o.requiredText("kind");
        String label = o.text("label", id);
        boolean enabled = o.bool("enabled", true);
        Set<String> fitKinds = Set.of("industry", "company_size", "region", "persona", "existing_customer", "field", "form_keywords",
                "per_unit", "field_age");
        Set<String> intentKinds = Set.of("activity", "urgency");
        if (list == RulePart.FIT && intentKinds.contains(kind) || list == RulePart.INTENT && fitKinds.contains(kind)) {
            o.problem("kind", "\"" + kind + "\" belongs in the " + (list == RulePart.FIT ? "intent" : "fit") + " list");
            return null;
        }
        double points = o.requiredNumber("points");
        return switch (kind) {
            case "industry" -> new IndustryRule(id, label, o.strings("industries", true), points, enabled);
            case "company_size" -> {
                String metric = o.text("metric", "employees");
                CompanySizeRule.Metric m = switch (metric) {
                    case "employees" -> CompanySizeRule.Metric.EMPLOYEES;
                    case "annual_revenue" -> CompanySizeRule.Metric.ANNUAL_REVENUE;
                    default -> {
                        o.problem("metric", "must be employees or annual_revenue");
                        yield CompanySizeRule.Metric.EMPLOYEES;
                    }
                };
                Double min = o.number("min", null);
                Double max = o.number("max", null);
                if (min == null && max == null) {
                    o.problem(null, "needs min, max or both");
                } else if (min != null && max != null && min > max) {
                    o.problem("min", "min (" + min + ") is above max (" + max + ")");
                }
                yield new CompanySizeRule(id, label, m, min, max, points, enabled);
            }
            case "region" -> {
                List<String> countries = o.strings("countries", false);
                List<String> regions = o.strings("regions", false);
                if (countries.isEmpty() && regions.isEmpty()) {
                    o.problem(null, "needs countries, regions or both");
                }
                yield new RegionRule(id, label, countries, regions, points, enabled);
            }
            case "persona" -> new PersonaRule(id, label, o.text("persona", label), new Keywords(o.strings("keywords", true)), points, enabled);
            case "existing_customer" -> new CustomerRule(id, label, points, enabled);
            case "field" -> field(o, id, label, points, enabled);
            case "form_keywords" -> new FormKeywordRule(id, label, o.text("productLine", null),
                    new Keywords(o.strings("keywords", true)), points, o.integer("windowDays", null), enabled);
            case "per_unit" -> {
                Double cap = o.number("cap", null);
                if (cap == null) {
                    o.problem("cap", "is required: the most points the rule adds");
                    cap = 1.0;
                }
                yield new PerUnitRule(id, label, o.requiredText("field"), points, cap, enabled);
            }
            case "field_age" -> {
                Integer minDays = o.integer("minDays", null);
                Integer maxDays = o.integer("maxDays", null);
                if (minDays == null && maxDays == null) {
                    o.problem(null, "a recency band needs minDays, maxDays or both");
                }
                yield new FieldAgeRule(id, label, o.requiredText("field"), minDays, maxDays, points, enabled);
            }
            case "activity" -> signal(o, id, label, points, enabled);
            case "urgency" -> new UrgencyRule(id, label, new Keywords(o.strings("words", true)), points, o.number("cap", null),
                    o.integer("windowDays", null), decay(o), repeat(o, Repeat.ONCE), enabled);
            case "" -> null;
            default -> {
                o.problem("kind", "unknown rule kind \"" + kind + "\"");
                yield null;
            }
        };
    }

    private static FieldRule field(JsonObject o, String id, String label, double points, boolean enabled) {
        String field = o.requiredText("field");
        String op = o.text("op", "equals");
        FieldRule.Operator operator;
        try {
            operator = FieldRule.Operator.valueOf(op.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            o.problem("op", "must be equals, in, range, contains or empty");
            operator = FieldRule.Operator.EQUALS;
        }
        List<String> values = new ArrayList<>();
        if (operator == FieldRule.Operator.EQUALS) {
            values.add(o.requiredText("value"));
        } else if (operator != FieldRule.Operator.RANGE && operator != FieldRule.Operator.EMPTY) {
            values.addAll(o.strings("values", true));
        }
        Double min = operator == FieldRule.Operator.RANGE ? o.number("min", null) : null;
        Double max = operator == FieldRule.Operator.RANGE ? o.number("max", null) : null;
        if (operator == FieldRule.Operator.RANGE && min == null && max == null) {
            o.problem(null, "a range needs min, max or both");
        }
        return new FieldRule(id, label, field, operator, values, min, max, points, enabled);
    }

    private static SignalRule signal(JsonObject o, String id, String label, double points, boolean enabled) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        List<String> typeNames = o.strings("types", false);
        for (int i = 0; i < typeNames.size(); i++) {
            try {
                types.add(ActivityType.valueOf(typeNames.get(i).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                o.problem("types[" + i + "]", "unknown activity type \"" + typeNames.get(i) + "\"");
            }
        }
        PagePattern pattern = null;
        String source = o.text("pagePattern", null);
        if (source != null) {
            try {
                pattern = PagePattern.compile(source);
            } catch (PagePattern.Refused e) {
                o.problem("pagePattern", e.getMessage());
            }
        }
        List<String> kinds = o.strings("assetKinds", false);
        List<String> lines = o.strings("productLines", false);
        if (types.isEmpty() && kinds.isEmpty() && pattern == null && lines.isEmpty() && typeNames.isEmpty()) {
            o.problem(null, "matches every activity: give types, assetKinds, pagePattern or productLines");
        }
        return new SignalRule(id, label, types, Set.copyOf(kinds), pattern, Set.copyOf(lines), points, o.number("cap", null),
                o.integer("windowDays", null), decay(o), repeat(o, Repeat.EACH), enabled);
    }

    private static Decay decay(JsonObject o) {
        if (!o.has("decay")) {
            return Decay.NONE;
        }
        JsonNode v = o.raw("decay");
        if (v.isTextual()) {
            return switch (v.asText()) {
                case "none" -> Decay.NONE;
                case "linear" -> Decay.linear();
                default -> {
                    o.problem("decay", "must be \"none\", \"linear\" or {\"halfLifeDays\": N}");
                    yield Decay.NONE;
                }
            };
        }
        JsonObject d = o.object("decay");
        if (d == null) {
            return Decay.NONE;
        }
        Double halfLife = d.number("halfLifeDays", null);
        d.rejectUnknown();
        if (halfLife == null) {
            d.problem("halfLifeDays", "is required for a half-life decay");
            return Decay.NONE;
        }
        return Decay.halfLife(halfLife);
    }

    private static Repeat repeat(JsonObject o, Repeat fallback) {
        String v = o.text("repeat", null);
        if (v == null) {
            return fallback;
        }
        return switch (v) {
            case "each" -> Repeat.EACH;
            case "once" -> Repeat.ONCE;
            default -> {
                o.problem("repeat", "must be \"each\" or \"once\"");
                yield fallback;
            }
        };
    }

    private static Thresholds thresholds(JsonObject doc) {
        double gate = doc.number("fitGate", 0.0);
        JsonObject tiers = doc.object("tiers");
        TierSpec a = tierSpec(tiers, "A", doc);
        TierSpec b = tierSpec(tiers, "B", doc);
        TierSpec c = tierSpec(tiers, "C", doc);
        if (tiers != null) {
            tiers.rejectUnknown();
        }
        String mql = doc.text("mqlTier", "B");
        Tier mqlTier = Tier.B;
        if (Set.of("A", "B", "C").contains(mql)) {
            mqlTier = Tier.valueOf(mql);
        } else {
            doc.problem("mqlTier", "must be \"A\", \"B\" or \"C\"");
        }
        double sql = doc.requiredNumber("sqlThreshold");
        return new Thresholds(gate, a, b, c, mqlTier, sql);
    }

    private static TierSpec tierSpec(JsonObject tiers, String key, JsonObject doc) {
        if (tiers == null) {
            doc.problem("tiers", "is required, with A, B and C");
            return new TierSpec(key, 0, "");
        }
        JsonObject t = tiers.object(key);
        if (t == null) {
            tiers.problem(key, "is required");
            return new TierSpec(key, 0, "");
        }
        TierSpec spec = new TierSpec(t.text("name", "Tier " + key), t.requiredNumber("minScore"), t.text("action", ""));
        t.rejectUnknown();
        return spec;
    }

    private static Routing routing(JsonObject doc) {
        JsonObject r = doc.object("routing");
        if (r == null) {
            return Routing.SINGLE_QUEUE;
        }
        List<RouteRule> rules = new ArrayList<>();
        for (JsonObject o : r.objects("rules")) {
            String id = o.requiredText("id");
            String label = o.text("label", id);
            Set<Tier> tiers = EnumSet.noneOf(Tier.class);
            List<String> tierNames = o.strings("tiers", false);
            for (int i = 0; i < tierNames.size(); i++) {
                if (Set.of("A", "B", "C").contains(tierNames.get(i))) {
                    tiers.add(Tier.valueOf(tierNames.get(i)));
                } else {
                    o.problem("tiers[" + i + "]", "must be \"A\", \"B\" or \"C\", was \"" + tierNames.get(i) + "\"");
                }
            }
            Set<String> lines = Set.copyOf(o.strings("productLines", false));
            Set<String> regions = Set.copyOf(o.strings("regions", false));
            String queue = o.requiredText("queue");
            o.rejectUnknown();
            rules.add(new RouteRule(id, label, tiers, lines, regions, queue));
        }
        Routing fallback = Routing.SINGLE_QUEUE;
        Routing routing = new Routing(rules, r.text("customerQueue", fallback.customerQueue()),
                r.text("dataFixQueue", fallback.dataFixQueue()), r.strings("requiredFields", false),
                r.text("defaultQueue", fallback.defaultQueue()));
        r.rejectUnknown();
        return routing;
    }

    private static Deadlines deadlines(JsonObject doc) {
        JsonObject d = doc.object("deadlines");
        if (d == null) {
            return Deadlines.DEFAULT;
        }
        Map<Tier, Integer> days = new EnumMap<>(Tier.class);
        JsonObject perTier = d.object("businessDays");
        if (perTier != null) {
            for (String key : List.of("A", "B", "C")) {
                Integer n = perTier.integer(key, null);
                if (n != null) {
                    days.put(Tier.valueOf(key), n);
                }
            }
            perTier.rejectUnknown();
        } else {
            days.putAll(Deadlines.DEFAULT.tierBusinessDays());
        }
        int sql = d.integer("sqlBusinessDays", Deadlines.DEFAULT.sqlBusinessDays());
        Set<LocalDate> holidays = new TreeSet<>();
        List<String> dates = d.strings("holidays", false);
        for (int i = 0; i < dates.size(); i++) {
            try {
                holidays.add(LocalDate.parse(dates.get(i).strip()));
            } catch (DateTimeParseException e) {
                d.problem("holidays[" + i + "]", "\"" + dates.get(i) + "\" is not a date like 2026-12-25");
            }
        }
        ZoneId zone = Deadlines.DEFAULT.zone();
        String zoneName = d.text("zone", null);
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName.strip());
            } catch (DateTimeException e) {
                d.problem("zone", "\"" + zoneName + "\" is not a time zone (e.g. Europe/Berlin, America/Chicago, UTC)");
            }
        }
        d.rejectUnknown();
        return new Deadlines(days, sql, holidays, zone);
    }

    private static FastTrack fastTrack(JsonObject doc) {
        JsonObject ft = doc.object("fastTrack");
        if (ft == null) {
            return FastTrack.OFF;
        }
        boolean enabled = ft.bool("enabled", true);
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        // a switched-off block may list no requests (older versions wrote {"types": [], "enabled": false})
        List<String> names = ft.strings("types", enabled);
        for (int i = 0; i < names.size(); i++) {
            try {
                types.add(ActivityType.valueOf(names.get(i).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                ft.problem("types[" + i + "]", "unknown activity type \"" + names.get(i) + "\"");
            }
        }
        FastTrack result = new FastTrack(types, ft.integer("windowDays", null), enabled);
        ft.rejectUnknown();
        return result;
    }

    // ------------------------------------------------------------------ writing

    /** The document for a scorecard, pretty-printed; reading it back gives an equal scorecard. */
    public static String write(Scorecard card) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", card.name());
        root.put("windowDays", card.windowDays());
        ArrayNode exclusions = root.putArray("exclusions");
        for (ExclusionRule r : card.exclusions()) {
            ObjectNode o = exclusions.addObject();
            o.put("id", r.id());
            o.put("kind", r.kind());
            o.put("label", r.label());
            if (!r.enabled()) {
                o.put("enabled", false);
            }
            switch (r) {
                case DomainExclusion d -> strings(o, "domains", d.domains());
                case CompetitorExclusion c -> strings(o, "domains", c.domains());
                case CountryExclusion c -> strings(o, "countries", c.countries());
                case EmailValidityExclusion e -> strings(o, "disposableDomains", e.disposableDomains());
            }
        }
        ArrayNode fit = root.putArray("fit");
        ArrayNode intent = root.putArray("intent");
        for (Rule r : card.rules()) {
            ObjectNode o = (r.part() == RulePart.FIT ? fit : intent).addObject();
            o.put("id", r.id());
            o.put("kind", r.kind());
            o.put("label", r.label());
            o.put("points", r.points());
            if (!r.enabled()) {
                o.put("enabled", false);
            }
            writeRule(o, r);
        }
        Thresholds t = card.thresholds();
        root.put("fitGate", t.fitGate());
        ObjectNode tiers = root.putObject("tiers");
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            TierSpec s = t.spec(tier);
            ObjectNode o = tiers.putObject(tier.name());
            o.put("name", s.name());
            o.put("minScore", s.minScore());
            o.put("action", s.action());
        }
        root.put("mqlTier", t.mqlTier().name());
        root.put("sqlThreshold", t.sqlThreshold());
        if (!card.fastTrack().equals(FastTrack.OFF)) {
            // no block for no fast-track, as the document had none
            ObjectNode ft = root.putObject("fastTrack");
            strings(ft, "types", card.fastTrack().types().stream().map(Enum::name).sorted().toList());
            if (card.fastTrack().windowDays() != null) {
                ft.put("windowDays", card.fastTrack().windowDays());
            }
            if (!card.fastTrack().enabled()) {
                ft.put("enabled", false);
            }
        }
        writeRouting(root.putObject("routing"), card.routing());
        writeDeadlines(root.putObject("deadlines"), card.deadlines());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeRouting(ObjectNode o, Routing routing) {
        ArrayNode rules = o.putArray("rules");
        for (RouteRule r : routing.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("label", r.label());
            if (!r.tiers().isEmpty()) {
                strings(rule, "tiers", r.tiers().stream().map(Enum::name).sorted().toList());
            }
            if (!r.productLines().isEmpty()) {
                strings(rule, "productLines", r.productLines().stream().sorted().toList());
            }
            if (!r.regions().isEmpty()) {
                strings(rule, "regions", r.regions().stream().sorted().toList());
            }
            rule.put("queue", r.queue());
        }
        o.put("customerQueue", routing.customerQueue());
        o.put("dataFixQueue", routing.dataFixQueue());
        strings(o, "requiredFields", routing.requiredFields());
        o.put("defaultQueue", routing.defaultQueue());
    }

    private static void writeDeadlines(ObjectNode o, Deadlines deadlines) {
        ObjectNode days = o.putObject("businessDays");
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            Integer n = deadlines.tierBusinessDays().get(tier);
            if (n != null) {
                days.put(tier.name(), n);
            }
        }
        o.put("sqlBusinessDays", deadlines.sqlBusinessDays());
        strings(o, "holidays", deadlines.holidays().stream().sorted().map(LocalDate::toString).toList());
        o.put("zone", deadlines.zone().getId());
    }

    private static void writeRule(ObjectNode o, Rule r) {
        switch (r) {
            case IndustryRule i -> strings(o, "industries", i.industries());
            case CompanySizeRule s -> {
                o.put("metric", s.metric() == CompanySizeRule.Metric.EMPLOYEES ? "employees" : "annual_revenue");
                if (s.min() != null) {
                    o.put("min", s.min());
                }
                if (s.max() != null) {
                    o.put("max", s.max());
                }
            }
            case RegionRule g -> {
                if (!g.countries().isEmpty()) {
                    strings(o, "countries", g.countries());
                }
                if (!g.regions().isEmpty()) {
                    strings(o, "regions", g.regions());
                }
            }
            case PersonaRule p -> {
                o.put("persona", p.persona());
                strings(o, "keywords", p.keywords().words());
            }
            case CustomerRule c -> {
                // points only
            }
            case FieldRule f -> {
                o.put("field", f.field());
                o.put("op", f.operator().name().toLowerCase(Locale.ROOT));
                switch (f.operator()) {
                    case EQUALS -> o.put("value", f.values().getFirst());
                    case IN, CONTAINS -> strings(o, "values", f.values());
                    case EMPTY -> { }
                    case RANGE -> {
                        if (f.min() != null) {
                            o.put("min", f.min());
                        }
                        if (f.max() != null) {
                            o.put("max", f.max());
                        }
                    }
                }
            }
            case PerUnitRule u -> {
                o.put("field", u.field());
                o.put("cap", u.cap());
            }
            case FieldAgeRule a -> {
                o.put("field", a.field());
                if (a.minDays() != null) {
                    o.put("minDays", a.minDays());
                }
                if (a.maxDays() != null) {
                    o.put("maxDays", a.maxDays());
                }
            }
            case FormKeywordRule k -> {
                if (k.productLine() != null) {
                    o.put("productLine", k.productLine());
                }
                strings(o, "keywords", k.keywords().words());
                if (k.windowDays() != null) {
                    o.put("windowDays", k.windowDays());
                }
            }
            case SignalRule s -> {
                if (!s.types().isEmpty()) {
                    strings(o, "types", s.typeNames());
                }
                if (!s.assetKinds().isEmpty()) {
                    strings(o, "assetKinds", s.assetKinds().stream().sorted().toList());
                }
                if (s.pagePattern() != null) {
                    o.put("pagePattern", s.pagePattern().source());
                }
                if (!s.productLines().isEmpty()) {
                    strings(o, "productLines", s.productLines().stream().sorted().toList());
                }
                activityOptions(o, s, Repeat.EACH);
            }
            case UrgencyRule u -> {
                strings(o, "words", u.words().words());
                activityOptions(o, u, Repeat.ONCE);
            }
        }
    }

    private static void activityOptions(ObjectNode o, ActivityRule a, Repeat defaultRepeat) {
        if (a.cap() != null) {
            o.put("cap", a.cap());
        }
        if (a.windowDays() != null) {
            o.put("windowDays", a.windowDays());
        }
        switch (a.decay().kind()) {
            case NONE -> { }
            case LINEAR -> o.put("decay", "linear");
            case HALF_LIFE -> o.putObject("decay").put("halfLifeDays", a.decay().halfLifeDays());
        }
        if (a.repeat() != defaultRepeat) {
            o.put("repeat", a.repeat().name().toLowerCase(Locale.ROOT));
        }
    }

    private static void strings(ObjectNode o, String key, List<String> values) {
        ArrayNode array = o.putArray(key);
        values.forEach(array::add);
    }
}
