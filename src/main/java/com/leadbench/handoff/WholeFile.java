package com.leadbench.handoff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A file that appears whole or not at all. Its bytes go to a hidden {@code .NAME.part} beside the
 * target (same folder, so the move cannot cross file systems), are forced to disk, and the part is
 * then moved over the target in one step: an atomic rename where the file system has one, else a
 * plain replace. Until then the target keeps its old content. Closing without
 * {@link #moveIntoPlace} deletes the part; a part a killed process left behind has a fixed name,
 * so the next write of the same target overwrites it, and {@link #partOf} names it for clean-up.
 */
public final class WholeFile implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final FileChannel channel;
    private boolean moved;

    private WholeFile(Path target, Path part, FileChannel channel) {
        this.target = target;
        this.part = part;
        this.channel = channel;
    }

    /** The hidden part file {@code target} is written through: {@code .NAME.part} in the same folder. */
    public static Path partOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** Starts writing {@code target}: opens (truncating) its part file. The folder must exist. */
    public static WholeFile create(Path target) throws IOException {
        Path part = partOf(target);
        FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new WholeFile(target, part, channel);
    }

    /** Writes {@code content} whole to {@code target}, or leaves {@code target} as it was and throws. */
    public static void write(Path target, byte[] content) throws IOException {
        try (WholeFile file = create(target)) {
            file.write(content);
            file.moveIntoPlace();
        }
    }

    public Path target() {
        return target;
    }

    /** Appends {@code content} to the part. */
    public void write(byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * A stream into the part, for content written piece by piece; wrap it in a buffer. Closing the
     * stream leaves the part open: {@link #moveIntoPlace} or {@link #close} finishes it.
     */
    public OutputStream stream() {
        OutputStream out = Channels.newOutputStream(channel);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the part stays open until it is moved into place or discarded
            }
        };
    }

    /** Forces the part to disk; it stays a part until {@link #moveIntoPlace}. */
    public void force() throws IOException {
        channel.force(true);
    }

    /** Forces the part to disk and moves it over the target in one step. */
    public void moveIntoPlace() throws IOException {
        if (channel.isOpen()) {
            channel.force(true);
            channel.close();
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
    }

    /** Deletes the part unless it was moved into place; the target is left as it was. */
    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
        if (!moved) {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Why writing into {@code dir} failed, in words for a person: "it is a file, not a folder",
     * "permission denied", "the disk is full", ... Never a Java class name.
     */
    public static String reason(IOException e, Path dir) {
        Path notAFolder = fileInTheWay(dir);
        if (notAFolder != null) {
            return notAFolder.equals(dir) ? "it is a file, not a folder" : notAFolder + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) {
            return "it is a file, not a folder";
        }
        if (e instanceof NoSuchFileException missing) {
            return dir != null && !Files.isDirectory(dir) ? "the folder does not exist"
                    : (missing.getFile() == null ? "a file" : Path.of(missing.getFile()).getFileName()) + " disappeared while it was written";
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (detail == null || detail.isBlank()) {
            return "the file system refused it";
        }
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("permission denied") || lower.contains("access is denied")) {
            return "permission denied";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        return detail;
    }

    /** The nearest existing ancestor of {@code dir} (or {@code dir} itself) when it is a file rather than a folder. */
    private static Path fileInTheWay(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }
}
