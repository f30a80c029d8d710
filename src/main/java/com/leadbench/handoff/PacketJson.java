package com.leadbench.handoff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.leadbench.model.Activity;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * handoff.json: the whole packet for programs (schema {@value #SCHEMA}, docs/handoff.md). Fields
 * come in a fixed order, two-space indents, {@code "name": value}, LF line ends and a final newline,
 * so the same packet always gives the same bytes. Instants are ISO-8601 strings in UTC, dates
 * {@code yyyy-MM-dd}, enums their names, absent values {@code null}; numbers are JSON numbers,
 * whole ones without a fraction. Text is written as it is: no spreadsheet formula neutralisation,
 * since JSON is not opened by a spreadsheet (a reader that pastes it into one must do that itself).
 */
public final class PacketJson {

    public static final String SCHEMA = "leadbench-handoff/2";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private PacketJson() {
    }

    public static void write(HandoffPacket packet, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeObjectFieldStart("packet");
            g.writeStringField("id", packet.id());
            instant(g, "createdAt", packet.createdAt());
            g.writeStringField("format", packet.format().name());
            g.writeStringField("selection", packet.selection());
            g.writeNumberField("leadCount", packet.leads().size());
            g.writeEndObject();
            g.writeArrayFieldStart("leads");
            for (HandoffLead lead : packet.leads()) {
                lead(g, lead);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(INDENT).withArrayIndenter(INDENT);
    }

    private static void lead(JsonGenerator g, HandoffLead l) throws IOException {
        g.writeStartObject();
        g.writeNumberField("contactId", l.contactId());
        text(g, "externalId", l.externalId());
        g.writeObjectFieldStart("name");
        text(g, "first", l.firstName());
        text(g, "last", l.lastName());
        text(g, "display", l.displayName());
        g.writeEndObject();
        text(g, "email", l.email());
        text(g, "phone", l.phone());
        text(g, "jobTitle", l.jobTitle());
        text(g, "persona", l.persona());
        g.writeObjectFieldStart("company");
        text(g, "name", l.company());
        text(g, "domain", l.domain());
        text(g, "industry", l.industry());
        number(g, "employees", l.employees() == null ? null : l.employees().doubleValue());
        number(g, "annualRevenue", l.annualRevenue());
        text(g, "country", l.country());
        text(g, "region", l.region());
        g.writeEndObject();
        text(g, "source", l.source());
        text(g, "campaign", l.campaign());
        g.writeStringField("stage", l.stage().name());
        g.writeStringField("tier", l.tier().name());
        g.writeStringField("scoredTier", l.scoredTier().name());
        if (l.overridden()) {
            g.writeObjectFieldStart("override");
            text(g, "reason", l.overrideReason());
            g.writeEndObject();
        } else {
            g.writeNullField("override");
        }
        g.writeObjectFieldStart("score");
        number(g, "fit", l.fit());
        number(g, "intent", l.intent());
        number(g, "total", l.total());
        text(g, "scorecard", l.scorecard());
        g.writeEndObject();
        g.writeObjectFieldStart("route");
        g.writeStringField("queue", l.route().queue());
        g.writeStringField("rule", l.route().ruleId());
        g.writeStringField("reason", l.route().reason());
        g.writeEndObject();
        text(g, "productLine", l.productLine());
        deadline(g, l.deadline(), l.overdue());
        g.writeBooleanField("urgent", l.urgent());
        g.writeStringField("nextStep", l.nextStep());
        g.writeObjectFieldStart("note");
        g.writeStringField("text", l.note());
        g.writeBooleanField("edited", l.noteEdited());
        g.writeEndObject();
        g.writeArrayFieldStart("account");
        for (String line : l.account()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contributions");
        for (Contribution c : l.contributions()) {
            contribution(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("timeline");
        for (Activity a : l.recentTimeline()) {
            activity(g, a);
        }
        g.writeEndArray();
        g.writeNumberField("olderActivities", l.olderActivities());
        g.writeObjectFieldStart("handoff");
        text(g, "packetId", l.packetId());
        instant(g, "handedOffAt", l.handedOffAt());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void deadline(JsonGenerator g, Deadline d, boolean overdue) throws IOException {
        g.writeObjectFieldStart("deadline");
        instant(g, "qualifiedAt", d.qualifiedAt());
        g.writeNumberField("businessDays", d.businessDays());
        date(g, "due", d.due());
        instant(g, "endsAt", d.endsAt());
        g.writeBooleanField("overdue", overdue);
        g.writeEndObject();
    }

    private static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", c.ruleId());
        g.writeStringField("label", c.label());
        g.writeStringField("part", c.part().name());
        number(g, "points", c.points());
        number(g, "rawPoints", c.rawPoints());
        g.writeStringField("evidence", c.evidence());
        instant(g, "at", c.at());
        g.writeEndObject();
    }

    private static void activity(JsonGenerator g, Activity a) throws IOException {
        g.writeStartObject();
        instant(g, "at", a.occurredAt());
        g.writeStringField("type", a.type().name());
        text(g, "asset", a.asset());
        text(g, "assetKind", a.assetKind());
        text(g, "productLine", a.productLine());
        text(g, "campaign", a.campaign());
        text(g, "formText", a.formText());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    /** A whole number without a fraction (30, not 30.0); others as the shortest double that reads back the same. */
    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber(value.longValue());
        } else {
            g.writeNumber(value);
        }
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        text(g, name, value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value));
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        text(g, name, value == null ? null : value.toString());
    }
}
