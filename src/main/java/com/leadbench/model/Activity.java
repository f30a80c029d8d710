package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a contact did. {@code asset} is the page URL or asset name, {@code assetKind} its kind
 * (product_page, spec_sheet, cad_file, ...), {@code formText} the free text of a submitted form.
 */
public record Activity(
        long id,
        long contactId,
        ActivityType type,
        String asset,
        String assetKind,
        String productLine,
        Instant occurredAt,
        String campaign,
        String formText) {

    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
