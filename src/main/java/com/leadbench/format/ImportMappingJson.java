package com.leadbench.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.importing.DatePattern;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportLimits;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import mapping document (format in {@code docs/import.md}): reading checks every field and
 * names the JSON path of each problem; writing gives a document that reads back equal.
 */
public final class ImportMappingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportMappingJson() {
    }

    public static ImportMapping read(Path file) throws ImportException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read (" + e.getMessage() + ")",
                    List.of(new ImportProblem(0, null, null, file.getFileName() + " cannot be read (" + e.getMessage() + ")")), e);
        }
        return read(json, file.toString());
    }

    /** Reads a mapping document; {@code source} names it in messages. */
    public static ImportMapping read(String json, String source) throws ImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String reason = "not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")";
            throw new ImportException(source + ": " + reason, List.of(new ImportProblem(0, "$", null, reason)), e);
        }
        if (root == null || !root.isObject()) {
            throw failure(source, List.of(new ScorecardProblem("$", "must be a JSON object")));
        }
        List<ScorecardProblem> problems = new ArrayList<>();
        JsonObject doc = new JsonObject(root, "$", problems);
        String name = doc.requiredText("name");
        String kindText = doc.requiredText("kind");
        ImportKind kind = null;
        try {
            kind = kindText.isBlank() ? null : ImportKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            doc.problem("kind", "must be contacts, activities or outcomes");
        }
        DayOrder dayOrder = DayOrder.AUTO;
        String order = doc.text("dayOrder", DayOrder.AUTO.name());
        try {
            dayOrder = DayOrder.valueOf(order.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            doc.problem("dayOrder", "must be AUTO, ISO, US or EUROPEAN");
        }
        String on = doc.text("customFieldsOn", ImportMapping.ON_CONTACT).strip().toLowerCase(Locale.ROOT);
        if (!on.equals(ImportMapping.ON_CONTACT) && !on.equals(ImportMapping.ON_ACCOUNT)) {
            doc.problem("customFieldsOn", "must be contact or account");
            on = ImportMapping.ON_CONTACT;
        }
        Map<String, String> columns = textMap(doc, "columns", problems);
        Map<String, String> constants = textMap(doc, "constants", problems);
        Set<String> dropped = new LinkedHashSet<>(doc.strings("dropped", false));
        Set<String> nullValues = new LinkedHashSet<>(doc.strings("nullValues", false));
        Map<String, String> formats = textMap(doc, "formats", problems);
        formats.forEach((column, format) -> DatePattern.problem(format)
                .ifPresent(why -> problems.add(new ScorecardProblem(doc.at("formats") + "." + quoted(column), why))));
        Map<String, Map<String, String>> values = valueMaps(doc, problems);
        Optional<OutcomeColumn> outcome = outcome(doc.object("outcome"), problems);
        GeneratedIds generatedIds = generatedIds(doc.object("generatedIds"));
        doc.rejectUnknown();
        if (kind != null && kind != ImportKind.CONTACTS) {
            if (outcome.isPresent()) {
                doc.problem("outcome", "only a contacts import can have an outcome column (an outcomes import has its kind field)");
            }
            if (generatedIds.enabled()) {
                doc.problem("generatedIds", "only a contacts import can generate ids (activities and outcomes name existing contacts)");
            }
        }
        if (kind != null) {
            for (Map.Entry<String, String> e : columns.entrySet()) {
                checkTarget(kind, e.getValue(), doc.at("columns") + "." + quoted(e.getKey()), problems);
            }
            for (String target : constants.keySet()) {
                checkTarget(kind, target, doc.at("constants") + "." + quoted(target), problems);
            }
        }
        for (String column : dropped) {
            if (columns.containsKey(column)) {
                problems.add(new ScorecardProblem(doc.at("dropped"), "\"" + ImportLimits.cut(column) + "\" is both placed (in columns) and dropped"));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(source, problems);
        }
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, on, constants, formats, values, outcome,
                generatedIds);
    }

    /** {@code "values": {"Lead Status": {"Sales Qualified": "SQL"}}}: per column, cell value to the value stored. */
    private static Map<String, Map<String, String>> valueMaps(JsonObject doc, List<ScorecardProblem> problems) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        JsonObject values = doc.object("values");
        if (values == null) {
            return out;
        }
        JsonNode node = doc.raw("values");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String column = names.next();
            String path = values.path() + "." + quoted(column);
            JsonNode map = node.get(column);
            if (!map.isObject()) {
                problems.add(new ScorecardProblem(path, "must be an object of cell value to stored value"));
                continue;
            }
            Map<String, String> entries = new LinkedHashMap<>();
            Map<String, String> seen = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = path + "." + quoted(e.getKey());
                if (!e.getValue().isTextual()) {
                    problems.add(new ScorecardProblem(at, "must be text"));
                    continue;
                }
                String earlier = seen.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getKey());
                if (earlier != null) {
                    problems.add(new ScorecardProblem(at, "is the same cell value as \"" + ImportLimits.cut(earlier)
                            + "\" (values are compared ignoring case and surrounding spaces)"));
                    continue;
                }
                entries.put(e.getKey(), e.getValue().asText());
            }
            out.put(column, entries);
        }
        return out;
    }

    /** {@code "outcome": {"column": ..., "won": [...], "lost": [...], "skip": [...], "date": ..., "dateFallback": ...}}. */
    private static Optional<OutcomeColumn> outcome(JsonObject o, List<ScorecardProblem> problems) {
        if (o == null) {
            return Optional.empty();
        }
        int before = problems.size();
        String column = o.requiredText("column");
        List<String> won = o.strings("won", true);
        List<String> lost = o.strings("lost", false);
        List<String> skip = o.strings("skip", false);
        String date = blankToNull(o.text("date", null));
        String fallback = blankToNull(o.text("dateFallback", null));
        o.rejectUnknown();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new OutcomeColumn(column, new LinkedHashSet<>(won), new LinkedHashSet<>(lost), new LinkedHashSet<>(skip),
                date, fallback));
    }

    /** {@code "generatedIds": {"enabled": true, "fromColumns": [...]}}. */
    private static GeneratedIds generatedIds(JsonObject o) {
        if (o == null) {
            return GeneratedIds.OFF;
        }
        boolean enabled = o.bool("enabled", true);
        List<String> from = o.strings("fromColumns", false);
        o.rejectUnknown();
        return new GeneratedIds(enabled, from);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void checkTarget(ImportKind kind, String target, String path, List<ScorecardProblem> problems) {
        if (target.startsWith(ImportFields.CUSTOM_PREFIX)) {
            if (target.substring(ImportFields.CUSTOM_PREFIX.length()).isBlank()) {
                problems.add(new ScorecardProblem(path, "a custom field needs a name after \"custom:\""));
            }
            return;
        }
        if (ImportFields.find(kind, target).isEmpty()) {
            problems.add(new ScorecardProblem(path, "\"" + ImportLimits.cut(target) + "\" is not a target field of "
                    + (kind == ImportKind.CONTACTS ? "a " : "an ") + kind.name().toLowerCase(Locale.ROOT) + " import; one of: "
                    + ImportFields.of(kind).stream().map(ImportFields.Field::name).collect(Collectors.joining(", "))
                    + ", or custom:<name>"));
        }
    }

    private static String quoted(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "\"" + ImportLimits.cut(key).replace("\"", "\\\"") + "\"";
    }

    private static Map<String, String> textMap(JsonObject doc, String key, List<ScorecardProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = doc.raw(key);
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            doc.problem(key, "must be an object of text values");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                problems.add(new ScorecardProblem(doc.at(key) + "." + quoted(e.getKey()), "must be text"));
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    private static ImportException failure(String source, List<ScorecardProblem> problems) {
        List<ImportProblem> out = problems.stream().map(p -> new ImportProblem(0, p.path(), null, p.message())).toList();
        return new ImportException(source + ": " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(ScorecardProblem::toString).collect(Collectors.joining("; ")), out);
    }

    /** The mapping as a JSON document (indented, fields in a fixed order). */
    public static String write(ImportMapping mapping) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", mapping.name());
        root.put("kind", mapping.kind().name().toLowerCase(Locale.ROOT));
        root.put("dayOrder", mapping.dayOrder().name());
        ObjectNode columns = root.putObject("columns");
        mapping.columns().forEach(columns::put);
        ArrayNode dropped = root.putArray("dropped");
        mapping.dropped().forEach(dropped::add);
        ObjectNode constants = root.putObject("constants");
        mapping.constants().forEach(constants::put);
        ArrayNode nulls = root.putArray("nullValues");
        mapping.nullValues().forEach(nulls::add);
        root.put("customFieldsOn", mapping.customFieldsOn());
        if (!mapping.formats().isEmpty()) {
            ObjectNode formats = root.putObject("formats");
            mapping.formats().forEach(formats::put);
        }
        if (!mapping.values().isEmpty()) {
            ObjectNode values = root.putObject("values");
            mapping.values().forEach((column, map) -> {
                ObjectNode entries = values.putObject(column);
                map.forEach(entries::put);
            });
        }
        mapping.outcome().ifPresent(o -> {
            ObjectNode outcome = root.putObject("outcome");
            outcome.put("column", o.column());
            o.won().forEach(outcome.putArray("won")::add);
            if (!o.lost().isEmpty()) {
                o.lost().forEach(outcome.putArray("lost")::add);
            }
            if (!o.skip().isEmpty()) {
                o.skip().forEach(outcome.putArray("skip")::add);
            }
            if (o.dateColumn() != null) {
                outcome.put("date", o.dateColumn());
            }
            if (o.dateFallback() != null) {
                outcome.put("dateFallback", o.dateFallback());
            }
        });
        if (!mapping.generatedIds().equals(GeneratedIds.OFF)) {
            ObjectNode ids = root.putObject("generatedIds");
            ids.put("enabled", mapping.generatedIds().enabled());
            mapping.generatedIds().fromColumns().forEach(ids.putArray("fromColumns")::add);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a mapping: " + e.getMessage(), e);
        }
    }

    /** Saves the mapping to {@code file} (UTF-8), replacing it. */
    public static void write(ImportMapping mapping, Path file) throws IOException {
        Files.writeString(file, write(mapping), StandardCharsets.UTF_8);
    }
}
