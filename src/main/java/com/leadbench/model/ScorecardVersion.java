package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A published scorecard: its version number, the JSON document, and the note it was published with.
 * Version 0 is a scorecard in use but never published (the general B2B preset shown while nothing is
 * published, or while the published one is unusable).
 */
public record ScorecardVersion(int version, String name, String document, String note, Instant publishedAt) {

    public ScorecardVersion {
        if (version < 0) {
            throw new IllegalArgumentException("scorecard versions start at 1 (0: not published): " + version);
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
