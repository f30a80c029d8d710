package com.leadbench.store;

import java.nio.file.Path;

/** A database file could not be opened; the message names the file and what is wrong, for a person to read. */
public final class DatabaseOpenException extends Exception {

    private final transient Path file;

    public DatabaseOpenException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public DatabaseOpenException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
