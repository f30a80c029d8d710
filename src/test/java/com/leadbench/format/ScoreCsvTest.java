package com.leadbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.model.Contact;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.ScoringEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scores CSV: its header, neutralised cells, and a file that is replaced whole or not at all. */
class ScoreCsvTest {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @TempDir
    Path dir;

    private static Contact contact(long id, String email) {
        return new Contact(id, "X-" + id, email, "Ada", "Lovelace", "Reliability Engineer", "+1 555 0100", "US", "US",
                "Organic search", "Always-on search", Instant.parse("2026-01-05T10:00:00Z"), null, null, Map.of());
    }

    private static Breakdown score(Contact c) {
        return ScoringEngine.score(ScorecardJson.defaultPreset(), new LeadFacts(c, Optional.empty(), List.of()), NOW);
    }

    @Test
    void aFormulaInACellArrivesAsTextAndTheHeaderStaysAsItIs() throws IOException {
        Path file = dir.resolve("scores.csv");
        Contact evil = contact(7, "=HYPERLINK(\"x\")");
        ScoreCsv.write(file, csv -> csv.write(evil, score(evil)));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("contact_id,external_id,email,fit,intent,total,tier,stage,fast_track,urgent,excluded_reason,top_reasons", lines.get(0));
        assertTrue(lines.get(1).startsWith("7,X-7,\"'=HYPERLINK(\"\"x\"\")\","), lines.get(1));
    }

    @Test
    void theExternalIdLetsScoresJoinBackToTheCrmAndIsEmptyWhereThereIsNone() throws IOException {
        Path file = dir.resolve("joined.csv");
        Contact known = contact(3, "ada@acme.com");
        Contact unknown = new Contact(4, null, "bob@beta.io", "Bob", null, null, null, null, null, null, null,
                Instant.parse("2026-01-05T10:00:00Z"), null, null, Map.of());
        ScoreCsv.write(file, csv -> {
            csv.write(known, score(known));
            csv.write(unknown, score(unknown));
        });
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(1).startsWith("3,X-3,ada@acme.com,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("4,,bob@beta.io,"), lines.get(2));
    }

    @Test
    void aFailureHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("scores.csv");
        Files.writeString(file, "the previous scores\r\n");
        Contact ada = contact(1, "ada@acme.com");
        Breakdown scored = score(ada);
        IOException e = assertThrows(IOException.class, () -> ScoreCsv.write(file, csv -> {
            for (int i = 0; i < 5_000; i++) {
                csv.write(ada, scored);
            }
            throw new IOException("killed");
        }));
        assertEquals("killed", e.getMessage());
        assertEquals("the previous scores\r\n", Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left");
        }
    }
}
