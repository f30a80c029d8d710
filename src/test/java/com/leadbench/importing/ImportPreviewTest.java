package com.leadbench.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the wizard shows before anything is written: the mapped first rows and the mapping's problems. */
class ImportPreviewTest {

    @TempDir
    Path dir;

    private CsvSource file(String text) throws Exception {
        Path f = dir.resolve("contacts.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvSource.open(f);
    }

    private static ImportMapping contacts(Map<String, String> columns) {
        return ImportMapping.empty("test", ImportKind.CONTACTS).withColumns(columns);
    }

    @Test
    void showsPlacedFieldsConvertedThenCustomFields() throws Exception {
        CsvSource source = file("Email,Created,Employees,Website,Lead Status,Internal\n"
                + "ada@acme.com,3/5/2024,\"1,200\",https://www.acme.com/,Open,x\n");
        ImportMapping mapping = contacts(Map.of("Email", "email", "Created", "created_at", "Employees", "employees",
                "Website", "domain")).withDayOrder(DayOrder.US).withDropped(Set.of("Internal"));
        MappedPreview preview = ImportPreview.of(source, mapping, 10);
        assertEquals(List.of("email", "created_at", "domain", "employees", "custom:Lead Status"), preview.targetFields());
        assertEquals(List.of(List.of("ada@acme.com", "2024-03-05T00:00:00Z", "acme.com", "1200", "Open")), preview.rows());
        assertEquals(List.of(), preview.missingRequired());
        assertEquals(List.of(), preview.problems());
    }

    @Test
    void namesTheRequiredFieldsNobodyPlaces() throws Exception {
        CsvSource source = file("Name,Company\nAda,Acme\n");
        MappedPreview preview = ImportPreview.of(source, contacts(Map.of("Name", "first_name")), 10);
        assertEquals(List.of("external_id or email"), preview.missingRequired());
        assertTrue(preview.problems().get(0).reason().startsWith("required field external_id or email is not placed"),
                preview.problems().toString());
    }

    @Test
    void reportsUnknownColumnsAndUnknownTargetsButNotARepeatedColumnNameWhichTheSourceNumbers() throws Exception {
        CsvSource source = file("Email,Email,Phone\na@x.com,b@x.com,1\n");
        assertEquals(List.of("Email", "Email (2)", "Phone"), source.headers());
        MappedPreview preview = ImportPreview.of(source, contacts(Map.of("E-mail", "email", "Phone", "telephone")), 10);
        List<String> reasons = preview.problems().stream().map(ImportProblem::toString).toList();
        assertTrue(reasons.stream().noneMatch(r -> r.contains("more than once")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("line 1, column \"E-mail\": the mapping places this column into email, but the header has no such column")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(r -> r.contains("\"telephone\" is not a target field of a contacts import")), reasons.toString());
    }

    @Test
    void showsCellProblemsWithTheirLines() throws Exception {
        CsvSource source = file("email,created\nada@acme.com,2024-03-05\nbob@acme.com,05/03/2024\n");
        MappedPreview preview = ImportPreview.of(source, contacts(Map.of("email", "email", "created", "created_at")), 10);
        assertEquals(2, preview.rows().size());
        ImportProblem p = preview.problems().get(0);
        assertEquals(3, p.line());
        assertEquals("created", p.column());
        assertEquals("05/03/2024", p.value());
        assertTrue(p.reason().contains("set dayOrder to US"), p.reason());
    }

    @Test
    void constantsMayNameCellsAndHeaderMatchingIgnoresCaseWhenUnique() throws Exception {
        CsvSource source = file("MQL_ID,seller\nm1,s9\n");
        ImportMapping mapping = contacts(Map.of("mql_id", "external_id"))
                .withConstants(Map.of("domain", "seller-{seller}.example", "source", "Olist"));
        MappedPreview preview = ImportPreview.of(source, mapping, 10);
        assertEquals(List.of("external_id", "source", "domain", "custom:seller"), preview.targetFields());
        assertEquals(List.of("m1", "Olist", "seller-s9.example", "s9"), preview.rows().get(0));
    }

    @Test
    void presetsFitTheirColumnsToTheFile() throws Exception {
        CsvSource source = file("Record ID,Email,First Name,Lead Status\n17,ada@acme.com,Ada,New\n");
        ImportMapping hubspot = MappingPresets.named("HubSpot-Contacts").orElseThrow().fittedTo(source.headers());
        assertEquals(Map.of("Record ID", "external_id", "Email", "email", "First Name", "first_name"), hubspot.columns());
        MappedPreview preview = ImportPreview.of(source, hubspot, 5);
        assertEquals(List.of(), preview.problems());
        assertEquals(List.of("external_id", "email", "first_name", "custom:Lead Status"), preview.targetFields());
    }

    @Test
    void anUnchangedPresetIsFittedToTheFileButAnEditedOneIsStrict() throws Exception {
        CsvSource source = file("Record ID,Email\n17,ada@acme.com\n");
        ImportMapping hubspot = MappingPresets.named("hubspot-contacts").orElseThrow();
        assertEquals(List.of(), ImportPreview.of(source, hubspot, 5).problems());
        MappedPreview edited = ImportPreview.of(source, hubspot.withDayOrder(DayOrder.US), 5);
        assertTrue(edited.problems().stream().anyMatch(p -> "First Name".equals(p.column())), edited.problems().toString());
    }
}
