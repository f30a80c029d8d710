package com.leadbench.ingest;

import java.util.List;
import java.util.Objects;

/**
 * Whether rows with neither an external id nor an email get a stable generated id, and from what:
 * the named columns' values (the same values give the same id on every import), or, when none are
 * named, the file's name and the row's position.
 */
public record GeneratedIds(boolean enabled, List<String> fromColumns) {

    public static final GeneratedIds OFF = new GeneratedIds(false, List.of());

    public GeneratedIds {
        fromColumns = List.copyOf(Objects.requireNonNullElse(fromColumns, List.of()));
    }
}
