package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** A note the manager wrote while reviewing a lead. */
public record ReviewNote(long id, long contactId, Instant writtenAt, String author, String text) {

    public ReviewNote {
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
