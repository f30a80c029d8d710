package com.leadbench.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three files of a handoff packet in one folder: handoff.csv for the CRM, handoff.json for
 * programs, handoff.html for people. Each file is written whole to a hidden ".part" file beside
 * it ({@link WholeFile}) and forced to disk; only then are the three moved over the old ones, one
 * after the other. {@link #stage} does the first half and leaves the second to the caller, so a
 * packet can be recorded between the two: the final names never show a packet that was not
 * recorded. A failed write leaves the previous files (or none), never half a file; the parts a
 * killed export left behind are removed by the next one. The files hold no time but the packet's
 * own: writing the same packet again gives the same bytes. All three are UTF-8 without a
 * byte-order mark.
 */
public record PacketFiles(Path csv, Path json, Path html) {

    public static final String CSV = "handoff.csv";
    public static final String JSON = "handoff.json";
    public static final String HTML = "handoff.html";

    private static final List<String> NAMES = List.of(CSV, JSON, HTML);
    private static final Pattern PACKET_ID = Pattern.compile("\"packet\":\\s*\\{\\s*\"id\":\\s*\"([^\"]+)\"");

    /** Writes {@code packet}'s three files into {@code dir}, creating it if needed, and returns their paths. */
    public static PacketFiles write(HandoffPacket packet, Path dir) throws IOException {
        try (Staged staged = stage(packet, dir)) {
            return staged.moveIntoPlace();
        }
    }

    /**
     * Renders {@code packet}'s three files and writes them, forced to disk, to their hidden parts in
     * {@code dir} (created if needed; the parts a killed export left there are removed first). The
     * files themselves are not touched until {@link Staged#moveIntoPlace}; closing without it
     * deletes the parts.
     */
    public static Staged stage(HandoffPacket packet, Path dir) throws IOException {
        Files.createDirectories(dir);
        removeLeftovers(dir);
        // all three are rendered before any file is touched: a packet that cannot be rendered changes nothing
        byte[] csvBytes = render(packet, Kind.CSV);
        byte[] jsonBytes = render(packet, Kind.JSON);
        byte[] htmlBytes = render(packet, Kind.HTML);
        List<WholeFile> parts = new ArrayList<>(3);
        try {
            for (byte[] bytes : List.of(csvBytes, jsonBytes, htmlBytes)) {
                WholeFile part = WholeFile.create(dir.resolve(NAMES.get(parts.size())));
                parts.add(part);
                part.write(bytes);
                part.force();
            }
        } catch (IOException | RuntimeException e) {
            closeAll(parts, e);
            throw e;
        }
        return new Staged(new PacketFiles(dir.resolve(CSV), dir.resolve(JSON), dir.resolve(HTML)), parts);
    }

    /** Deletes the hidden parts of our three files a killed write left in {@code dir}; nothing else. */
    public static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (String name : NAMES) {
            Files.deleteIfExists(WholeFile.partOf(dir.resolve(name)));
        }
    }

    /** The id of the packet whose handoff.json is in {@code dir}, if there is one (read from the file's head). */
    public static Optional<String> packetIdIn(Path dir) {
        Path json = dir.resolve(JSON);
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(json)) {
            String head = new String(in.readNBytes(1024), StandardCharsets.UTF_8);
            Matcher m = PACKET_ID.matcher(head);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Three files written to their parts, waiting to be moved into place. */
    public static final class Staged implements AutoCloseable {

        private final PacketFiles files;
        private final List<WholeFile> parts;

        private Staged(PacketFiles files, List<WholeFile> parts) {
            this.files = files;
            this.parts = parts;
        }

        public PacketFiles files() {
            return files;
        }

        /** Moves the three parts over the files, one after the other. */
        public PacketFiles moveIntoPlace() throws IOException {
            for (WholeFile part : parts) {
                part.moveIntoPlace();
            }
            return files;
        }

        /** Deletes the parts not moved into place. */
        @Override
        public void close() throws IOException {
            IOException first = null;
            for (WholeFile part : parts) {
                try {
                    part.close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private static void closeAll(List<WholeFile> parts, Exception failure) {
        for (WholeFile part : parts) {
            try {
                part.close();
            } catch (IOException suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
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
}
