package com.leadbench.model;

import java.time.Instant;
import java.util.Objects;

/** One line of the audit log: who did what to which record. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
    }
}
