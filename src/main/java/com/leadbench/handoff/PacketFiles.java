package com.leadbench.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The three files of a handoff packet in one folder: handoff.csv for the CRM, handoff.json for
 * programs, handoff.html for people. Each file is written whole to a hidden ".part" file beside
 * it, forced to disk and then moved over the old one in one step, so a failed write leaves the
 * previous file (or none), never half a file; the files are replaced one after the other, so a
 * disk failure between two of them can leave a new CSV beside an old HTML. The files hold no time but the packet's own: writing
 * the same packet again gives the same bytes. All three are UTF-8 without a byte-order mark.
 */
public record PacketFiles(Path csv, Path json, Path html) {

    public static final String CSV = "handoff.csv";
    public static final String JSON = "handoff.json";
    public static final String HTML = "handoff.html";

    /** Writes {@code packet}'s three files into {@code dir}, creating it if needed, and returns their paths. */
    public static PacketFiles write(HandoffPacket packet, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve(CSV);
        Path json = dir.resolve(JSON);
        Path html = dir.resolve(HTML);
        // all three are rendered before any file is touched: a packet that cannot be written changes nothing
        byte[] csvBytes = render(packet, Kind.CSV);
        byte[] jsonBytes = render(packet, Kind.JSON);
        byte[] htmlBytes = render(packet, Kind.HTML);
        replace(csv, csvBytes);
        replace(json, jsonBytes);
        replace(html, htmlBytes);
        return new PacketFiles(csv, json, html);
    }

    private enum Kind { CSV, JSON, HTML }

    /** The bytes of one file, UTF-8 without a byte-order mark. */
    private static byte[] render(HandoffPacket packet, Kind kind) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            switch (kind) {
                case CSV -> PacketCsv.write(packet, out);
                case JSON -> PacketJson.write(packet, out);
                case HTML -> PacketHtml.write(packet, out);
            }
        }
        return bytes.toByteArray();
    }

    /** Writes {@code content} to a ".part" file beside {@code target}, forces it to disk and moves it over {@code target}. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
