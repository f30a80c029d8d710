package com.leadbench.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.ActivityType;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.Keywords;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.RulePart;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rule of the scorecard document, read and written: an exclusion, a fit rule or an intent rule, by
 * its {@code kind} (format in {@code docs/scorecard.md}). Reading names the JSON path of every problem.
 */
final class RuleJson {

    private RuleJson() {
    }

    static ExclusionRule exclusion(JsonObject o) {
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

    static Rule rule(JsonObject o, RulePart list) {
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

    static void writeRule(ObjectNode o, Rule r) {
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

    static void strings(ObjectNode o, String key, List<String> values) {
        ArrayNode array = o.putArray(key);
        values.forEach(array::add);
    }
}
