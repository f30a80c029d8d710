package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HygieneCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    @Test
    void countsDuplicatesAndTheDataFixQueueWithoutChangingTheDatabase() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "600", "--seed", "3", "--end-date", "2026-10-01"));
        byte[] before = Files.readAllBytes(db);
        out.getBuffer().setLength(0);

        assertEquals(0, run("hygiene", "--db", db.toString(), "--list", "3"), err.toString());
        String text = out.toString();
        Matcher last = Pattern.compile("hygiene: contacts=600 pairs=(\\d+) fixes=(\\d+) load_ms=\\d+ duplicates_ms=\\d+ fixes_ms=\\d+")
                .matcher(text.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(last.matches(), text);
        assertTrue(Integer.parseInt(last.group(1)) > 0, "the demo has duplicates");
        assertTrue(Integer.parseInt(last.group(2)) > 0, "and incomplete records");
        assertEquals(3, text.lines().filter(l -> l.startsWith("  #")).count(), "--list 3 prints three pairs");
        assertEquals("", err.toString());
        try (Database database = Database.open(db)) {
            assertEquals(600, new LeadRepository(database).counts().contacts());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "read only");
    }

    @Test
    void aMissingDatabaseOptionIsAUsageError() {
        assertEquals(2, run("hygiene"));
        assertTrue(err.toString().contains("--db"), err.toString());
    }
}
