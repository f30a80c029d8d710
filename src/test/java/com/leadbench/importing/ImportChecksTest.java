package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one placeholder-email rule, shared by the import's checks and the matcher. */
class ImportChecksTest {

    @ParameterizedTest(name = "{0} on {1} rows of {2} people: {3}")
    @CsvSource({
        "a@a.com, 2, 0, true",
        "test@test.com, 2, 1, true",
        "none@example.com, 2, 0, true",
        "a@a.com, 1, 1, false",
        "sales@acme.com, 3, 2, true",
        "sales@acme.com, 3, 1, false",
        "sales@acme.com, 2, 2, false",
        "sales@acme.com, 9, 0, false"})
    void aPlaceholderIsTypedOrSharedByDifferentPeople(String address, int rows, int people, boolean placeholder) {
        assertEquals(placeholder, ImportChecks.isPlaceholder(address, rows, people));
    }
}
