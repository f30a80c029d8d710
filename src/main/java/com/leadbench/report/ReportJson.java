package com.leadbench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadbench.report.ProcessReport.AccountRow;
import com.leadbench.report.ProcessReport.Bucket;
import com.leadbench.report.ProcessReport.Cohort;
import com.leadbench.report.ProcessReport.Content;
import com.leadbench.report.ProcessReport.Conversion;
import java.util.List;
import java.util.Optional;

/**
 * A process report as JSON (schema {@code leadbench-report/1}): every figure with its counts;
 * rates as numbers between 0 and 1 with their 95% interval, null where the group is empty.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static String write(ProcessReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "leadbench-report/1");
        ObjectNode filter = root.putObject("filter");
        filter.put("from", r.filter().from().map(Object::toString).orElse(null));
        filter.put("to", r.filter().to().map(Object::toString).orElse(null));
        if (r.filter().version().isPresent()) {
            filter.put("version", r.filter().version().get());
        } else {
            filter.putNull("version");
        }
        root.put("asOf", r.asOf().toString());
        ObjectNode totals = root.putObject("totals");
        totals.put("mqls", r.totals().mqls());
        totals.put("sqls", r.totals().sqls());
        totals.put("accepted", r.totals().accepted());
        totals.put("rejected", r.totals().rejected());
        totals.put("won", r.totals().won());
        totals.put("lost", r.totals().lost());
        totals.put("salesReportedOutcomes", r.totals().outcomes());
        rate(totals.putObject("mqlToSql"), r.totals().mqlToSql());
        rate(totals.putObject("mqlToWon"), r.totals().mqlToWon());
        ObjectNode conversion = root.putObject("conversion");
        conversions(conversion.putArray("byTier"), r.byTier());
        conversions(conversion.putArray("bySource"), r.bySource());
        conversions(conversion.putArray("byCampaign"), r.byCampaign());
        conversions(conversion.putArray("byProductLine"), r.byProductLine());
        conversions(conversion.putArray("byRule"), r.byRule());
        ObjectNode speed = root.putObject("speedToLead");
        speed.put("contacted", r.speed().contacted());
        speed.put("notContacted", r.speed().notContacted());
        number(speed, "medianHours", r.speed().medianHours());
        number(speed, "medianHoursFromSql", r.speed().medianHoursFromSql());
        ArrayNode histogram = speed.putArray("histogram");
        for (Bucket b : r.speed().histogram()) {
            ObjectNode o = histogram.addObject();
            o.put("label", b.label());
            o.put("fromHours", b.fromHours());
            if (b.toHours() == null) {
                o.putNull("toHours");
            } else {
                o.put("toHours", b.toHours());
            }
            o.put("count", b.count());
        }
        rate(speed.putObject("withinDeadline"), r.speed().withinDeadline());
        rate(speed.putObject("followUpCompletion"), r.speed().completion());
        ObjectNode accounts = root.putObject("accounts");
        accounts.put("accountsWithMqls", r.accounts().accountsWithMqls());
        rate(accounts.putObject("mqlsInTargetAccounts"), r.accounts().inTargetAccounts());
        accounts.put("mqas", r.accounts().mqas().mqas());
        rate(accounts.putObject("mqaToOpportunity"), r.accounts().mqas().toOpportunity());
        rate(accounts.putObject("mqaToWon"), r.accounts().mqas().toWon());
        rate(accounts.putObject("mqlsInMqas"), r.accounts().mqas().mqlsInMqas());
        accountRows(accounts.putArray("top"), r.accounts().top());
        accountRows(accounts.putArray("buyingGroups"), r.accounts().buyingGroups());
        ArrayNode content = root.putArray("content");
        for (Content c : r.content()) {
            ObjectNode o = content.addObject();
            o.put("kind", c.kind());
            o.put("key", c.key());
            o.put("mqls", c.mqls());
            o.put("won", c.won());
        }
        ArrayNode cohorts = root.putArray("cohorts");
        for (Cohort c : r.cohorts()) {
            ObjectNode o = cohorts.addObject();
            o.put("month", c.month().toString());
            o.put("tier", c.tier().map(Enum::name).orElse("ALL"));
            o.put("mqls", c.mqls());
            o.put("sqls", c.sqls());
            o.put("won", c.won());
        }
        root.put("warnBelow", r.warnBelow());
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void conversions(ArrayNode array, List<Conversion> rows) {
        for (Conversion c : rows) {
            ObjectNode o = array.addObject();
            o.put("key", c.key());
            o.put("mqls", c.mqls());
            o.put("sqls", c.sqls());
            o.put("won", c.won());
            rate(o.putObject("mqlToSql"), c.toSql());
            rate(o.putObject("mqlToWon"), c.toWon());
        }
    }

    private static void accountRows(ArrayNode array, List<AccountRow> rows) {
        for (AccountRow a : rows) {
            ObjectNode o = array.addObject();
            o.put("accountId", a.accountId());
            o.put("name", a.name());
            o.put("industry", a.industry());
            o.put("target", a.target());
            o.put("mqls", a.mqls());
            o.put("engagedContacts", a.engagedContacts());
            o.put("won", a.won());
        }
    }

    private static void rate(ObjectNode o, Rate r) {
        o.put("hits", r.hits());
        o.put("n", r.n());
        number(o, "rate", r.n() == 0 ? Optional.empty() : Optional.of(r.value()));
        number(o, "low", r.n() == 0 ? Optional.empty() : Optional.of(r.low()));
        number(o, "high", r.n() == 0 ? Optional.empty() : Optional.of(r.high()));
    }

    private static void number(ObjectNode o, String key, Optional<Double> value) {
        if (value.isPresent()) {
            o.put(key, Math.round(value.get() * 1e6) / 1e6);
        } else {
            o.putNull(key);
        }
    }
}
