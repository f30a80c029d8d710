package com.leadbench.store;

import com.leadbench.scoring.preview.ColumnsCodec;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.ScoresCodec;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A snapshot in a file beside the database: the lead columns ({@code leads.db} keeps
 * {@code leads.db.columns}) or the published scores over them ({@code leads.db.scores}). A header
 * (a magic word, the stamp of the database state it is of, the body's length and CRC-32) and the
 * {@link ColumnsCodec} or {@link ScoresCodec} body. Read memory-mapped; believed only when the stamp is the one
 * asked for and length and checksum hold, so a file cut short, garbled, or of another moment is
 * never taken for the database. Written to a temporary file and renamed into place, so a reader
 * sees the old file or the new one, never half of one.
 */
final class SnapshotFile<T> {

    /** How a body is written. */
    interface Body<T> {
        void write(T value, DataOutputStream out) throws IOException;
    }

    private static final int HEADER = 4 * Long.BYTES;

    private final Path file;
    private final long magic;
    private final Body<T> writer;
    private final java.util.function.Function<ByteBuffer, T> reader;

    private SnapshotFile(Path file, long magic, Body<T> writer, java.util.function.Function<ByteBuffer, T> reader) {
        this.file = file;
        this.magic = magic;
        this.writer = writer;
        this.reader = reader;
    }

    /** The lead columns of {@code database}, beside it. */
    static SnapshotFile<LeadColumns> columns(Path database) {
        return new SnapshotFile<>(beside(database, ".columns"), 0x4C42_434F_4C55_4D4EL /* "LBCOLUMN" */, ColumnsCodec::write, ColumnsCodec::read);
    }

    /** The published scores last computed over those columns, beside them. */
    static SnapshotFile<ScoresCodec.Stored> scores(Path database) {
        return new SnapshotFile<>(beside(database, ".scores"), 0x4C42_5343_4F52_4553L /* "LBSCORES" */, ScoresCodec::write, ScoresCodec::read);
    }

    /** Where the snapshot of {@code database} with {@code suffix} lives. */
    static Path beside(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** What is stored for {@code stamp}; empty when there is no such file, or it is of another stamp, cut short or garbled. */
    Optional<T> read(long stamp) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < HEADER || size > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            if (mapped.getLong(0) != magic || mapped.getLong(Long.BYTES) != stamp || mapped.getLong(2 * Long.BYTES) != size - HEADER) {
                return Optional.empty();
            }
            ByteBuffer body = mapped.slice(HEADER, (int) (size - HEADER));
            CRC32 crc = new CRC32();
            crc.update(body.duplicate());
            if (crc.getValue() != mapped.getLong(3 * Long.BYTES)) {
                return Optional.empty();
            }
            return Optional.of(reader.apply(body));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code value} as of the state of {@code stamp}, replacing any file there. */
    void write(T value, long stamp) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".partial");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.position(HEADER);
                CRC32 crc = new CRC32();
                OutputStream body = Channels.newOutputStream(channel);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(unclosable(body), crc), 1 << 16));
                writer.write(value, out);
                out.flush();
                long length = channel.position() - HEADER;
                ByteBuffer header = ByteBuffer.allocate(HEADER).putLong(magic).putLong(stamp).putLong(length).putLong(crc.getValue()).flip();
                channel.write(header, 0);
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the channel is closed by its owner
            }
        };
    }
}
