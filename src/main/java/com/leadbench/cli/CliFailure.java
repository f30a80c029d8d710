package com.leadbench.cli;

/** A command could not do its work; the message is the one line printed on stderr. */
public final class CliFailure extends Exception {

    public CliFailure(String message) {
        super(message);
    }

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
