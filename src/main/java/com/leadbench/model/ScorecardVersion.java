package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** A published scorecard: its version number, the JSON document, and the note it was published with. */
public record ScorecardVersion(int version, String name, String document, String note, Instant publishedAt) {

    public ScorecardVersion {
        if (version < 1) {
            throw new IllegalArgumentException("scorecard versions start at 1: " + version);
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
