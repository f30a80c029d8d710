package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.importing.DayOrder;
import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportException;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProblem;
import com.leadbench.importing.MappingPresets;
import com.leadbench.importing.OutcomeColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                Set.of("Select", "-"), "account", Map.of("source", "Hannover Messe {Halle}"))
                .withFormats(Map.of("Erfasst", "dd.MM.yyyy HH:mm")).withValues(Map.of("Kunde", Map.of("Ja", "true", "Nein", "false")))
                .withOutcome(Optional.of(new OutcomeColumn("Auftrag", Set.of("ja"), Set.of("nein"), Set.of(), null, "Erfasst")))
                .withGeneratedIds(new GeneratedIds(true, List.of("Name", "Firma")));
        Path file = dir.resolve("mapping.json");
        ImportMappingJson.write(mapping, file);
        ImportMapping read = ImportMappingJson.read(file);
        assertEquals(mapping, read);
        assertEquals(List.copyOf(mapping.columns().keySet()), List.copyOf(read.columns().keySet()));
    }

    @Test
    void formatsValueMapsOutcomeAndGeneratedIdsReadBackEqual() throws Exception {
        ImportMapping mapping = ImportMapping.empty("Salesforce leads with outcomes", ImportKind.CONTACTS)
                .withColumns(Map.of("Email", "email", "Created Date", "created_at", "Status", "custom:status"))
                .withFormats(Map.of("Created Date", "d/M/yy H:mm", "ConvertedDate", "epoch-millis"))
                .withValues(Map.of("Status", Map.of("Sales Qualified", "SQL", "Marketing Qualified", "MQL")))
                .withOutcome(Optional.of(new OutcomeColumn("StageName", Set.of("Closed Won"), Set.of("Closed Lost"),
                        Set.of("Negociación"), "ConvertedDate", "Created Date")))
                .withGeneratedIds(new GeneratedIds(true, List.of("First Name", "Last Name")));
        String json = ImportMappingJson.write(mapping);
        assertEquals(mapping, ImportMappingJson.read(json, "written"));
        assertTrue(json.contains("\"outcome\" : {\n    \"column\" : \"StageName\",\n    \"won\" : [ \"closed won\" ],"), json);

        ImportMapping minimal = ImportMapping.empty("ids", ImportKind.CONTACTS).withGeneratedIds(new GeneratedIds(true, List.of()))
                .withOutcome(Optional.of(new OutcomeColumn("ConvertedOpportunityId", Set.of("*"), Set.of(), Set.of(), null, null)));
        assertEquals(minimal, ImportMappingJson.read(ImportMappingJson.write(minimal), "minimal"));
        assertEquals(DayOrder.AUTO, minimal.dayOrder(), "a mapping that does not say decides dates per column");
        assertEquals(DayOrder.AUTO, ImportMappingJson.read("{\"name\": \"n\", \"kind\": \"contacts\"}", "x").dayOrder());
    }

    @Test
    void theNewFieldsAreCheckedWithTheirJsonPath() {
        String json = """
                { "name": "x", "kind": "contacts",
                  "formats": { "Created": "HH:mm", "Closed": 5 },
                  "values": { "Status": { "Yes": "true", " yes ": "false", "No": 0 }, "Other": [] },
                  "outcome": { "column": "Stage", "won": [], "colour": "red" },
                  "generatedIds": { "enabled": "yes" } }
                """;
        ImportException e = assertThrows(ImportException.class, () -> ImportMappingJson.read(json, "bad.json"));
        List<String> problems = e.problems().stream().map(p -> p.column() + ": " + p.reason()).toList();
        assertTrue(problems.contains("$.formats.Created: the date format \"HH:mm\" does not give a whole date: it needs a year (y),"
                + " a month (M) and a day (d)"), problems.toString());
        assertTrue(problems.contains("$.formats.Closed: must be text"), problems.toString());
        assertTrue(problems.contains("$.values.Status.\" yes \": is the same cell value as \"Yes\" (values are compared ignoring case"
                + " and surrounding spaces)"), problems.toString());
        assertTrue(problems.contains("$.values.Status.No: must be text"), problems.toString());
        assertTrue(problems.contains("$.values.Other: must be an object of cell value to stored value"), problems.toString());
        assertTrue(problems.contains("$.outcome.won: must not be empty"), problems.toString());
        assertTrue(problems.contains("$.outcome.colour: unknown field"), problems.toString());
        assertTrue(problems.contains("$.generatedIds.enabled: must be true or false"), problems.toString());
        assertEquals(8, problems.size(), problems.toString());

        String activities = """
                { "name": "x", "kind": "activities", "outcome": { "column": "Stage", "won": ["Won"] },
                  "generatedIds": { "enabled": true } }
                """;
        List<String> paths = assertThrows(ImportException.class, () -> ImportMappingJson.read(activities, "a.json")).problems().stream()
                .map(ImportProblem::column).toList();
        assertEquals(List.of("$.outcome", "$.generatedIds"), paths);
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
        assertTrue(problems.contains("$.dayOrder: must be AUTO, ISO, US or EUROPEAN"), problems.toString());
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
