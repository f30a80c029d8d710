package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.ingest.DayOrder;
import com.leadbench.ingest.ImportException;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.ImportProblem;
import com.leadbench.ingest.MappingPresets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping document: saved mappings read back equal; mistakes are named by JSON path. */
class ImportMappingJsonTest {

    @TempDir
    Path dir;

    @Test
    void everyPresetReadsBackEqual() throws Exception {
        for (ImportMapping preset : MappingPresets.all()) {
            assertEquals(preset, ImportMappingJson.read(ImportMappingJson.write(preset), preset.name()), preset.name());
        }
    }

    @Test
    void aSavedMappingReadsBackEqualWithItsOrderKept() throws Exception {
        ImportMapping mapping = new ImportMapping("Trade show scans", ImportKind.CONTACTS,
                Map.of("E-Mail", "email", "Firma", "company", "Notiz", "custom:note"), Set.of("Badge"), DayOrder.EUROPEAN,
                Set.of("Select", "-"), "account", Map.of("source", "Hannover Messe {Halle}"));
        Path file = dir.resolve("mapping.json");
        ImportMappingJson.write(mapping, file);
        ImportMapping read = ImportMappingJson.read(file);
        assertEquals(mapping, read);
        assertEquals(List.copyOf(mapping.columns().keySet()), List.copyOf(read.columns().keySet()));
    }

    @Test
    void theDocumentedExampleReads() throws Exception {
        String json = """
                {
                  "name": "Trade show leads",
                  "kind": "contacts",
                  "dayOrder": "EUROPEAN",
                  "columns": { "E-Mail": "email", "Firma": "company", "Erfasst": "created_at" },
                  "dropped": ["Scanner-ID"],
                  "constants": { "source": "Trade show", "campaign": "Hannover Messe {Jahr}" },
                  "nullValues": ["-", "Select"],
                  "customFieldsOn": "contact"
                }
                """;
        ImportMapping m = ImportMappingJson.read(json, "example");
        assertEquals(ImportKind.CONTACTS, m.kind());
        assertEquals(DayOrder.EUROPEAN, m.dayOrder());
        assertEquals("email", m.columns().get("E-Mail"));
        assertEquals(Set.of("Scanner-ID"), m.dropped());
        assertEquals("Hannover Messe {Jahr}", m.constants().get("campaign"));
    }

    @Test
    void problemsAreNamedByTheirJsonPath() {
        String json = """
                { "name": "x", "kind": "activities", "dayOrder": "american",
                  "columns": { "when": "occurred", "Contact ID": "contact_external_id", "n": 3 },
                  "constants": { "colour": "red" }, "colour": "blue", "customFieldsOn": "company" }
                """;
        ImportException e = assertThrows(ImportException.class, () -> ImportMappingJson.read(json, "bad.json"));
        List<String> problems = e.problems().stream().map(p -> p.column() + ": " + p.reason()).toList();
        assertTrue(problems.contains("$.dayOrder: must be ISO, US or EUROPEAN"), problems.toString());
        assertTrue(problems.contains("$.customFieldsOn: must be contact or account"), problems.toString());
        assertTrue(problems.contains("$.colour: unknown field"), problems.toString());
        assertTrue(problems.contains("$.columns.n: must be text"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.columns.when: \"occurred\" is not a target field of an activities import")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("$.constants.colour: \"colour\" is not a target field")), problems.toString());
        assertTrue(e.getMessage().startsWith("bad.json: 6 problems: "), e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.line() == 0));
    }

    @Test
    void notJsonAtAll() {
        ImportException e = assertThrows(ImportException.class, () -> ImportMappingJson.read("{ \"name\": ", "broken.json"));
        ImportProblem p = e.problems().get(0);
        assertEquals("$", p.column());
        assertTrue(p.reason().startsWith("not valid JSON"), p.reason());
    }

    @Test
    void nameAndKindAreRequired() {
        ImportException e = assertThrows(ImportException.class, () -> ImportMappingJson.read("{}", "empty.json"));
        List<String> paths = e.problems().stream().map(ImportProblem::column).toList();
        assertEquals(List.of("$.name", "$.kind"), paths);
    }

    @Test
    void everyMappingShownInTheDocumentationReadsAndThePresetsThereAreTheShippedOnes() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("docs", "import.md"));
        java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("```json\\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(doc);
        int read = 0;
        while (blocks.find()) {
            ImportMapping m = ImportMappingJson.read(blocks.group(1), "docs/import.md block " + (read + 1));
            MappingPresets.named(m.name()).ifPresent(preset -> assertEquals(preset, m, "docs/import.md shows " + m.name() + " as shipped"));
            read++;
        }
        assertTrue(read >= 6, "json blocks in docs/import.md: " + read);
    }
}
