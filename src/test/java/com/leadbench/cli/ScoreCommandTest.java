package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --out}: the file is written whole, beside no leftovers, and failures are said in words. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    @Test
    void theCsvReplacesThePreviousFileWholeAndLeavesNothingBeside() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "60", "--seed", "5", "--end-date", "2026-10-01"), err.toString());
        Path scores = Files.createDirectories(dir.resolve("out")).resolve("scores.csv");
        Files.writeString(scores, "the previous scores\r\n");
        assertEquals(0, run("score", "--db", db.toString(), "--out", scores.toString(), "--dry-run", "--as-of", "2026-10-01"), err.toString());
        List<String> lines = Files.readAllLines(scores, StandardCharsets.UTF_8);
        assertEquals("contact_id,external_id,email,fit,intent,total,tier,stage,fast_track,urgent,excluded_reason,top_reasons", lines.get(0));
        assertEquals(61, lines.size());
        try (var listing = Files.list(scores.getParent())) {
            assertEquals(List.of(scores), listing.toList());
        }
    }

    @Test
    void aFolderThatIsAFileIsSaidInWords() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "20", "--seed", "5", "--end-date", "2026-10-01"));
        Path notADir = Files.writeString(dir.resolve("not_a_dir"), "x");
        assertEquals(1, run("score", "--db", db.toString(), "--out", notADir.resolve("scores.csv").toString(), "--dry-run"));
        String message = err.toString().strip();
        assertEquals("score: cannot write scores.csv into " + notADir + ": it is a file, not a folder", message);
        assertTrue(!message.contains("Exception"), message);
    }
}
