package com.leadbench.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Tier;
import com.leadbench.scoring.FastTrack;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
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
 * Where and how fast a lead goes to sales, read and written: the routing rules, the deadlines in
 * business days, the fast track (format in {@code docs/scorecard.md}).
 */
final class RoutingJson {

    private RoutingJson() {
    }

    static Routing routing(JsonObject doc) {
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
        Map<String, Integer> capacity = new java.util.TreeMap<>();
        JsonObject perQueue = r.object("weeklyCapacity");
        if (perQueue != null) {
            for (String queue : perQueue.keys()) {
                Integer n = perQueue.integer(queue, null);
                if (queue.isBlank()) {
                    perQueue.problem(queue, "names no queue");
                } else if (n != null && n < 0) {
                    perQueue.problem(queue, "must be 0 or more leads a week, was " + n);
                } else if (n != null) {
                    capacity.put(queue.strip(), n);
                }
            }
        }
        Routing fallback = Routing.SINGLE_QUEUE;
        Routing routing = new Routing(rules, r.text("customerQueue", fallback.customerQueue()),
                r.text("dataFixQueue", fallback.dataFixQueue()), r.strings("requiredFields", false),
                r.text("defaultQueue", fallback.defaultQueue()), capacity);
        r.rejectUnknown();
        return routing;
    }

    static Deadlines deadlines(JsonObject doc) {
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

    static FastTrack fastTrack(JsonObject doc) {
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

    static void writeRouting(ObjectNode o, Routing routing) {
        ArrayNode rules = o.putArray("rules");
        for (RouteRule r : routing.rules()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("label", r.label());
            if (!r.tiers().isEmpty()) {
                RuleJson.strings(rule, "tiers", r.tiers().stream().map(Enum::name).sorted().toList());
            }
            if (!r.productLines().isEmpty()) {
                RuleJson.strings(rule, "productLines", r.productLines().stream().sorted().toList());
            }
            if (!r.regions().isEmpty()) {
                RuleJson.strings(rule, "regions", r.regions().stream().sorted().toList());
            }
            rule.put("queue", r.queue());
        }
        o.put("customerQueue", routing.customerQueue());
        o.put("dataFixQueue", routing.dataFixQueue());
        RuleJson.strings(o, "requiredFields", routing.requiredFields());
        o.put("defaultQueue", routing.defaultQueue());
        if (!routing.weeklyCapacity().isEmpty()) {
            ObjectNode capacity = o.putObject("weeklyCapacity");
            routing.weeklyCapacity().forEach(capacity::put);
        }
    }

    static void writeDeadlines(ObjectNode o, Deadlines deadlines) {
        ObjectNode days = o.putObject("businessDays");
        for (Tier tier : List.of(Tier.A, Tier.B, Tier.C)) {
            Integer n = deadlines.tierBusinessDays().get(tier);
            if (n != null) {
                days.put(tier.name(), n);
            }
        }
        o.put("sqlBusinessDays", deadlines.sqlBusinessDays());
        RuleJson.strings(o, "holidays", deadlines.holidays().stream().sorted().map(LocalDate::toString).toList());
        o.put("zone", deadlines.zone().getId());
    }
}
