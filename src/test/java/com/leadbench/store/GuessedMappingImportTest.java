package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.matching.MappingGuess;
import com.leadbench.importing.matching.MappingMatcher;
import com.leadbench.workflow.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports shaped like each product's import with the mapping the matcher guesses, untouched. */
class GuessedMappingImportTest {

    @TempDir
    Path dir;

    private static final String SALESFORCE_LEAD_CSV = """
            Id,IsDeleted,LastName,FirstName,Salutation,Title,Company,City,Country,Phone,MobilePhone,Email,Website,LeadSource,Status,Industry,AnnualRevenue,NumberOfEmployees,OwnerId,IsConverted,ConvertedDate,ConvertedOpportunityId,CreatedDate
            00Q5g000001AAA1,false,Schmidt,Anna,Ms.,Head of Engineering,Acme GmbH,Berlin,Germany,+49 30 1234567,+49 170 1234567,anna@acme.de,www.acme.de,Web,Closed - Converted,Manufacturing,1200000,120,0055g000000XyZ1,true,2024-04-01,0065g00000O1,2024-03-05T14:22:10.000Z
            00Q5g000001AAA2,false,Okafor,Ben,Mr.,Buyer,Globex Corp,Lagos,Nigeria,,,ben@globex.com,globex.com,Trade Show,Open - Not Contacted,Energy,,,0055g000000XyZ1,false,,,2024-03-06T09:00:00.000Z
            """;
    private static final String HUBSPOT_CSV = """
            Record ID,First Name,Last Name,Email,Phone Number,Job Title,Lifecycle Stage,Lead Status,Contact owner,Create Date,Associated Company,Country/Region,Original Source,Became a Customer Date
            101,Anna,Schmidt,anna@acme.de,+49 30 1234567,Head of Engineering,Customer,Open Deal,Jane Miller,2024-03-05 14:22,Acme GmbH,Germany,Organic Search,2024-04-02 09:00
            102,Ben,Okafor,ben@globex.com,,Buyer,Lead,New,Jane Miller,2024-03-06 09:00,Globex Corp,Nigeria,Paid Social,
            """;
    private static final String PIPEDRIVE_CSV = """
            Person - ID,Person - Name,Person - First name,Person - Last name,Person - Organization,Person - Email - Work,Person - Phone - Work,Person - Owner,Person - Person created,Person - Won deals
            1,Anna Schmidt,Anna,Schmidt,Acme GmbH,anna@acme.de,+49 30 1234567,Jane Miller,2024-03-05 14:22:10,1
            2,Ben Okafor,Ben,Okafor,Globex Corp,ben@globex.com,,Jane Miller,2024-03-06 09:00:00,0
            """;
    private static final String PARDOT_CSV = """
            Prospect Id,First Name,Last Name,Email,Company,Website,Job Title,Country,Source,Annual Revenue,Employees,Score,Grade,Created Date,Assigned User,Opted Out
            55501,Anna,Schmidt,anna@acme.de,Acme GmbH,www.acme.de,Head of Engineering,Germany,Website,"$1,000,000 - $4,999,999",100-499,85,A,2024-03-05 14:22:10,Jane Miller,0
            55502,Ben,Okafor,ben@globex.com,Globex Corp,,Buyer,Nigeria,Trade Show,,,20,C,2024-03-06 09:00:00,Jane Miller,1
            """;
    private static final String LEAD_LIST_CSV = """
            Prospect ID,Lead Number,Lead Origin,Lead Source,Do Not Email,Converted,TotalVisits,Page Views Per Visit,Country,What is your current occupation,City
            7927b2df-8bba-4d29-b9a2-b6e0beafe620,660737,API,Olark Chat,No,0,0,0,,Unemployed,Select
            2a272436-5132-4136-86fa-dcc88c88f482,660728,API,Organic Search,No,1,5,2.5,India,Student,Mumbai
            """;

    @ParameterizedTest
    @ValueSource(strings = {"salesforce", "hubspot", "pipedrive", "pardot", "leadlist"})
    void anExportImportsWithTheGuessedMapping(String which) throws Exception {
        String csv = switch (which) {
            case "salesforce" -> SALESFORCE_LEAD_CSV;
            case "hubspot" -> HUBSPOT_CSV;
            case "pipedrive" -> PIPEDRIVE_CSV;
            case "pardot" -> PARDOT_CSV;
            default -> LEAD_LIST_CSV;
        };
        Path file = dir.resolve(which + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        CsvSource source = CsvSource.open(file);
        MappingGuess guess = MappingMatcher.guess(ImportKind.CONTACTS, source.headers(), source.firstRows(MappingMatcher.SAMPLE_ROWS),
                file.getFileName().toString());
        assertTrue(guess.mapping().columns().containsValue("external_id"), guess.lines().toString());
        try (Database db = Database.open(dir.resolve("leads.db"))) {
            ImportSummary summary = new Importer(db).run(source, guess.mapping(), true, ImportProgress.NONE);
            assertTrue(summary.accepted(), guess.lines() + "\n" + summary.problems());
            assertEquals(2, summary.read());
        }
    }
}
