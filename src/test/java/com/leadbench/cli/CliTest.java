package com.leadbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.leadbench.store.Database;
import com.leadbench.store.LeadRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<LeadbenchCommand.WindowRequest> windows = new ArrayList<>();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), windows::add);
    }

    @Test
    void demoWritesTheRequestedNumberOfContacts() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "250", "--seed", "3", "--end-date", "2026-10-01"));
        assertTrue(out.toString().startsWith("demo: wrote 250 contacts"), out.toString());
        assertEquals("", err.toString());
        try (Database database = Database.open(db)) {
            var counts = new LeadRepository(database).counts();
            assertEquals(250, counts.contacts());
            assertTrue(counts.activities() > 250);
        }
    }

    @Test
    void demoRefusesToOverwriteDataWithoutForce() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "50"));
        assertEquals(1, run("demo", "--db", db.toString(), "--contacts", "80"));
        assertTrue(err.toString().contains("already holds data; add --force"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
        assertEquals(0, run("demo", "--db", db.toString(), "--contacts", "80", "--force"));
        try (Database database = Database.open(db)) {
            assertEquals(80, new LeadRepository(database).counts().contacts());
        }
    }

    @Test
    void badArgumentsGiveANonZeroExitAndOneLine() {
        assertEquals(2, run("demo", "--db", dir.resolve("x.db").toString(), "--contacts", "many"));
        String message = err.toString().strip();
        assertTrue(message.startsWith("demo: ") && message.contains("--contacts"), message);
        assertEquals(1, message.lines().count(), message);
        assertFalse(Files.exists(dir.resolve("x.db")), "nothing written on a usage error");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
        assertTrue(windows.isEmpty(), "no window for a bad command");
    }

    @Test
    void zeroContactsIsRefused() {
        assertNotEquals(0, run("demo", "--db", dir.resolve("z.db").toString(), "--contacts", "0"));
        assertTrue(err.toString().contains("--contacts must be at least 1"), err.toString());
    }

    @Test
    void aDatabaseThatIsNotOursIsRefusedWithItsName() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        assertEquals(1, run("demo", "--db", notes.toString()));
        assertTrue(err.toString().contains("notes.txt") && err.toString().contains("not a Leadbench database"), err.toString());
        assertEquals("hello", Files.readString(notes));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("demo"), out.toString());
        assertEquals(0, run("demo", "--help"));
        assertTrue(out.toString().contains("--contacts"), out.toString());
        assertTrue(windows.isEmpty());

        // every subcommand registered with picocli, so that a new command is covered without editing this test
        List<List<String>> commands = new ArrayList<>();
        subcommands(new CommandLine(new LeadbenchCommand(windows::add)), List.of(), commands);
        assertTrue(commands.size() >= 10, "the commands found: " + commands);
        for (List<String> path : commands) {
            out.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            assertEquals(0, run(args.toArray(String[]::new)), () -> path + ": " + err);
            String help = out.toString();
            assertTrue(help.startsWith("Usage: leadbench " + String.join(" ", path)), () -> path + " help:\n" + help);
            CommandLine command = new CommandLine(new LeadbenchCommand(windows::add));
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (!option.hidden()) {
                    assertTrue(help.contains(option.longestName()), () -> path + " help does not name " + option.longestName() + ":\n" + help);
                }
            }
        }
        assertTrue(windows.isEmpty());
    }

    private static void subcommands(CommandLine parent, List<String> path, List<List<String>> found) {
        for (var e : parent.getSubcommands().entrySet()) {
            if (!e.getValue().getCommandName().equals(e.getKey())) {
                continue; // an alias: its command is listed under its name
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            if (!e.getKey().equals("help")) {
                found.add(sub);
            }
            subcommands(e.getValue(), sub, found);
        }
    }

    @Test
    void noCommandOpensTheWindowOnTheNamedDatabase() {
        assertEquals(0, run("--db", "some.db"));
        assertEquals(List.of(new LeadbenchCommand.WindowRequest(Path.of("some.db"), false)), windows);
    }
}
