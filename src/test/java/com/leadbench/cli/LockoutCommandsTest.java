package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.format.ScorecardJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #11 from the command line: read-only commands change nothing, and an unusable scorecard is a way out, not a lock-out. */
class LockoutCommandsTest {

    private static final List<List<String>> READ_ONLY = List.of(
            List.of("score", "--dry-run"), List.of("hygiene"), List.of("backtest"), List.of("report"), List.of("calibrate"),
            List.of("candidates"), List.of("replay", "--weeks", "4"));

    @TempDir
    static Path shared;

    static Path demo;

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void writeDemo() {
        demo = shared.resolve("demo.db");
        assertEquals(0, Cli.run(new String[] {"demo", "--db", demo.toString(), "--contacts", "300", "--seed", "5"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), w -> { }));
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), w -> { });
    }

    private static String[] with(List<String> command, String db) {
        List<String> args = new java.util.ArrayList<>(List.of(command.getFirst(), "--db", db));
        args.addAll(command.subList(1, command.size()));
        return args.toArray(String[]::new);
    }

    @Test
    void readOnlyCommandsRefuseAMissingPathAndCreateNothing() {
        Path missing = dir.resolve("typo/leads.db");
        for (List<String> command : READ_ONLY) {
            assertEquals(1, run(with(command, missing.toString())), command.toString());
            String message = err.toString().strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith(command.getFirst() + ": ") && message.contains("does not exist"), message);
            assertFalse(Files.exists(missing.getParent()), command + " created the folder");
        }
    }

    @Test
    void readOnlyCommandsRefuseAnEmptyFileAndLeaveItEmpty() throws IOException {
        Path empty = Files.createFile(dir.resolve("zero.db"));
        for (List<String> command : READ_ONLY) {
            assertEquals(1, run(with(command, empty.toString())), command.toString());
            assertTrue(err.toString().contains("empty (0 bytes)"), err.toString());
            assertEquals(0, Files.size(empty), command + " wrote into it");
        }
    }

    @Test
    void readOnlyCommandsLeaveTheFileByteForByte() throws IOException {
        Path copy = dir.resolve("copy.db");
        Files.copy(demo, copy);
        byte[] before = Files.readAllBytes(copy);
        for (List<String> command : READ_ONLY) {
            int code = run(with(command, copy.toString()));
            assertTrue(code == 0 || err.toString().contains("no sales outcomes"), command + ": " + err);
            assertArrayEquals(before, Files.readAllBytes(copy), command + " changed the file");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("copy.db"), files.map(p -> p.getFileName().toString()).sorted().toList(), "no file beside it");
        }
    }

    /** Publishes a document that does not read as the newest version, as an older or broken program could have. */
    private static int plantUnusableVersion(Path db) throws Exception {
        String broken = ScorecardJson.write(ScorecardJson.defaultPreset()).replaceFirst("\\{", "{\"fastTrackk\": {},");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO scorecard_version (version, name, document, note, published_at)"
                     + " SELECT max(version) + 1, 'Broken', ?, 'planted by a test', 1 FROM scorecard_version")) {
            insert.setString(1, broken);
            insert.executeUpdate();
            var rs = st.executeQuery("SELECT max(version) FROM scorecard_version");
            rs.next();
            int version = rs.getInt(1);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return version;
        }
    }

    private static int transitions(Path db) throws Exception {
        return count(db, "SELECT count(*) FROM stage_transition");
    }

    private static int count(Path db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            var rs = st.executeQuery(query);
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anUnusablePublishedScorecardIsNamedAndTheDatabaseCanBeRepairedFromTheCommandLine() throws Exception {
        Path db = dir.resolve("broken.db");
        Files.copy(demo, db);
        int broken = plantUnusableVersion(db);
        int before = transitions(db);

        assertEquals(1, run("score", "--db", db.toString(), "--out", dir.resolve("s.csv").toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("version " + broken) && message.contains("fastTrackk") && message.contains("leadbench publish --db"),
                message);
        assertFalse(message.contains("Exception"), message);
        assertEquals(before, transitions(db), "nothing recorded with an unusable scorecard");

        // the report still runs, on the last usable version, and says why
        assertEquals(0, run("report", "--db", db.toString()), err.toString());
        assertTrue(err.toString().contains("warning") && err.toString().contains("version " + (broken - 1) + " meanwhile"), err.toString());

        assertEquals(0, run("publish", "--db", db.toString(), "--version", String.valueOf(broken - 1), "--note", "back to the last good one"),
                err.toString());
        Matcher last = Pattern.compile("publish: version=(\\d+) transitions=(\\d+)").matcher(out.toString().strip().lines().toList().getLast());
        assertTrue(last.matches(), out.toString());
        assertEquals(broken + 1, Integer.parseInt(last.group(1)));
        assertTrue(out.toString().contains("replacing version " + broken), out.toString());

        assertEquals(0, run("score", "--db", db.toString(), "--dry-run"), err.toString());
        assertTrue(err.toString().contains("(scorecard version " + (broken + 1) + ")"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"preset", "file"})
    void publishTakesThePresetOrAFile(String what) throws Exception {
        Path db = dir.resolve("p.db");
        Files.copy(demo, db);
        int broken = plantUnusableVersion(db);
        Path file = dir.resolve("card.json");
        Files.writeString(file, ScorecardJson.write(ScorecardJson.defaultPreset()));
        String[] source = what.equals("preset") ? new String[] {"--preset"} : new String[] {"--scorecard", file.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("publish", "--db", db.toString(), "--note", "repair"),
                java.util.Arrays.stream(source)).toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        assertEquals("publish: version=" + (broken + 1) + " transitions=" + transitions(db, broken + 1),
                out.toString().strip().lines().toList().getLast());
    }

    private static int transitions(Path db, int version) throws Exception {
        return count(db, "SELECT count(*) FROM stage_transition WHERE scorecard_version = " + version);
    }

    @Test
    void publishRefusesAMissingVersionAndAnUnreadableFileWithoutPublishing() throws Exception {
        Path db = dir.resolve("q.db");
        Files.copy(demo, db);
        assertEquals(1, run("publish", "--db", db.toString(), "--version", "42", "--note", "x"));
        assertTrue(err.toString().contains("no stored scorecard version 42"), err.toString());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": 3}");
        assertEquals(1, run("publish", "--db", db.toString(), "--scorecard", bad.toString(), "--note", "x"));
        assertTrue(err.toString().contains("bad.json") && err.toString().contains("$.name"), err.toString());
        assertEquals(2, run("publish", "--db", db.toString(), "--preset"), "a usage error");
        assertTrue(err.toString().contains("--note"), err.toString());
    }

    @Test
    void aNewerDatabaseIsRefusedByEveryCommandNamingBothVersions() throws Exception {
        Path db = dir.resolve("newer.db");
        Files.copy(demo, db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '9', 'future', 'SQL', 'V9__future.sql', 0, 'x', 1, 1)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(db);
        for (String[] args : List.of(new String[] {"score", "--db", db.toString(), "--dry-run"},
                new String[] {"score", "--db", db.toString(), "--out", dir.resolve("x.csv").toString()},
                new String[] {"report", "--db", db.toString()},
                new String[] {"export", "--db", db.toString(), "--tier", "A", "--out", dir.resolve("pk").toString()},
                new String[] {"publish", "--db", db.toString(), "--preset", "--note", "n"})) {
            assertEquals(1, run(args), String.join(" ", args));
            assertTrue(err.toString().contains("newer Leadbench (database version 9"), err.toString());
        }
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void failuresAreDescribedWithoutClassNames() {
        assertEquals("/tmp/x.db: permission denied", Cli.describe(new AccessDeniedException("/tmp/x.db")));
        assertEquals("the disk is full", Cli.describe(new IOException("No space left on device")));
        String overflow = Cli.describe(new StackOverflowError());
        assertTrue(overflow.contains("ran too deep") && !overflow.contains("Error"), overflow);
        String unexpected = Cli.describe(new NullPointerException("boom"));
        assertTrue(unexpected.startsWith("an unexpected error stopped the command: boom") && !unexpected.contains("NullPointer"), unexpected);
        String longHeader = Cli.describe(new CliFailure("x".repeat(5000)));
        assertTrue(longHeader.length() <= 600, "one readable line, not a 4 KB echo");
    }
}
