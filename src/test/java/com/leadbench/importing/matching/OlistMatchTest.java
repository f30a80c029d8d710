package com.leadbench.importing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real Olist MQL file, matched by the preset it fits and by the matcher alone. */
class OlistMatchTest {

    private static final Path LEADS = Path.of("../shared/data/olist/olist_marketing_qualified_leads_dataset.csv");

    private static CsvSource leads() throws Exception {
        assumeTrue(Files.isRegularFile(LEADS), "the Olist data is not in ../shared/data/olist (see docs/import.md)");
        return CsvSource.open(LEADS);
    }

    @Test
    void mqlIdIsTheExternalIdAndFirstContactDateTheCreationDate() throws Exception {
        CsvSource source = leads();
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, source.headers(), source.firstRows(MappingMatcher.SAMPLE_ROWS),
                LEADS.getFileName().toString());
        assertEquals("external_id", g.mapping().columns().get("mql_id"));
        assertEquals("created_at", g.mapping().columns().get("first_contact_date"));
        assertEquals("PAGE_VIEW", g.mapping().constants().get("activity_type"), "started from the olist-leads preset");
        assertTrue(g.column("mql_id").orElseThrow().confidence() >= 0.9);
    }

    @Test
    void theMatcherAloneFindsThemToo() throws Exception {
        CsvSource source = leads();
        MappingGuess g = MappingMatcher.guess(ImportKind.CONTACTS, source.headers(), source.firstRows(MappingMatcher.SAMPLE_ROWS),
                LEADS.getFileName().toString(), null);
        assertEquals("external_id", g.column("mql_id").orElseThrow().target(), g.lines().toString());
        assertEquals("created_at", g.column("first_contact_date").orElseThrow().target(), g.lines().toString());
        assertEquals("source", g.column("origin").orElseThrow().target(), g.lines().toString());
        assertEquals("custom:landing_page_id", g.column("landing_page_id").orElseThrow().target());
    }
}
