package com.leadbench.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Contact;
import com.leadbench.model.FieldFill;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePlanTest {

    private static Contact contact(long id, String email, String firstName, String jobTitle, String phone, Long accountId) {
        return new Contact(id, null, email, firstName, null, jobTitle, phone, null, null, null, null, Instant.EPOCH, null,
                accountId, Map.of());
    }

    private static Contact empty(long id) {
        return contact(id, null, null, null, null, null);
    }

    @Test
    void theKeptContactsValuesWin() {
        Contact kept = contact(1, "ann@acme.com", "Ann", "CTO", "+49 1", 7L);
        Contact merged = contact(2, "ann.b@acme.com", "Anna", "Head of IT", "+49 2", 8L);

        assertEquals(List.of(), MergePlan.fills(kept, Map.of(), merged, Map.of()));
    }

    @Test
    void emptyFieldsOfTheKeptContactAreFilledFromTheMergedOne() {
        Contact kept = contact(1, "ann@acme.com", null, "  ", "+49 1", null);
        Contact merged = contact(2, "other@acme.com", "Ann", "CTO", "+49 2", 8L);

        assertEquals(List.of(
                        new FieldFill("first_name", false, true, null, "Ann"),
                        new FieldFill("job_title", false, true, "  ", "CTO"),
                        new FieldFill("account_id", false, true, null, "8")),
                MergePlan.fills(kept, Map.of(), merged, Map.of()));
    }

    @ParameterizedTest(name = "kept ''{0}'', merged ''{1}'': filled {2}")
    @CsvSource(nullValues = "null", value = {
            "null, CTO,  true",
            "'',   CTO,  true",
            "' ',  CTO,  true",
            "CEO,  CTO,  false",
            "null, null, false",
            "null, '',   false",
            "null, ' ',  false",
            "CEO,  null, false",
    })
    void aFieldIsFilledOnlyWhenTheKeptOneIsBlankAndTheMergedOneIsNot(String keptValue, String mergedValue, boolean filled) {
        Contact kept = contact(1, null, null, keptValue, null, null);
        Contact merged = contact(2, null, null, mergedValue, null, null);

        List<FieldFill> fills = MergePlan.fills(kept, Map.of(), merged, Map.of());

        assertEquals(filled ? List.of(new FieldFill("job_title", false, true, keptValue, mergedValue)) : List.of(), fills);
    }

    @Test
    void everyTextFieldCanBeFilledInTableOrder() {
        Contact merged = new Contact(2, "X-2", "b@acme.com", "Bo", "Berg", "CTO", "+1", "DE", "AT", "webinar", "spring", Instant.EPOCH,
                "sam", 3L, Map.of());

        List<FieldFill> fills = MergePlan.fills(empty(1), Map.of(), merged, Map.of());

        assertEquals(MergePlan.fields(), fills.stream().map(FieldFill::field).toList());
        assertEquals(List.of("X-2", "b@acme.com", "Bo", "Berg", "CTO", "+1", "DE", "AT", "webinar", "spring", "sam", "3"),
                fills.stream().map(FieldFill::after).toList());
        fills.forEach(f -> assertEquals(f.after(), MergePlan.value(merged, f.field())));
    }

    @Test
    void customFieldsTheKeptContactLacksAreAddedAndItsEmptyOnesFilled() {
        Map<String, String> keptCustom = new HashMap<>();
        keptCustom.put("budget", null);
        keptCustom.put("fleet", "");
        keptCustom.put("plan", "gold");
        Map<String, String> mergedCustom = new LinkedHashMap<>();
        mergedCustom.put("budget", "50k");
        mergedCustom.put("fleet", "12");
        mergedCustom.put("plan", "silver");
        mergedCustom.put("region", "north");

        assertEquals(List.of(
                        new FieldFill("budget", true, true, null, "50k"),
                        new FieldFill("fleet", true, true, "", "12"),
                        new FieldFill("region", true, false, null, "north")),
                MergePlan.fills(empty(1), keptCustom, empty(2), mergedCustom));
    }

    @Test
    void theAccountIsFilledOnlyWhenTheKeptContactHasNone() {
        assertEquals(List.of(), MergePlan.fills(contact(1, null, null, null, null, 7L), Map.of(), contact(2, null, null, null, null, 8L), Map.of()));
        assertEquals(List.of(), MergePlan.fills(empty(1), Map.of(), empty(2), Map.of()));
    }

    @Test
    void valueReadsAFieldAsTheMergeRecordsIt() {
        Contact c = contact(1, "ann@acme.com", "Ann", null, null, 42L);

        assertEquals("ann@acme.com", MergePlan.value(c, "email"));
        assertEquals("42", MergePlan.value(c, "account_id"));
        assertNull(MergePlan.value(c, "job_title"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MergePlan.value(c, "created_at")).getMessage()
                .contains("created_at"));
    }
}
