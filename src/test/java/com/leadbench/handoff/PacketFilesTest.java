package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three files of {@link SamplePacket}, byte for byte, against the golden files in
 * src/test/resources/golden/handoff/: they are the specification of the formats, so read a changed
 * golden before committing it. After a deliberate change to a format, regenerate them with
 * <pre>./mvnw -q -o test -Dtest=PacketFilesTest -Dgolden.update=true</pre>
 * which writes the files this code produces over the goldens (the tests then pass); review the
 * diff with {@code git diff src/test/resources/golden} and commit it with the change.
 */
class PacketFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "handoff");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static void assertGolden(String name, Path written) throws IOException {
        byte[] actual = Files.readAllBytes(written);
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + ": run with -Dgolden.update=true and review it");
        byte[] expected = Files.readAllBytes(golden);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name);
        assertArrayEquals(expected, actual, name);
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void csvMatchesItsGoldenFile(CrmFormat format, @TempDir Path dir) throws IOException {
        PacketFiles files = PacketFiles.write(SamplePacket.packet(format), dir);
        assertGolden("handoff-" + format.key() + ".csv", files.csv());
    }

    @Test
    void jsonAndHtmlMatchTheirGoldenFiles(@TempDir Path dir) throws IOException {
        PacketFiles files = PacketFiles.write(SamplePacket.packet(CrmFormat.HUBSPOT), dir);
        assertGolden("handoff.json", files.json());
        assertGolden("handoff.html", files.html());
    }

    @Test
    void writesTheThreeFilesIntoAFolderItCreates(@TempDir Path root) throws IOException {
        Path dir = root.resolve("packets").resolve(SamplePacket.PACKET_ID);
        PacketFiles files = PacketFiles.write(SamplePacket.packet(CrmFormat.GENERIC), dir);
        assertEquals(new PacketFiles(dir.resolve("handoff.csv"), dir.resolve("handoff.json"), dir.resolve("handoff.html")), files);
        assertEquals(List.of("handoff.csv", "handoff.html", "handoff.json"), listing(dir));
    }

    @ParameterizedTest
    @EnumSource(CrmFormat.class)
    void writingTheSamePacketAgainGivesTheSameBytes(CrmFormat format, @TempDir Path root) throws IOException {
        PacketFiles first = PacketFiles.write(SamplePacket.packet(format), root.resolve("first"));
        PacketFiles again = PacketFiles.write(SamplePacket.packet(format), root.resolve("again"));
        PacketFiles over = PacketFiles.write(SamplePacket.packet(format), root.resolve("first"));
        for (PacketFiles other : List.of(again, over)) {
            assertArrayEquals(Files.readAllBytes(first.csv()), Files.readAllBytes(other.csv()));
            assertArrayEquals(Files.readAllBytes(first.json()), Files.readAllBytes(other.json()));
            assertArrayEquals(Files.readAllBytes(first.html()), Files.readAllBytes(other.html()));
        }
    }

    @Test
    void aFailedWriteLeavesNoHalfFileBehind(@TempDir Path dir) throws IOException {
        PacketFiles before = PacketFiles.write(SamplePacket.packet(CrmFormat.HUBSPOT), dir);
        byte[] csvBefore = Files.readAllBytes(before.csv());
        // handoff.html cannot be replaced: a folder with a file in it stands in its place
        Files.delete(before.html());
        Files.createDirectories(before.html());
        Files.writeString(before.html().resolve("keep.txt"), "in the way");

        assertThrows(IOException.class, () -> PacketFiles.write(SamplePacket.packet(CrmFormat.SALESFORCE), dir));

        assertEquals(List.of("handoff.csv", "handoff.html", "handoff.json"), listing(dir), "no .part file is left");
        byte[] csvAfter = Files.readAllBytes(before.csv());
        assertTrue(new String(csvAfter, StandardCharsets.UTF_8).startsWith("FirstName,LastName,"),
                "the CSV written before the failure is whole");
        assertTrue(csvAfter.length != csvBefore.length);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
