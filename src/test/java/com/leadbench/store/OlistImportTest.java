package com.leadbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.leadbench.importing.CsvSource;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.ImportProgress;
import com.leadbench.importing.ImportSummary;
import com.leadbench.importing.MappingPresets;
import com.leadbench.workflow.Importer;
import com.leadbench.workflow.Rescoring;
import com.leadbench.workflow.Workspace;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public Olist marketing funnel (read from ../shared/data/olist, never copied into the repository). */
class OlistImportTest {

    static final Path OLIST = Path.of("..", "shared", "data", "olist");
    static final Path LEADS = OLIST.resolve("olist_marketing_qualified_leads_dataset.csv");
    static final Path DEALS = OLIST.resolve("olist_closed_deals_dataset.csv");

    @TempDir
    Path dir;

    private Database db;

    @BeforeAll
    static void needsTheData() {
        assumeTrue(Files.isReadable(LEADS) && Files.isReadable(DEALS),
                "the Olist data is not in " + OLIST.toAbsolutePath().normalize() + " (../shared/data/olist from the repository)");
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("olist.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportSummary run(Path csv, String preset) throws Exception {
        CsvSource source = CsvSource.open(csv);
        ImportMapping mapping = MappingPresets.named(preset).orElseThrow().fittedTo(source.headers());
        ImportSummary s = new Importer(db).run(source, mapping, false, ImportProgress.NONE);
        assertTrue(s.accepted(), () -> s.problems().toString());
        return s;
    }

    private long number(String sql) {
        return db.dsl().fetchOne(sql).get(0, Long.class);
    }

    @Test
    void leadsAndDealsImportAsContactsAndJoinedWonOutcomes() throws Exception {
        ImportSummary leads = run(LEADS, MappingPresets.OLIST_LEADS);
        assertEquals(new ImportSummary(8_000, 8_000, 0, 0, 0, List.of(), false), leads);
        assertEquals(8_000, number("SELECT count(*) FROM contact"));
        assertEquals(8_000, number("SELECT count(*) FROM activity WHERE type = 'PAGE_VIEW' AND asset_kind = 'landing_page'"
                + " AND asset IS NOT NULL"));
        assertEquals(8_000, number("SELECT count(*) FROM activity a JOIN contact c ON c.id = a.contact_id"
                + " WHERE a.occurred_at = c.created_at"), "the landing page view is at the first contact date");
        assertEquals(2_296, number("SELECT count(*) FROM contact WHERE source = 'organic_search'"));

        ImportSummary deals = run(DEALS, MappingPresets.OLIST_DEALS);
        assertEquals(new ImportSummary(842, 842, 0, 0, 0, List.of(), false), deals);
        assertEquals(842, number("SELECT count(*) FROM sales_follow_up WHERE kind = 'WON'"));
        assertEquals(842, number("SELECT count(DISTINCT f.contact_id) FROM sales_follow_up f JOIN contact c ON c.id = f.contact_id"
                + " WHERE f.kind = 'WON'"), "every WON row's contact exists, one deal each");
        assertEquals(842, number("SELECT count(*) FROM account WHERE domain LIKE 'olist-seller-%'"));
        assertEquals(842, number("SELECT count(*) FROM contact c JOIN account a ON a.id = c.account_id"
                + " JOIN account_field s ON s.account_id = a.id AND s.field_name = 'seller_id'"
                + " WHERE a.domain = 'olist-seller-' || s.field_value"), "each won contact is attached to its seller's account");
        for (String field : List.of("business_segment", "lead_type", "business_type", "seller_id", "sdr_id", "sr_id")) {
            long expected = nonEmpty(DEALS, field, "");
            assertEquals(expected, number("SELECT count(*) FROM account_field WHERE field_name = '" + field + "'"), field);
        }
        assertEquals(nonEmpty(DEALS, "declared_monthly_revenue", "0.0"),
                number("SELECT count(*) FROM sales_follow_up WHERE amount IS NOT NULL"), "0.0 means no revenue declared");
        assertEquals(number("SELECT count(*) FROM account_field WHERE field_name = 'business_segment'"),
                number("SELECT count(*) FROM sales_follow_up f JOIN contact c ON c.id = f.contact_id"
                        + " JOIN account_field b ON b.account_id = c.account_id AND b.field_name = 'business_segment'"
                        + " WHERE f.note = b.field_value"), "the note is the business segment");

        // nothing is published after an import (#13: it used to publish the industrial preset, which excluded every lead)
        assertEquals(0, new Rescoring(db).applyPublished(Instant.parse("2018-06-01T00:00:00Z")));
        assertEquals(0, number("SELECT count(*) FROM scorecard_version"));
        assertEquals(0, number("SELECT count(*) FROM stage_transition"));
    }

    @Test
    void theGeneralPresetShownAsVersionZeroExcludesNoOlistLeadForLackingAnEmail() throws Exception {
        run(LEADS, MappingPresets.OLIST_LEADS);
        run(DEALS, MappingPresets.OLIST_DEALS);
        db.close();
        try (Workspace w = Workspace.open(dir.resolve("olist.db"), false)) {
            assertTrue(w.nothingPublished());
            assertEquals(0, w.published().number());
            assertEquals(com.leadbench.scoring.start.GeneralPreset.NAME, w.published().scorecard().name());
            assertEquals(8_000, w.publishedScores().size());
            assertEquals(0, w.publishedScores().tierCounts()[com.leadbench.model.Tier.EXCLUDED.ordinal()], "no email is not a reason to exclude");
            assertTrue(w.health().stream().noneMatch(h -> h.kind() == com.leadbench.scoring.health.ScorecardHealth.Kind.EXCLUDES_MOST),
                    w.health().toString());
        } finally {
            db = Database.open(dir.resolve("olist.db"));
        }
        assertEquals(0, number("SELECT count(*) FROM scorecard_version"), "opening published nothing");
        assertEquals(0, number("SELECT count(*) FROM stage_transition"));
    }

    @Test
    void reimportingTheOlistFilesChangesNoCounts() throws Exception {
        run(LEADS, MappingPresets.OLIST_LEADS);
        run(DEALS, MappingPresets.OLIST_DEALS);
        var before = DatabaseContent.of(db);
        ImportSummary leads = run(LEADS, MappingPresets.OLIST_LEADS);
        ImportSummary deals = run(DEALS, MappingPresets.OLIST_DEALS);
        assertEquals(0, leads.inserted());
        assertEquals(8_000, leads.updated());
        assertEquals(0, deals.inserted());
        assertEquals(842, deals.updated());
        var after = DatabaseContent.of(db);
        for (String table : List.of("contact", "activity", "account", "account_field", "contact_field", "sales_follow_up")) {
            assertEquals(before.get(table), after.get(table), table + ": same rows, same values");
        }
    }

    /** How many rows of {@code file} have {@code column} neither empty nor {@code alsoEmpty}, read independently of the importer. */
    private static long nonEmpty(Path file, String column, String alsoEmpty) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            long n = 0;
            for (CSVRecord r : parser) {
                String v = r.get(column);
                if (!v.isEmpty() && !v.equals(alsoEmpty)) {
                    n++;
                }
            }
            return n;
        }
    }
}
