package com.leadbench.handoff;

import java.nio.file.Path;
import java.util.List;

/** Placeholder until the packet writers land. */
public final class PacketFiles {

    private PacketFiles() {
    }

    public static List<Path> write(HandoffPacket packet, Path dir) {
        throw new UnsupportedOperationException("packet files are not written yet");
    }
}
