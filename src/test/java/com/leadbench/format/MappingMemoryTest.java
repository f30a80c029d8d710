package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.matching.MappingGuess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chosen mapping is offered again for a file with the same columns. */
class MappingMemoryTest {

    @TempDir
    Path dir;

    private static final List<String> HEADERS = List.of("Lead ID", "E-Mail", "First Name", "Erfasst", "Notiz", "Scanner-ID");

    private static ImportMapping chosen() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Lead ID", "external_id");
        columns.put("E-Mail", "email");
        columns.put("First Name", "first_name");
        columns.put("Erfasst", "created_at");
        columns.put("Notiz", "custom:note");
        return new ImportMapping("Trade show leads", ImportKind.CONTACTS, columns, Set.of("Scanner-ID"), DayOrder.EUROPEAN,
                Set.of("-"), ImportMapping.ON_CONTACT, Map.of("campaign", "Messe {Erfasst}"));
    }

    @Test
    void aRememberedMappingComesBackForTheSameColumns() throws Exception {
        MappingMemory memory = new MappingMemory(dir.resolve("mappings"));
        assertEquals(Optional.empty(), memory.recall(ImportKind.CONTACTS, HEADERS));
        memory.remember(HEADERS, chosen());
        assertEquals(Optional.of(chosen()), memory.recall(ImportKind.CONTACTS, HEADERS));
        assertTrue(Files.isRegularFile(memory.fileFor(ImportKind.CONTACTS, HEADERS)));
        assertEquals(1, Files.list(dir.resolve("mappings")).count(), "no temporary file is left behind");
    }

    @Test
    void theSameColumnsSpelledOtherwiseAndInAnotherOrderGetItSpelledTheirWay() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        memory.remember(HEADERS, chosen());
        List<String> other = List.of("first_name", "lead_id", "email", "ERFASST", "Notiz", "Scanner ID");
        ImportMapping recalled = memory.recall(ImportKind.CONTACTS, other).orElseThrow();
        assertEquals(Map.of("lead_id", "external_id", "email", "email", "first_name", "first_name", "ERFASST", "created_at",
                "Notiz", "custom:note"), recalled.columns());
        assertEquals(Set.of("Scanner ID"), recalled.dropped());
        assertEquals("Messe {ERFASST}", recalled.constants().get("campaign"));
        assertEquals(DayOrder.EUROPEAN, recalled.dayOrder());
    }

    @Test
    void otherColumnsOrAnotherKindGetNothing() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        memory.remember(HEADERS, chosen());
        assertEquals(Optional.empty(), memory.recall(ImportKind.CONTACTS, HEADERS.subList(0, 5)));
        assertEquals(Optional.empty(), memory.recall(ImportKind.ACTIVITIES, HEADERS));
        assertNotEquals(MappingMemory.key(ImportKind.CONTACTS, HEADERS), MappingMemory.key(ImportKind.ACTIVITIES, HEADERS));
    }

    @Test
    void rememberingAgainReplacesAndForgettingRemoves() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        memory.remember(HEADERS, chosen());
        ImportMapping changed = chosen().withColumn("Notiz", null);
        memory.remember(HEADERS, changed);
        assertEquals(Optional.of(changed), memory.recall(ImportKind.CONTACTS, HEADERS));
        assertTrue(memory.forget(ImportKind.CONTACTS, HEADERS));
        assertFalse(memory.forget(ImportKind.CONTACTS, HEADERS));
        assertEquals(Optional.empty(), memory.recall(ImportKind.CONTACTS, HEADERS));
    }

    @Test
    void anUnreadableSavedMappingIsNotOffered() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        Files.writeString(memory.fileFor(ImportKind.CONTACTS, HEADERS), "{ not json");
        assertEquals(Optional.empty(), memory.recall(ImportKind.CONTACTS, HEADERS));
    }

    @Test
    void anOfferShowsEveryColumnAsSaved() throws Exception {
        MappingMemory memory = new MappingMemory(dir);
        memory.remember(HEADERS, chosen());
        List<List<String>> rows = List.of(List.of("L1", "ada@acme.com", "Ada", "05.03.2024", "met at booth", "S-1"));
        MappingGuess offer = memory.offer(ImportKind.CONTACTS, HEADERS, rows).orElseThrow();
        assertEquals(List.of("Lead ID -> external_id (1.00)", "E-Mail -> email (1.00)", "First Name -> first_name (1.00)",
                "Erfasst -> created_at (1.00)", "Notiz -> custom:note (1.00)", "Scanner-ID -> (left out) (1.00)"), offer.lines());
        assertEquals("saved for files with these columns", offer.columns().get(0).reason());
        assertEquals(chosen(), offer.mapping());
    }
}
