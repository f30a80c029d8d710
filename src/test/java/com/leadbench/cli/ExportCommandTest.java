package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} on a 300-contact demo database. */
class ExportCommandTest {

    private static final Pattern LAST = Pattern.compile("export: packet=(HP-\\d{8}-\\d{3}) leads=(\\d+) handed_off=(\\d+) already=(\\d+) dir=(.+)");

    @TempDir
    Path dir;

    private Path demo;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void writeDemo() {
        demo = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", demo.toString(), "--contacts", "300", "--seed", "5"));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private Matcher last() {
        List<String> lines = out.toString().strip().lines().toList();
        Matcher m = LAST.matcher(lines.getLast());
        assertTrue(m.matches(), lines.getLast());
        return m;
    }

    @Test
    void exportsTheSqlsInHubspotColumnsAndHandsThemOffOnce() throws Exception {
        Path packet = dir.resolve("packet");
        assertEquals(0, run("export", "--db", demo.toString(), "--stage", "SQL", "--out", packet.toString(), "--format", "hubspot"), err.toString());
        Matcher m = last();
        int leads = Integer.parseInt(m.group(2));
        assertTrue(leads > 0);
        assertEquals(leads, Integer.parseInt(m.group(3)));
        assertEquals("0", m.group(4));
        String csv = Files.readString(packet.resolve("handoff.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("First Name,Last Name,Email,Phone Number,Job Title,Company Name"), csv.lines().findFirst().orElse(""));
        assertTrue(Files.readString(packet.resolve("handoff.json")).contains("\"schema\": \"leadbench-handoff/2\""));
        assertTrue(Files.readString(packet.resolve("handoff.html")).contains("<section"));

        assertEquals(0, run("export", "--db", demo.toString(), "--stage", "SQL", "--out", packet.toString(), "--format", "hubspot"));
        Matcher again = last();
        assertEquals(m.group(1), again.group(1), "the same packet");
        assertEquals("0", again.group(3));
        assertEquals(String.valueOf(leads), again.group(4));
        assertEquals(csv, Files.readString(packet.resolve("handoff.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void badChoicesAreUsageErrorsNamingTheOption() {
        assertEquals(2, run("export", "--db", demo.toString(), "--tier", "D", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("--tier takes A, B or C"), err.toString());
        assertEquals(2, run("export", "--db", demo.toString(), "--stage", "LEAD", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("--stage takes MQL or SQL"), err.toString());
        assertEquals(2, run("export", "--db", demo.toString(), "--tier", "A", "--stage", "SQL", "--out", dir.resolve("x").toString()));
        assertEquals(2, run("export", "--db", demo.toString(), "--out", dir.resolve("x").toString()));
        assertEquals(2, run("export", "--db", demo.toString(), "--tier", "A", "--out", dir.resolve("x").toString(), "--format", "excel"));
        assertTrue(err.toString().contains("unknown format \"excel\""), err.toString());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anUnknownIdFailsWithOneLineAndWritesNothing() {
        assertEquals(1, run("export", "--db", demo.toString(), "--ids", "1,999999", "--out", dir.resolve("y").toString()));
        assertTrue(err.toString().contains("#999999 does not exist"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(dir.resolve("y")));
    }

    @Test
    void aFileGivenAsTheFolderIsSaidInWordsAndNothingIsHandedOff() throws Exception {
        Path notADir = dir.resolve("not_a_dir");
        Files.writeString(notADir, "a file");
        assertEquals(1, run("export", "--db", demo.toString(), "--stage", "SQL", "--out", notADir.toString()));
        assertEquals("export: cannot write the packet into " + notADir + ": it is a file, not a folder; choose a folder with --out",
                err.toString().strip());
        assertEquals("a file", Files.readString(notADir));

        assertEquals(1, run("export", "--db", demo.toString(), "--stage", "SQL", "--out", notADir.resolve("inside").toString()));
        assertEquals("export: cannot write the packet into " + notADir.resolve("inside") + ": " + notADir
                + " is a file, not a folder; choose a folder with --out", err.toString().strip());

        assertEquals(0, run("export", "--db", demo.toString(), "--stage", "SQL", "--out", dir.resolve("packet").toString()), err.toString());
        assertEquals("0", last().group(4), "the failed exports handed nobody off");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        assertEquals(1, run("export", "--db", dir.resolve("nope.db").toString(), "--tier", "A", "--out", dir.resolve("z").toString()));
        assertTrue(err.toString().contains("nope.db: does not exist"), err.toString());
    }
}
