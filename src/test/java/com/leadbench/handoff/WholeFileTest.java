package com.leadbench.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoPart() throws IOException {
        Path target = dir.resolve("scores.csv");
        Files.writeString(target, "previous");
        IOException e = assertThrows(IOException.class, () -> {
            try (WholeFile file = WholeFile.create(target)) {
                file.write("half of the new".getBytes(StandardCharsets.UTF_8));
                throw new IOException("killed");
            }
        });
        assertEquals("killed", e.getMessage());
        assertEquals("previous", Files.readString(target));
        assertFalse(Files.exists(WholeFile.partOf(target)));
    }

    @Test
    void aFinishedWriteReplacesTheFileWhole() throws IOException {
        Path target = dir.resolve("scores.csv");
        Files.writeString(target, "previous");
        WholeFile.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertEquals(dir.resolve(".scores.csv.part"), WholeFile.partOf(target));
        assertFalse(Files.exists(WholeFile.partOf(target)));
    }

    @Test
    void failuresAreSaidInWords() throws IOException {
        Path file = Files.writeString(dir.resolve("not_a_dir"), "x");
        assertEquals("it is a file, not a folder", WholeFile.reason(new FileSystemException(file.toString()), file));
        assertEquals(file + " is a file, not a folder", WholeFile.reason(new FileSystemException("x"), file.resolve("sub")));
        assertEquals("permission denied", WholeFile.reason(new AccessDeniedException(dir.toString()), dir));
        assertEquals("permission denied", WholeFile.reason(new FileSystemException(dir.toString(), null, "Permission denied"), dir));
        assertEquals("the disk is full", WholeFile.reason(new IOException("No space left on device"), dir));
    }
}
