package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PacketCsvTest {

    /** The columns each CRM's file must have, in order, as the brief and docs/handoff.md list them. */
    private static final Map<CrmFormat, List<String>> EXPECTED_HEADERS = Map.of(
            CrmFormat.HUBSPOT, List.of("First Name", "Last Name", "Email", "Phone Number", "Job Title", "Company Name",
                    "Company Domain Name", "Industry", "Number of Employees", "Country/Region", "Lifecycle Stage", "Lead Status",
                    "Contact owner", "Leadbench Tier", "Leadbench Score", "Leadbench Fit", "Leadbench Intent",
                    "Leadbench Route Rule", "Response Deadline", "Urgent", "Next Step", "Handoff Note", "Handoff Packet",
                    "Leadbench Contact ID"),
            CrmFormat.SALESFORCE, List.of("FirstName", "LastName", "Email", "Phone", "Title", "Company", "Website", "Industry",
                    "NumberOfEmployees", "AnnualRevenue", "Country", "LeadSource", "Status", "Rating", "Description",
                    "Leadbench_Tier__c", "Leadbench_Score__c", "Leadbench_Fit__c", "Leadbench_Intent__c", "Leadbench_Stage__c",
                    "Route__c", "Route_Rule__c", "Response_Deadline__c", "Urgent__c", "Next_Step__c", "Handoff_Packet__c",
                    "Leadbench_Contact_Id__c"),
            CrmFormat.GENERIC, List.of("contact_id", "external_id", "first_name", "last_name", "email", "phone", "job_title",
                    "persona", "company", "domain", "industry", "employees", "annual_revenue", "country", "region", "source",
                    "campaign", "stage", "tier", "scored_tier", "override_reason", "fit", "intent", "total", "scorecard", "route",
                    "route_rule", "route_reason", "product_line", "qualified_at", "deadline", "business_days", "overdue", "urgent",
                    "next_step", "note", "note_edited", "packet_id", "handed_off_at"));

    private static final Map<CrmFormat, String> NOTE_COLUMN = Map.of(
            CrmFormat.HUBSPOT, "Handoff Note", CrmFormat.SALESFORCE, "Description", CrmFormat.GENERIC, "note");

    static String csv(HandoffPacket packet) throws IOException {
        StringWriter out = new StringWriter();
        PacketCsv.write(packet, out);
        return out.toString();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    static List<String> header(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getHeaderNames();
        }
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void readsBackWithTheCrmsColumnsAndOneRecordPerLead(CrmFormat format) throws IOException {
        String csv = csv(SamplePacket.packet(format));
        assertEquals(EXPECTED_HEADERS.get(format), header(csv));
        assertEquals(EXPECTED_HEADERS.get(format), CrmColumns.headers(format));
        List<CSVRecord> records = parse(csv);
        assertEquals(3, records.size());
        for (CSVRecord r : records) {
            assertEquals(EXPECTED_HEADERS.get(format).size(), r.size(), "cells in record " + r.getRecordNumber());
        }
        HandoffLead first = SamplePacket.urgentSql().build();
        assertEquals(first.note(), records.get(0).get(NOTE_COLUMN.get(format)), "the multi-line note is one cell");
        assertTrue(first.note().contains("\n"));
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void linesEndWithCrlfAndTheFileHasNoByteOrderMark(CrmFormat format) throws IOException {
        String csv = csv(SamplePacket.packet(format));
        assertFalse(csv.startsWith("\uFEFF"));
        assertTrue(csv.startsWith(EXPECTED_HEADERS.get(format).getFirst()));
        assertTrue(csv.endsWith("\r\n"));
        String header = csv.substring(0, csv.indexOf('\n') + 1);
        assertTrue(header.endsWith("\r\n"), header);
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void noCellReadsBackStartingLikeAFormula(CrmFormat format) throws IOException {
        List<CSVRecord> records = parse(csv(SamplePacket.packet(format)));
        int neutralised = 0;
        for (CSVRecord r : records) {
            for (String cell : r) {
                assertFalse(SpreadsheetCells.startsFormula(cell), "cell " + cell + " of record " + r.getRecordNumber());
                if (cell.startsWith("'")) {
                    neutralised++;
                }
            }
        }
        assertTrue(neutralised >= 2, "the bare lead's company and job title (and more) are neutralised: " + neutralised);
    }

    @Test
    void formulaLikeValuesArriveQuotedAndNegativeNumbersAsText() throws IOException {
        CSVRecord bare = parse(csv(SamplePacket.packet(CrmFormat.GENERIC))).get(2);
        assertEquals("'=HYPERLINK(\"http://evil.example/x\",\"Click for details\")", bare.get("company"));
        assertEquals("'@SUM(A1:A9)", bare.get("job_title"));
        assertEquals("'-5", bare.get("fit"));
        assertTrue(bare.get("note").startsWith("'-5 fit"));
        CSVRecord urgent = parse(csv(SamplePacket.packet(CrmFormat.GENERIC))).get(0);
        assertEquals("'+1 312 555 0147", urgent.get("phone"));
    }

    @Test
    void genericFileWritesNumbersDatesAndInstantsPlainly() throws IOException {
        List<CSVRecord> records = parse(csv(SamplePacket.packet(CrmFormat.GENERIC)));
        CSVRecord urgent = records.get(0);
        assertEquals("1042", urgent.get("contact_id"));
        assertEquals("55", urgent.get("fit"));
        assertEquals("62.5", urgent.get("intent"));
        assertEquals("117.5", urgent.get("total"));
        assertEquals("300000000", urgent.get("annual_revenue"));
        assertEquals("1200", urgent.get("employees"));
        assertEquals("2026-11-20T14:05:00Z", urgent.get("qualified_at"));
        assertEquals("2026-11-23", urgent.get("deadline"));
        assertEquals("2026-11-23T08:30:00Z", urgent.get("handed_off_at"));
        assertEquals("true", urgent.get("urgent"));
        assertEquals("false", urgent.get("overdue"));
        CSVRecord overridden = records.get(1);
        assertEquals("48250000.75", overridden.get("annual_revenue"));
        assertEquals("B", overridden.get("tier"));
        assertEquals("C", overridden.get("scored_tier"));
        CSVRecord bare = records.get(2);
        assertEquals("", bare.get("email"));
        assertEquals("", bare.get("annual_revenue"));
        assertEquals("", bare.get("handed_off_at"));
    }

    @ParameterizedTest
    @CsvSource({"MQL, marketingqualifiedlead", "SQL, salesqualifiedlead", "HANDED_OFF, lead", "LEAD, lead", "WON, lead"})
    void hubSpotLifecycleStageUsesTheInternalValues(LifecycleStage stage, String expected) throws IOException {
        HandoffLead lead = SamplePacket.urgentSql().stage(stage).build();
        CSVRecord r = parse(csv(SamplePacket.packet(CrmFormat.HUBSPOT, List.of(lead)))).getFirst();
        assertEquals(expected, r.get("Lifecycle Stage"));
        assertEquals("NEW", r.get("Lead Status"));
        assertEquals("Equipment sales — North America", r.get("Contact owner"));
    }

    @ParameterizedTest
    @CsvSource({"A, MQL, Hot", "B, SQL, Hot", "B, MQL, Warm", "C, MQL, Cold", "NOT_QUALIFIED, MQL, Cold"})
    void salesforceRatingFollowsTierAndStage(Tier tier, LifecycleStage stage, String rating) throws IOException {
        HandoffLead lead = SamplePacket.overriddenMql().tier(tier).stage(stage).build();
        CSVRecord r = parse(csv(SamplePacket.packet(CrmFormat.SALESFORCE, List.of(lead)))).getFirst();
        assertEquals(rating, r.get("Rating"));
        assertEquals("Open - Not Contacted", r.get("Status"));
    }

    @Test
    void salesforceGetsTheRequiredLastNameAndCompanyWhenTheyAreMissing() throws IOException {
        HandoffLead withEmail = SamplePacket.overriddenMql().lastName(null).company(null).build();
        HandoffLead withNothing = SamplePacket.overriddenMql().lastName(null).email(null).company("  ").build();
        List<CSVRecord> records = parse(csv(SamplePacket.packet(CrmFormat.SALESFORCE, List.of(withEmail, withNothing))));
        assertEquals("priya.raman@northwind-pumps.co.uk", records.get(0).get("LastName"));
        assertEquals("[not provided]", records.get(0).get("Company"));
        assertEquals("Unknown", records.get(1).get("LastName"));
        assertEquals("[not provided]", records.get(1).get("Company"));
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void docsDescribeEveryColumn(CrmFormat format) throws IOException {
        String docs = Files.readString(Path.of("docs", "handoff.md"));
        for (String header : CrmColumns.headers(format)) {
            assertTrue(docs.contains("| `" + header + "` |"), "docs/handoff.md has no row for " + format + " column " + header);
        }
    }

    @Test
    void anEmptyPacketIsJustTheHeader() throws IOException {
        String csv = csv(SamplePacket.packet(CrmFormat.GENERIC, List.of()));
        assertEquals(String.join(",", EXPECTED_HEADERS.get(CrmFormat.GENERIC)) + "\r\n", csv);
    }
}
