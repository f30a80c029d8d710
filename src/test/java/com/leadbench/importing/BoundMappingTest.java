package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link BoundMapping#bind} on its own: a mapping against a header, no file and no database. */
class BoundMappingTest {

    private static ImportMapping contacts(String... pairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return new ImportMapping("test", ImportKind.CONTACTS, columns, Set.of(), DayOrder.ISO, Set.of(), ImportMapping.ON_CONTACT, Map.of());
    }

    @Test
    void columnsNotPlacedAreKeptAsCustomFields() {
        BoundMapping b = BoundMapping.bind(contacts("Id", "external_id", "Mail", "email"), List.of("Id", "Mail", "Fax", "Hobby"));

        assertEquals(List.of(), b.problems());
        assertTrue(b.has("external_id"));
        assertTrue(b.has("email"));
        assertFalse(b.has("phone"));
        assertEquals(List.of("Fax", "Hobby"), b.customFieldNames());
    }

    @Test
    void unknownTargetIsAProblemNamingTheColumn() {
        BoundMapping b = BoundMapping.bind(contacts("Id", "external_id", "Shoe", "shoe_size"), List.of("Id", "Shoe"));

        ImportProblem p = b.problems().getFirst();
        assertEquals("Shoe", p.column());
        assertEquals("shoe_size", p.value());
        assertTrue(p.reason().contains("is not a target field of a contacts import"), p.reason());
    }

    @Test
    void targetPlacedTwiceNamesTheFirstColumn() {
        BoundMapping b = BoundMapping.bind(contacts("Id", "external_id", "Mail", "email", "Mail2", "email"), List.of("Id", "Mail", "Mail2"));

        ImportProblem p = b.problems().getFirst();
        assertEquals("Mail2", p.column());
        assertEquals("email is already placed by column \"Mail\"", p.reason());
    }

    @Test
    void missingRequiredFieldIsNamedOnLineOne() {
        BoundMapping b = BoundMapping.bind(contacts("First", "first_name"), List.of("First"));

        assertEquals(List.of("external_id or email"), b.missingRequired());
        assertEquals(1, b.problems().getFirst().line());
    }

    @Test
    void repeatedHeaderNameIsAProblemListingItsColumns() {
        BoundMapping b = BoundMapping.bind(contacts("Id", "external_id"), List.of("Id", "Note", "Note"));

        assertTrue(b.problems().stream().anyMatch(p -> p.column().equals("Note") && p.reason().contains("(columns 2, 3)")),
                b.problems()::toString);
    }

    @Test
    void headerColumnIsFoundIgnoringCaseWhenThatIsUnique() {
        BoundMapping b = BoundMapping.bind(contacts("EMAIL", "email"), List.of("Email"));

        assertEquals(List.of(), b.problems());
        assertTrue(b.has("email"));
    }
}
