package com.leadbench.importing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped names: every target exists, every product is covered, names compare as people read them. */
class VocabularyTest {

    private static final Set<String> ROLES = Set.of("@won-flag", "@converted-flag", "@stage", "@converted-id", "@outcome-date",
            "@marketing-stage", "@deal", "@custom");

    @Test
    void everyTargetIsAFieldOfSomeKindOrAnOutcomeRole() {
        for (Vocabulary.Name n : Vocabulary.shipped().all()) {
            boolean field = Stream.of(ImportKind.values()).anyMatch(k -> ImportFields.find(k, n.target()).isPresent());
            assertTrue(field || ROLES.contains(n.target()), n + " names no target field");
        }
    }

    @Test
    void everyProductHasItsNames() {
        Map<String, Long> perVendor = Vocabulary.shipped().all().stream().filter(Vocabulary.Name::fromVendor)
                .collect(Collectors.groupingBy(Vocabulary.Name::vendor, TreeMap::new, Collectors.counting()));
        for (String vendor : List.of("HubSpot", "Salesforce", "Marketo", "Pardot", "Zoho CRM", "Pipedrive", "Mautic", "ActiveCampaign")) {
            assertTrue(perVendor.getOrDefault(vendor, 0L) >= 8, vendor + " has " + perVendor.get(vendor) + " names");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            First Name|firstname
            first_name|firstname
            FirstName|firstname
            Prénom|prenom
            No. of Employees|noofemployees
            Country/Region|countryregion
            E-Mail-Adresse|emailadresse
            Straße|strasse
            """)
    void namesCompareIgnoringCaseSpacingPunctuationAndAccents(String name, String key) {
        assertEquals(key, HeaderNames.key(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Email (2)|email
            Contact: First Name|firstname
            Lead.Email|email
            Person - Email - Work|email
            Region__c|region
            c__Industry|industry
            Organization - Name|companyname
            """)
    void readingsTakeOffWhatReadersAndVendorsAdd(String name, String key) {
        assertTrue(HeaderNames.readings(name).stream().anyMatch(r -> r.key().equals(key)), HeaderNames.readings(name).toString());
    }

    @Test
    void aMalformedLineIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> Vocabulary.parse(List.of("email | HubSpot")));
        assertEquals("email", Vocabulary.parse(List.of("# comment", "email | HubSpot | Email; E-Mail")).lookup("email").get(0).target());
    }
}
