package com.leadbench.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one JSON object field by field, remembering its path and which fields were read, so that
 * wrong types, missing fields and unknown fields are reported with their JSON path.
 */
final class JsonObject {

    private final JsonNode node;
    private final String path;
    private final List<ScorecardProblem> problems;
    private final Set<String> read = new HashSet<>();

    JsonObject(JsonNode node, String path, List<ScorecardProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(new ScorecardProblem(key == null ? path : at(key), message));
    }

    boolean has(String key) {
        read.add(key);
        return node.has(key) && !node.get(key).isNull();
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isTextual()) {
            problem(key, "must be text");
            return fallback;
        }
        return v.asText();
    }

    String requiredText(String key) {
        if (!has(key)) {
            problem(key, "is required");
            return "";
        }
        String v = text(key, "");
        if (v.isBlank()) {
            problem(key, "must not be empty");
        }
        return v;
    }

    Double number(String key, Double fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isNumber()) {
            problem(key, "must be a number");
            return fallback;
        }
        if (!Double.isFinite(v.asDouble())) {
            problem(key, "is too large a number");
            return fallback;
        }
        return v.asDouble();
    }

    double requiredNumber(String key) {
        if (!has(key)) {
            problem(key, "is required");
            return 0;
        }
        Double v = number(key, 0.0);
        return v == null ? 0 : v;
    }

    Integer integer(String key, Integer fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isIntegralNumber()) {
            problem(key, "must be a whole number");
            return fallback;
        }
        if (!v.canConvertToInt()) {
            problem(key, "is too large a number");
            return fallback;
        }
        return v.asInt();
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            problem(key, "must be true or false");
            return fallback;
        }
        return v.asBoolean();
    }

    List<String> strings(String key, boolean required) {
        if (!has(key)) {
            if (required) {
                problem(key, "is required (a list of text)");
            }
            return List.of();
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            problem(key, "must be a list of text");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                problems.add(new ScorecardProblem(at(key) + "[" + i + "]", "must be text"));
            } else {
                out.add(v.get(i).asText());
            }
        }
        if (required && out.isEmpty()) {
            problem(key, "must not be empty");
        }
        return out;
    }

    JsonObject object(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode v = node.get(key);
        if (!v.isObject()) {
            problem(key, "must be an object");
            return null;
        }
        return new JsonObject(v, at(key), problems);
    }

    JsonNode raw(String key) {
        read.add(key);
        return node.get(key);
    }

    List<JsonObject> objects(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode v = node.get(key);
        if (!v.isArray()) {
            problem(key, "must be a list");
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                problems.add(new ScorecardProblem(at(key) + "[" + i + "]", "must be an object"));
            } else {
                out.add(new JsonObject(v.get(i), at(key) + "[" + i + "]", problems));
            }
        }
        return out;
    }

    /** This object's field names, in document order (for objects keyed by the user's own names). */
    List<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Reports every field of this object that was never read. */
    void rejectUnknown() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                problem(name, "unknown field");
            }
        }
    }
}
