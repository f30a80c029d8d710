package com.leadbench.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.MergeRecord;
import com.leadbench.model.MovedRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit-log detail of a merge and of its undo, as JSON. A merge's detail holds the merged
 * contact's full row (column names as in the database, times in ISO-8601) with its custom fields,
 * the kept contact's filled fields with their values before, and the ids of every moved row:
 *
 * <pre>{"format":"leadbench-merge/1","kept":7,"kept_name":"Ada Lovelace","kept_stage_before":"LEAD",
 *  "appended_transition":null,"reason":"Same email",
 *  "merged":{"id":9,"external_id":"NB-100009","email":"ADA@ACME.COM",...,"custom_fields":{}},
 *  "filled":[{"field":"job_title","custom":false,"existed":true,"before":null,"after":"Plant Engineer"}],
 *  "moved":{"activity":[31,32],"sales_follow_up":[],"stage_transition":[12],"review_note":[]}}</pre>
 */
public final class MergeJson {

    public static final String MERGE_FORMAT = "leadbench-merge/1";
    public static final String UNMERGE_FORMAT = "leadbench-unmerge/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MergeJson() {
    }

    /** What an undo did, for its own audit line. */
    public record Undo(long undoes, long keptId, long mergedId, List<String> restored, List<String> leftAsIs, Long appendedTransition) {

        public Undo {
            restored = List.copyOf(restored);
            leftAsIs = List.copyOf(leftAsIs);
        }
    }

    public static String write(MergeRecord m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", MERGE_FORMAT);
        root.put("kept", m.keptId());
        root.put("kept_name", m.keptName());
        root.put("kept_stage_before", m.keptStageBefore() == null ? null : m.keptStageBefore().name());
        root.put("appended_transition", m.appendedTransition());
        root.put("reason", m.reason());
        writeContact(root.putObject("merged"), m.merged());
        ArrayNode filled = root.putArray("filled");
        for (FieldFill f : m.filled()) {
            ObjectNode o = filled.addObject();
            o.put("field", f.field());
            o.put("custom", f.custom());
            o.put("existed", f.existed());
            o.put("before", f.before());
            o.put("after", f.after());
        }
        ObjectNode moved = root.putObject("moved");
        ids(moved.putArray("activity"), m.moved().activities());
        ids(moved.putArray("sales_follow_up"), m.moved().followUps());
        ids(moved.putArray("stage_transition"), m.moved().transitions());
        ids(moved.putArray("review_note"), m.moved().reviewNotes());
        ids(moved.putArray("lead_decision"), m.moved().decisions());
        return toString(root);
    }

    /** Reads a merge's detail back; the audit line supplies its id, time and actor. */
    public static MergeRecord read(String detail, long auditId, Instant at, String actor) {
        JsonNode root = parse(detail, MERGE_FORMAT);
        JsonNode moved = required(root, "moved");
        List<FieldFill> filled = new ArrayList<>();
        for (JsonNode f : required(root, "filled")) {
            filled.add(new FieldFill(text(f, "field"), f.path("custom").asBoolean(), f.path("existed").asBoolean(true),
                    text(f, "before"), text(f, "after")));
        }
        String stage = text(root, "kept_stage_before");
        return new MergeRecord(auditId, at, actor, required(root, "kept").asLong(), text(root, "kept_name"),
                readContact(required(root, "merged")), filled,
                new MovedRows(ids(moved, "activity"), ids(moved, "sales_follow_up"), ids(moved, "stage_transition"),
                        ids(moved, "review_note"), moved.has("lead_decision") ? ids(moved, "lead_decision") : List.of()),
                stage == null ? null : LifecycleStage.valueOf(stage), longOrNull(root, "appended_transition"),
                text(root, "reason"), null);
    }

    public static String writeUndo(Undo u) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", UNMERGE_FORMAT);
        root.put("undoes", u.undoes());
        root.put("kept", u.keptId());
        root.put("merged", u.mergedId());
        ArrayNode restored = root.putArray("restored");
        u.restored().forEach(restored::add);
        ArrayNode left = root.putArray("left_as_is");
        u.leftAsIs().forEach(left::add);
        root.put("appended_transition", u.appendedTransition());
        return toString(root);
    }

    public static Undo readUndo(String detail) {
        JsonNode root = parse(detail, UNMERGE_FORMAT);
        return new Undo(required(root, "undoes").asLong(), required(root, "kept").asLong(), required(root, "merged").asLong(),
                texts(root.path("restored")), texts(root.path("left_as_is")), longOrNull(root, "appended_transition"));
    }

    // ------------------------------------------------------------------ the contact row

    private static void writeContact(ObjectNode o, Contact c) {
        o.put("id", c.id());
        o.put("external_id", c.externalId());
        o.put("email", c.email());
        o.put("first_name", c.firstName());
        o.put("last_name", c.lastName());
        o.put("job_title", c.jobTitle());
        o.put("phone", c.phone());
        o.put("country", c.country());
        o.put("ip_country", c.ipCountry());
        o.put("source", c.source());
        o.put("campaign", c.campaign());
        o.put("created_at", c.createdAt().toString());
        o.put("owner", c.owner());
        o.put("account_id", c.accountId());
        ObjectNode custom = o.putObject("custom_fields");
        new TreeMap<>(c.customFields()).forEach(custom::put);
    }

    private static Contact readContact(JsonNode o) {
        Map<String, String> custom = new LinkedHashMap<>();
        o.path("custom_fields").properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                custom.put(e.getKey(), e.getValue().asText());
            }
        });
        return new Contact(required(o, "id").asLong(), text(o, "external_id"), text(o, "email"), text(o, "first_name"),
                text(o, "last_name"), text(o, "job_title"), text(o, "phone"), text(o, "country"), text(o, "ip_country"),
                text(o, "source"), text(o, "campaign"), Instant.parse(required(o, "created_at").asText()), text(o, "owner"),
                longOrNull(o, "account_id"), custom);
    }

    // ------------------------------------------------------------------ plumbing

    private static void ids(ArrayNode array, List<Long> ids) {
        ids.forEach(array::add);
    }

    private static List<Long> ids(JsonNode moved, String table) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : required(moved, table)) {
            out.add(n.asLong());
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static JsonNode parse(String detail, String format) {
        if (detail == null) {
            throw new IllegalArgumentException("the audit line has no detail");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the audit line's detail is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("the audit line's detail is not a " + format + " record");
        }
        return root;
    }

    private static JsonNode required(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("the merge record has no \"" + key + "\"");
        }
        return v;
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static String toString(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a merge record", e);
        }
    }
}
