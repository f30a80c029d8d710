package com.leadbench.workflow;

import java.nio.file.Path;

/**
 * The files of a handoff packet could not be written into a folder; the message says why in words
 * ("cannot write the packet into out: permission denied"). When {@link #recorded} is false nothing
 * was marked handed off; when true the packet is recorded and exporting the same leads again
 * writes its files.
 */
public final class PacketWriteException extends RuntimeException {

    private final Path dir;
    private final boolean recorded;

    PacketWriteException(String message, Path dir, boolean recorded, Throwable cause) {
        super(message, cause);
        this.dir = dir;
        this.recorded = recorded;
    }

    public Path dir() {
        return dir;
    }

    public boolean recorded() {
        return recorded;
    }
}
