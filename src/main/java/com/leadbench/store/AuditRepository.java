package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.AUDIT_LOG;

import com.leadbench.model.AuditEntry;
import java.util.List;

/** The audit log: who changed what, appended and never rewritten. */
public final class AuditRepository {

    /** The action of an audit line that records a merge of contacts; its detail is the merge as JSON. */
    public static final String MERGE = "merge";

    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    /** Appends one line and returns its id. */
    public long append(AuditEntry e) {
        return database.dsl().insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, Times.toMillis(e.at()))
                .set(AUDIT_LOG.ACTOR, e.actor())
                .set(AUDIT_LOG.ACTION, e.action())
                .set(AUDIT_LOG.ENTITY, e.entity())
                .set(AUDIT_LOG.ENTITY_ID, e.entityId())
                .set(AUDIT_LOG.DETAIL, e.detail())
                .returningResult(AUDIT_LOG.ID)
                .fetchOne(AUDIT_LOG.ID);
    }

    /** The newest entries first. */
    public List<AuditEntry> latest(int limit) {
        return database.dsl()
                .select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.value1(), Times.fromMillis(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()));
    }

    /** The lines about {@code entity} with one of {@code actions}, newest first. */
    public List<AuditEntry> about(String entity, java.util.Collection<String> actions) {
        return database.dsl()
                .select(AUDIT_LOG.ID, AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY,
                        AUDIT_LOG.ENTITY_ID, AUDIT_LOG.DETAIL)
                .from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity))
                .and(AUDIT_LOG.ACTION.in(actions))
                .orderBy(AUDIT_LOG.ID.desc())
                .fetch(r -> new AuditEntry(r.value1(), Times.fromMillis(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7()));
    }
}
