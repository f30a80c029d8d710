package com.leadbench.handoff;

import com.leadbench.model.Activity;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Contribution;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.routing.Deadlines.Deadline;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * handoff.html: the packet as a person reads it, on screen or on paper. One self-contained file
 * (inline style, no scripts, no external resources): a header with the packet's facts and a table
 * of contents, then one section per lead with its note, facts, score breakdown and activity
 * timeline; in print each lead starts on a new page. Every piece of data is escaped; all times are
 * UTC; the page holds no time but the packet's own, so the same packet gives the same bytes.
 */
public final class PacketHtml {

    /** Timeline rows shown per lead; older ones are counted, not listed. */

    private static final DateTimeFormatter DATE = NoteWriter.DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final String NONE = "<span class=\"none\">—</span>";

    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem; color: #1f2328; background: #fff;
              font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
            h2 { font-size: 1.25rem; margin: 0 0 .4rem; }
            h3 { font-size: .8rem; margin: 1.4rem 0 .4rem; text-transform: uppercase; letter-spacing: .06em; color: #57606a; }
            .kicker { margin: 0; font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: #57606a; }
            dl.packet { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.25rem; margin: 0 0 1.5rem; }
            dl.packet dt { font-weight: 600; color: #57606a; }
            dl.packet dd { margin: 0; }
            table { width: 100%; border-collapse: collapse; margin: .25rem 0 .5rem; font-size: .93em; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
            thead th { border-bottom: 2px solid #57606a; font-weight: 600; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .nowrap { white-space: nowrap; }
            table.facts th { width: 10rem; font-weight: 600; color: #57606a; }
            tr.total th, tr.total td { border-top: 2px solid #57606a; border-bottom: none; font-weight: 700; }
            section.lead { border-top: 3px solid #1f2328; margin-top: 2.5rem; padding-top: 1rem; }
            .company { font-weight: 400; color: #57606a; }
            .status { margin: 0 0 .5rem; }
            pre.note { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: .25rem 0; padding: .75rem 1rem;
              border-left: 4px solid #57606a; background: #f6f8fa; }
            .form { white-space: pre-wrap; font-style: italic; }
            .lines { white-space: pre-wrap; }
            .chip { display: inline-block; padding: 0 .45em; border: 1px solid; border-radius: .25rem; font-size: .8em;
              font-weight: 600; line-height: 1.6; white-space: nowrap; vertical-align: .08em; }
            .tier-a { color: #0a3622; background: #d1e7dd; border-width: 2px; }
            .tier-b { color: #052c65; background: #cfe2ff; }
            .tier-c { color: #5c4403; background: #fff3cd; border-style: dashed; }
            .tier-not-qualified, .tier-excluded, .stage { color: #41464b; background: #f1f3f5; border-style: dotted; }
            .urgent, .overdue { color: #842029; background: #f8d7da; font-weight: 700; letter-spacing: .04em; border-width: 2px; }
            .overdue { border-style: double; border-width: 3px; }
            .none, .muted, .more { color: #57606a; }
            .more { font-style: italic; margin: .25rem 0; }
            a { color: inherit; }
            @page { margin: 15mm 12mm; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              section.lead { break-before: page; page-break-before: always; border-top: none; margin-top: 0; padding-top: 0; }
              pre.note { background: none; border: 1px solid #57606a; }
              a { text-decoration: none; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
            }
            """;

    private PacketHtml() {
    }

    public static void write(HandoffPacket packet, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Handoff packet ").append(escape(packet.id())).append(" — ").append(count(packet.leads().size()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(h, packet);
        contents(h, packet);
        h.append("<main>\n");
        for (int i = 0; i < packet.leads().size(); i++) {
            lead(h, i + 1, packet.leads().get(i));
        }
        h.append("</main>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void header(StringBuilder h, HandoffPacket packet) {
        h.append("<header>\n<p class=\"kicker\">Leadbench handoff packet</p>\n<h1>").append(escape(packet.id())).append("</h1>\n")
                .append("<dl class=\"packet\">\n")
                .append("<dt>Created</dt><dd>").append(TIME.format(packet.createdAt())).append("</dd>\n")
                .append("<dt>Selection</dt><dd>").append(escape(packet.selection())).append("</dd>\n")
                .append("<dt>Leads</dt><dd>").append(packet.leads().size()).append("</dd>\n")
                .append("<dt>CRM file</dt><dd>handoff.csv for ").append(escape(packet.format().label())).append("</dd>\n")
                .append("</dl>\n</header>\n");
    }

    private static void contents(StringBuilder h, HandoffPacket packet) {
        h.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n");
        if (packet.leads().isEmpty()) {
            h.append("<p class=\"none\">This packet holds no leads.</p>\n</nav>\n");
            return;
        }
        h.append("<table class=\"toc\">\n<thead><tr><th class=\"num\">#</th><th>Lead</th><th>Company</th><th>Stage</th>")
                .append("<th>Tier</th><th>Deadline</th><th>Route</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < packet.leads().size(); i++) {
            HandoffLead l = packet.leads().get(i);
            h.append("<tr><td class=\"num\">").append(i + 1).append("</td>")
                    .append("<td><a href=\"#").append(anchor(i + 1)).append("\">").append(escape(l.displayName())).append("</a>")
                    .append(l.urgent() ? " " + chip("urgent", "URGENT") : "").append("</td>")
                    .append("<td>").append(orNone(l.company())).append("</td>")
                    .append("<td>").append(escape(l.stage().label())).append("</td>")
                    .append("<td>").append(tierChip(l.tier())).append(l.overridden() ? " <span class=\"muted\">set by hand</span>" : "")
                    .append("</td>")
                    .append("<td class=\"nowrap\">").append(DUE.format(l.deadline().due()))
                    .append(l.overdue() ? " " + chip("overdue", "OVERDUE") : "").append("</td>")
                    .append("<td>").append(escape(l.route().queue())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</nav>\n");
    }

    private static void lead(StringBuilder h, int number, HandoffLead l) {
        h.append("<section class=\"lead\" id=\"").append(anchor(number)).append("\">\n")
                .append("<h2>").append(number).append(". ").append(escape(l.displayName()))
                .append(l.company() == null ? "" : " <span class=\"company\">· " + escape(l.company()) + "</span>").append("</h2>\n")
                .append("<p class=\"status\">").append(chip("stage", escape(l.stage().label()))).append(' ').append(tierChip(l.tier()))
                .append(l.urgent() ? " " + chip("urgent", "URGENT") : "")
                .append(l.overdue() ? " " + chip("overdue", "OVERDUE") : "")
                .append(" Score ").append(Points.format(l.total())).append(" (fit ").append(Points.format(l.fit()))
                .append(", intent ").append(Points.format(l.intent())).append(") · contact by ")
                .append(DUE.format(l.deadline().due())).append(" · ").append(escape(l.route().queue())).append("</p>\n");
        h.append("<h3>Handoff note").append(l.noteEdited() ? " <span class=\"muted\">(edited by the manager)</span>" : "")
                .append("</h3>\n<pre class=\"note\">").append(escape(l.note())).append("</pre>\n");
        facts(h, l);
        breakdown(h, l);
        timeline(h, l.recentTimeline(), l.olderActivities());
        h.append("</section>\n");
    }

    private static void facts(StringBuilder h, HandoffLead l) {
        h.append("<h3>Facts</h3>\n<table class=\"facts\">\n<tbody>\n");
        fact(h, "Name", escape(l.displayName()) + (l.externalId() == null ? "" : " <span class=\"muted\">(external id "
                + escape(l.externalId()) + ")</span>"));
        fact(h, "Job title", orNone(l.jobTitle()) + (l.persona() == null ? "" : " <span class=\"muted\">(persona: "
                + escape(l.persona()) + ")</span>"));
        fact(h, "Email", orNone(l.email()));
        fact(h, "Phone", orNone(l.phone()));
        fact(h, "Company", orNone(l.company()) + (l.domain() == null ? "" : " <span class=\"muted\">· " + escape(l.domain()) + "</span>"));
        fact(h, "Industry", orNone(l.industry()));
        fact(h, "Employees", l.employees() == null ? NONE : String.format(Locale.ROOT, "%,d", l.employees()));
        fact(h, "Annual revenue", l.annualRevenue() == null ? NONE : escape(money(l.annualRevenue())));
        fact(h, "Region, country", joined(l.region(), l.country()));
        fact(h, "Source, campaign", joined(l.source(), l.campaign()));
        fact(h, "Stage", escape(l.stage().label()));
        fact(h, "Tier", tierChip(l.tier()) + (l.overridden() ? " set by hand (scored " + escape(l.scoredTier().label()) + ")"
                + (l.overrideReason() == null ? "" : ": " + escape(l.overrideReason())) : ""));
        fact(h, "Score", Points.format(l.total()) + " (fit " + Points.format(l.fit()) + ", intent " + Points.format(l.intent()) + ")"
                + (l.scorecard() == null ? "" : " <span class=\"muted\">· scorecard " + escape(l.scorecard()) + "</span>"));
        fact(h, "Route", escape(l.route().queue()) + " <span class=\"muted\">(rule " + escape(l.route().ruleId()) + ")</span><br>"
                + escape(l.route().reason()));
        fact(h, "Product line", orNone(l.productLine()));
        fact(h, "Deadline", deadline(l.deadline(), l.overdue()));
        if (!l.account().isEmpty()) {
            fact(h, "Account", "<span class=\"lines\">" + escape(String.join("\n", l.account())) + "</span>");
        }
        fact(h, "Next step", "<span class=\"lines\">" + escape(l.nextStep()) + "</span>");
        fact(h, "Handed off", l.packetId() == null && l.handedOffAt() == null ? NONE
                : joined(l.packetId(), l.handedOffAt() == null ? null : TIME.format(l.handedOffAt())));
        h.append("</tbody>\n</table>\n");
    }

    private static String deadline(Deadline d, boolean overdue) {
        return "Contact by " + DUE.format(d.due()) + (overdue ? " " + chip("overdue", "OVERDUE") : "")
                + "<br><span class=\"muted\">" + d.businessDays() + " business day" + (d.businessDays() == 1 ? "" : "s")
                + " after qualifying on " + TIME.format(d.qualifiedAt()) + "; ends " + TIME.format(d.endsAt()) + "</span>";
    }

    private static void breakdown(StringBuilder h, HandoffLead l) {
        h.append("<h3>Score breakdown</h3>\n<table class=\"breakdown\">\n<thead><tr><th>Rule</th><th>Part</th>")
                .append("<th class=\"num\">Points</th><th>Evidence</th><th>Date</th></tr></thead>\n<tbody>\n");
        if (l.contributions().isEmpty()) {
            h.append("<tr><td colspan=\"5\" class=\"none\">No rule contributed points.</td></tr>\n");
        }
        for (Contribution c : l.contributions()) {
            h.append("<tr><td>").append(escape(c.label())).append("<br><span class=\"muted\">").append(escape(c.ruleId())).append("</span></td>")
                    .append("<td>").append(escape(c.part().label())).append("</td>")
                    .append("<td class=\"num\">").append(Points.signed(c.points()))
                    .append(Points.format(c.rawPoints()).equals(Points.format(c.points())) ? ""
                            : "<br><span class=\"muted\">raw " + Points.signed(c.rawPoints()) + "</span>")
                    .append("</td>")
                    .append("<td>").append(escape(c.evidence())).append("</td>")
                    .append("<td class=\"nowrap\">").append(c.at() == null ? NONE : DATE.format(c.at())).append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr class=\"total\"><th colspan=\"2\">Total <span class=\"muted\">(fit ")
                .append(Points.format(l.fit())).append(", intent ").append(Points.format(l.intent())).append(")</span></th>")
                .append("<td class=\"num\">").append(Points.format(l.total())).append("</td><td colspan=\"2\"></td></tr></tfoot>\n")
                .append("</table>\n");
    }

    private static void timeline(StringBuilder h, List<Activity> timeline, int older) {
        h.append("<h3>Activity <span class=\"muted\">(newest first)</span></h3>\n");
        if (timeline.isEmpty()) {
            h.append("<p class=\"none\">No activity on record.</p>\n");
            return;
        }
        h.append("<table class=\"timeline\">\n<thead><tr><th>When</th><th>Activity</th><th>Details</th><th>Product line</th>")
                .append("<th>Campaign</th></tr></thead>\n<tbody>\n");
        for (Activity a : timeline) {
            List<String> details = new ArrayList<>();
            if (a.asset() != null) {
                details.add(escape(a.asset()) + (a.assetKind() == null ? "" : " <span class=\"muted\">(" + escape(a.assetKind()) + ")</span>"));
            } else if (a.assetKind() != null) {
                details.add("<span class=\"muted\">" + escape(a.assetKind()) + "</span>");
            }
            if (a.formText() != null) {
                details.add("<div class=\"form\">“" + escape(a.formText()) + "”</div>");
            }
            h.append("<tr><td class=\"nowrap\">").append(TIME.format(a.occurredAt())).append("</td>")
                    .append("<td>").append(escape(a.type().label())).append("</td>")
                    .append("<td>").append(details.isEmpty() ? NONE : String.join("", details)).append("</td>")
                    .append("<td>").append(orNone(a.productLine())).append("</td>")
                    .append("<td>").append(orNone(a.campaign())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (older > 0) {
            h.append("<p class=\"more\">… and ").append(older).append(" older</p>\n");
        }
    }

    private static void fact(StringBuilder h, String label, String html) {
        h.append("<tr><th scope=\"row\">").append(label).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String tierChip(Tier tier) {
        return chip("tier-" + tier.key(), escape(tier.label()));
    }

    private static String chip(String kind, String html) {
        return "<span class=\"chip " + kind + "\">" + html + "</span>";
    }

    private static String anchor(int number) {
        return "lead-" + number;
    }

    private static String count(int leads) {
        return leads + (leads == 1 ? " lead" : " leads");
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : escape(value);
    }

    /** The present values joined by " · ", or the missing-value mark. */
    private static String joined(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(escape(v));
            }
        }
        return kept.isEmpty() ? NONE : String.join(" · ", kept);
    }

    /** "$300,000,000", "$1,234.50". */
    private static String money(double amount) {
        return amount == Math.rint(amount) ? String.format(Locale.ROOT, "$%,.0f", amount) : String.format(Locale.ROOT, "$%,.2f", amount);
    }

    /** The text with {@code & < > " '} escaped, safe in element content and in quoted attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
