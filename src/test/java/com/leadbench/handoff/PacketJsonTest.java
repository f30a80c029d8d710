package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static String json(HandoffPacket packet) throws IOException {
        StringWriter out = new StringWriter();
        PacketJson.write(packet, out);
        return out.toString();
    }

    private static JsonNode read(HandoffPacket packet) throws IOException {
        return MAPPER.readTree(json(packet));
    }

    @Test
    void readsBackWithTheSchemaThePacketAndEveryLead() throws IOException {
        JsonNode root = read(SamplePacket.packet(CrmFormat.SALESFORCE));
        assertEquals(List.of("schema", "packet", "leads"), names(root));
        assertEquals("leadbench-handoff/2", root.get("schema").asText());
        JsonNode packet = root.get("packet");
        assertEquals("HP-2026-11-23-01", packet.get("id").asText());
        assertEquals("2026-11-23T08:30:00Z", packet.get("createdAt").asText());
        assertEquals("SALESFORCE", packet.get("format").asText());
        assertEquals(3, packet.get("leadCount").asInt());
        assertEquals(3, root.get("leads").size());
    }

    @Test
    void nestedValuesKeepTheirTypes() throws IOException {
        JsonNode leads = read(SamplePacket.packet(CrmFormat.GENERIC)).get("leads");
        JsonNode urgent = leads.get(0);
        assertEquals(1042, urgent.get("contactId").asLong());
        assertEquals("Jürgen Müller", urgent.get("name").get("display").asText());
        assertEquals(300_000_000L, urgent.get("company").get("annualRevenue").asLong());
        assertTrue(urgent.get("score").get("total").isDouble());
        assertEquals(117.5, urgent.get("score").get("total").asDouble());
        assertTrue(urgent.get("score").get("fit").isIntegralNumber(), "whole numbers carry no fraction");
        assertEquals("equipment-north-america", urgent.get("route").get("rule").asText());
        assertEquals("2026-11-23", urgent.get("deadline").get("due").asText());
        assertEquals("2026-11-24T06:00:00Z", urgent.get("deadline").get("endsAt").asText());
        assertTrue(urgent.get("urgent").asBoolean());
        assertTrue(urgent.get("override").isNull());
        assertEquals(SamplePacket.URGENT_FORM_TEXT, urgent.get("timeline").get(0).get("formText").asText());
        assertEquals("DEMO_REQUEST", urgent.get("timeline").get(0).get("type").asText());
        assertEquals(24, urgent.get("contributions").get(5).get("rawPoints").asInt());
        assertEquals(22.5, urgent.get("contributions").get(5).get("points").asDouble());

        JsonNode overridden = leads.get(1);
        assertEquals("B", overridden.get("tier").asText());
        assertEquals("C", overridden.get("scoredTier").asText());
        assertEquals("Key account in expansion; agreed with sales on 2026-11-16", overridden.get("override").get("reason").asText());
        assertTrue(overridden.get("note").get("edited").asBoolean());
        assertTrue(overridden.get("deadline").get("overdue").asBoolean());
    }

    @Test
    void absentValuesAreNullAndFormulaTextIsLeftAsItIs() throws IOException {
        JsonNode bare = read(SamplePacket.packet(CrmFormat.GENERIC)).get("leads").get(2);
        assertTrue(bare.has("email") && bare.get("email").isNull());
        assertTrue(bare.get("company").get("employees").isNull());
        assertTrue(bare.get("handoff").get("packetId").isNull());
        assertTrue(bare.get("timeline").get(0).get("asset").isNull());
        assertTrue(bare.get("contributions").get(0).get("at").isNull());
        assertEquals("=HYPERLINK(\"http://evil.example/x\",\"Click for details\")", bare.get("company").get("name").asText());
        assertEquals(-5, bare.get("score").get("fit").asInt());
        assertEquals("(unnamed #3001)", bare.get("name").get("display").asText());
    }

    @Test
    void fieldsComeInTheDocumentedOrder() throws IOException {
        JsonNode lead = read(SamplePacket.packet(CrmFormat.HUBSPOT)).get("leads").get(0);
        assertEquals(List.of("contactId", "externalId", "name", "email", "phone", "jobTitle", "persona", "company", "source",
                "campaign", "stage", "tier", "scoredTier", "override", "score", "route", "productLine", "deadline", "urgent",
                "nextStep", "note", "account", "contributions", "timeline", "olderActivities", "handoff"), names(lead));
        assertEquals(List.of("name", "domain", "industry", "employees", "annualRevenue", "country", "region"), names(lead.get("company")));
        assertEquals(List.of("qualifiedAt", "businessDays", "due", "endsAt", "overdue"), names(lead.get("deadline")));
        assertEquals(List.of("rule", "label", "part", "points", "rawPoints", "evidence", "at"), names(lead.get("contributions").get(0)));
        assertEquals(List.of("at", "type", "asset", "assetKind", "productLine", "campaign", "formText"), names(lead.get("timeline").get(0)));
    }

    @Test
    void prettyPrintedWithLfAndAFinalNewline() throws IOException {
        String json = json(SamplePacket.packet(CrmFormat.HUBSPOT));
        assertTrue(json.startsWith("{\n  \"schema\": \"leadbench-handoff/2\",\n  \"packet\": {\n    \"id\": "), json.substring(0, 80));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("Müller"), "non-ASCII text is written as UTF-8, not escaped");
        assertTrue(json(SamplePacket.packet(CrmFormat.HUBSPOT, List.of())).contains("\"leads\": []"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theTimelineCarriesTheNewestTwentyFiveAndCountsTheRest() throws IOException {
        HandoffLead busy = SamplePacket.urgentSql().pageViews(53).build();
        JsonNode lead = read(SamplePacket.packet(CrmFormat.GENERIC, List.of(busy))).get("leads").get(0);
        assertEquals(25, lead.get("timeline").size());
        assertEquals(busy.timeline().size() - 25, lead.get("olderActivities").asInt());
        assertEquals(busy.timeline().get(0).asset(), lead.get("timeline").get(0).get("asset").asText(), "newest first, as given");
        assertEquals(busy.timeline().get(24).asset(), lead.get("timeline").get(24).get("asset").asText());
    }
}
