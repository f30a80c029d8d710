package com.leadbench.importing.matching;

import static com.leadbench.importing.matching.MappingMatcherTest.col;
import static com.leadbench.importing.matching.MappingMatcherTest.guess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.ImportKind;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.model.FollowUpKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A contacts file that says how its leads ended gets an outcome column, with won, lost and open values and a date. */
class OutcomeDetectionTest {

    private static OutcomeColumn outcomeOf(MappingGuess g) {
        OutcomeColumn o = g.mapping().outcome().orElseThrow(() -> new AssertionError("no outcome in " + g.lines()));
        assertEquals(ColumnMatch.OUTCOME, g.column(o.column()).orElseThrow().target());
        return o;
    }

    @Test
    void aConvertedFlagIsWonWhenTrueAndNoOutcomeWhenFalseDatedByItsConversion() {
        // an unconverted lead is not a loss sales reported (import corpus README, "Outcome semantics")
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Id", "00Q1", "00Q2", "00Q3"),
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("CreatedDate", "2024-01-02T10:00:00.000Z", "2024-01-03T10:00:00.000Z", "2024-01-04T10:00:00.000Z"),
                col("IsConverted", "true", "false", "false"),
                col("ConvertedDate", "2024-02-01", "", "")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("IsConverted", o.column());
        assertEquals(Set.of("true"), o.won());
        assertTrue(o.skip().contains("false"), o.skip().toString());
        assertEquals("ConvertedDate", o.dateColumn());
        assertEquals("CreatedDate", o.dateFallback());
        assertTrue(g.column("IsConverted").orElseThrow().reason().startsWith("header is Salesforce's API name for a converted flag"),
                g.column("IsConverted").orElseThrow().reason());
        assertEquals(Optional.of(FollowUpKind.WON), o.classify("TRUE"));
        assertEquals(Optional.empty(), o.classify("false"));
    }

    @Test
    void aZeroOneConvertedColumnIsAFlagEvenWhenTheSampleHasOnlyZeros() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Lead Number", "660737", "660728", "660727"),
                col("Converted", "0", "0", "0"),
                col("Lead Source", "Google", "Olark Chat", "Direct Traffic")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals(Set.of("1"), o.won());
        assertEquals(Optional.empty(), o.classify("0"));
        assertNull(o.dateColumn(), "no date column and no creation date: the time of the import");
    }

    @Test
    void aStageWithOpenValuesSkipsThem() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr", "dan@hooli.com"),
                col("Create Date", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05"),
                col("StageName", "Closed Won", "Prospecting", "Closed Lost", "Negotiation/Review"),
                col("CloseDate", "2024-03-01", "", "2024-03-05", "")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("StageName", o.column());
        assertEquals(Set.of("closed won"), o.won());
        assertEquals(Set.of("closed lost"), o.lost());
        assertEquals(Set.of("prospecting", "negotiation/review"), o.skip());
        assertEquals("CloseDate", o.dateColumn());
        assertEquals("Create Date", o.dateFallback());
        assertEquals(Optional.empty(), o.classify("Prospecting"));
        assertEquals(Optional.empty(), o.classify("Id. Decision Makers"), "a stage never sampled stays open");
        assertEquals(Optional.of(FollowUpKind.WON), o.classify("Closed Won"));
    }

    @Test
    void aStageWithoutLostValuesStillNamesTheUsualOnes() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Lead Stage", "Customer", "Lead", "Marketing Qualified Lead"),
                col("Became a Customer Date", "2024-05-01", "", "")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals(Set.of("customer"), o.won());
        assertEquals(Optional.empty(), o.classify("Subscriber"));
        assertEquals(Optional.of(FollowUpKind.LOST), o.classify("Closed Lost"));
        assertEquals("Became a Customer Date", o.dateColumn());
    }

    @Test
    void aConvertedOpportunityIdIsWonWhenThere() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Id", "00Q1", "00Q2", "00Q3"),
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("ConvertedOpportunityId", "0065g00000O1", "", ""),
                col("ConvertedDate", "2024-02-01", "", "")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("ConvertedOpportunityId", o.column());
        assertEquals(Set.of(OutcomeColumn.ANY), o.won());
        assertEquals("ConvertedDate", o.dateColumn());
        assertEquals(Optional.of(FollowUpKind.WON), o.classify("0065g00000O2"));
        assertEquals(Optional.empty(), o.classify(""));
    }

    @Test
    void aStageWithOpenValuesIsPreferredOverIsWonWhichIsFalseForOpenDealsToo() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("StageName", "Closed Won", "Closed Lost", "Prospecting"),
                col("IsWon", "true", "false", "false"),
                col("IsClosed", "true", "true", "false"),
                col("CloseDate", "2024-03-01", "2024-03-02", "2024-06-30")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("StageName", o.column());
        assertEquals(Set.of("closed won"), o.won());
        assertEquals(Set.of("closed lost"), o.lost());
        assertEquals(Optional.empty(), o.classify("Prospecting"));
        assertEquals("CloseDate", o.dateColumn());
        assertEquals("custom:IsWon", g.column("IsWon").orElseThrow().target());
    }

    @Test
    void isWonIsPreferredOverAStageWithoutOpenValues() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("StageName", "Closed Won", "Closed Lost", "Closed Lost"),
                col("IsWon", "true", "false", "false"),
                col("CloseDate", "2024-03-01", "2024-03-02", "2024-06-30")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("IsWon", o.column());
        assertEquals(Set.of("true"), o.won());
        assertEquals(Set.of("false"), o.lost());
        assertEquals("custom:StageName", g.column("StageName").orElseThrow().target());
    }

    @Test
    void aMarketingStageIsNoOutcome() {
        // HubSpot's lifecycle stage and Mautic's stage place a lead in the marketing funnel; they never say lost
        MappingGuess hubspot = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Lifecycle Stage", "customer", "lead", "marketingqualifiedlead")));
        assertEquals(Optional.empty(), hubspot.mapping().outcome());
        assertEquals("custom:Lifecycle Stage", hubspot.column("Lifecycle Stage").orElseThrow().target());
        assertTrue(MappingMatcher.outcomeOf("Lifecycle Stage", List.of("Email", "Lifecycle Stage"),
                List.of(List.of("ada@acme.com", "customer"), List.of("bob@globex.io", "lead")), null).isPresent(), "a person may still choose it");
    }

    @Test
    void aLeadStatusThatSaysConvertedBeatsTheConvertedFlag() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Status", "Closed - Converted", "Open - Not Contacted", "Closed - Not Converted"),
                col("IsConverted", "true", "false", "false")));
        OutcomeColumn o = outcomeOf(g);
        assertEquals("Status", o.column());
        assertEquals(Set.of("closed - converted"), o.won());
        assertEquals(Set.of("closed - not converted"), o.lost());
        assertEquals(Set.of("open - not contacted"), o.skip());
    }

    @Test
    void aStatusWithoutWonValuesIsNoOutcome() {
        MappingGuess g = guess(ImportKind.CONTACTS, List.of(
                col("Email", "ada@acme.com", "bob@globex.io", "chloe@initech.fr"),
                col("Lead Status", "New", "Attempted to Contact", "Connected")));
        assertEquals(Optional.empty(), g.mapping().outcome());
        assertEquals("custom:Lead Status", g.column("Lead Status").orElseThrow().target());
    }

    @Test
    void outcomesBelongToContactsFilesOnly() {
        MappingGuess g = guess(ImportKind.ACTIVITIES, List.of(
                col("Email", "ada@acme.com", "bob@globex.io"),
                col("IsWon", "true", "false")));
        assertEquals(Optional.empty(), g.mapping().outcome());
    }

    @Test
    void aPersonCanMakeAnyColumnTheOutcome() {
        List<String> headers = List.of("Email", "Result of the call", "Created");
        List<List<String>> rows = List.of(List.of("ada@acme.com", "won", "2024-01-01"), List.of("bob@globex.io", "lost", "2024-01-02"),
                List.of("chloe@initech.fr", "callback", "2024-01-03"));
        OutcomeColumn o = MappingMatcher.outcomeOf("Result of the call", headers, rows, "Created").orElseThrow();
        assertEquals(Set.of("won"), o.won());
        assertEquals(Set.of("lost"), o.lost());
        assertEquals(Set.of("callback"), o.skip());
        assertEquals("Created", o.dateColumn());
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, headers, rows, "calls.csv", null)
                .withOutcome(Optional.of(o), "chosen by you");
        assertEquals(ColumnMatch.OUTCOME, g.column("Result of the call").orElseThrow().target());
        assertEquals(Optional.of(o), g.mapping().outcome());
        assertEquals(Optional.empty(), g.withTarget("Result of the call", null).mapping().outcome());
    }
}
