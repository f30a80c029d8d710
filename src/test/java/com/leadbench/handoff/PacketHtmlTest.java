package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PacketHtmlTest {

    static String html(HandoffPacket packet) throws IOException {
        StringWriter out = new StringWriter();
        PacketHtml.write(packet, out);
        return out.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void everyLeadHasASectionAndAnEntryInTheContents() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        assertEquals(3, count(html, "<section class=\"lead\""));
        assertEquals(3, count(html, "</section>"));
        for (int i = 1; i <= 3; i++) {
            assertTrue(html.contains("<section class=\"lead\" id=\"lead-" + i + "\">"));
            assertTrue(html.contains("<a href=\"#lead-" + i + "\">"));
        }
        assertTrue(html.contains("Jürgen Müller"));
        assertTrue(html.contains("(unnamed #3001)"));
    }

    @Test
    void dataIsEscaped() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        assertFalse(html.contains("<script"), "no script element, not even from a form");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
        assertTrue(html.contains("=HYPERLINK(&quot;http://evil.example/x&quot;,&quot;Click for details&quot;)"));
        assertTrue(html.contains("Food &amp; Beverage Processing"));
        assertEquals("&amp;&lt;&gt;&quot;&#39;x", PacketHtml.escape("&<>\"'x"));
    }

    @Test
    void selfContainedWithoutScriptsOrExternalResources() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<style>"));
        for (String external : List.of("<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import")) {
            assertFalse(html.contains(external), external);
        }
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) {
            assertTrue(hrefs.group(1).startsWith("#"), "only links inside the page: " + hrefs.group(1));
        }
        Matcher http = Pattern.compile("https?://").matcher(html);
        while (http.find()) {
            String around = html.substring(Math.max(0, http.start() - 40), http.start());
            assertFalse(around.matches("(?s).*(href|src|action)=\"?$"), "a URL is shown as text only: " + around);
        }
    }

    @Test
    void printStartsEachLeadOnANewPage() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        String print = html.substring(html.indexOf("@media print"));
        assertTrue(print.contains("section.lead { break-before: page;"), print);
    }

    @Test
    void urgentAndOverdueLeadsAreMarkedInTheContents() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        String contents = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        assertEquals(1, count(contents, ">URGENT<"));
        assertEquals(1, count(contents, ">OVERDUE<"));
        assertTrue(contents.contains("<span class=\"chip tier-b\">Tier B</span> <span class=\"muted\">set by hand</span>"));
    }

    @Test
    void theNoteKeepsItsLineBreaks() throws IOException {
        String html = html(SamplePacket.packet(CrmFormat.HUBSPOT));
        assertTrue(html.contains("<pre class=\"note\">Priya met us at Hannover Messe (booth B12) and asked for seal kits for 14 pumps.\n"
                + "She decides with procurement; call before Friday.\n\nTier set by hand: key account in expansion.</pre>"));
    }

    @Test
    void theTimelineShowsTheNewestTwentyFiveAndCountsTheRest() throws IOException {
        HandoffLead busy = SamplePacket.urgentSql().pageViews(53).build();
        String html = html(SamplePacket.packet(CrmFormat.GENERIC, List.of(busy)));
        String timeline = html.substring(html.indexOf("<table class=\"timeline\">"));
        assertEquals(25, HandoffLead.TIMELINE_SHOWN);
        assertEquals(25, count(timeline, "<tr><td class=\"nowrap\">"));
        assertTrue(timeline.contains("<td>Page 25 ") && !timeline.contains("<td>Page 26 "), "the first twenty-five as given (newest first)");
        assertTrue(timeline.contains("<p class=\"more\">… and 28 older</p>"));
    }

    @Test
    void aLeadWithoutActivityOrContributionsSaysSo() throws IOException {
        HandoffLead empty = SamplePacket.bare().build();
        HandoffLead none = new HandoffLead(empty.contactId(), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, empty.stage(), empty.tier(), empty.scoredTier(), null, 0, 0, 0, null, empty.route(),
                empty.deadline(), false, false, null, empty.nextStep(), empty.note(), false, List.of(), List.of(), null, null);
        String html = html(SamplePacket.packet(CrmFormat.GENERIC, List.of(none)));
        assertTrue(html.contains("No rule contributed points."));
        assertTrue(html.contains("No activity on record."));
    }
}
