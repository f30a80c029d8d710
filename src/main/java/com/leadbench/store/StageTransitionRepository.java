package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.CHANGED_STAGE;
import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;

/** The lifecycle history: transitions are appended, never changed or deleted. */
public final class StageTransitionRepository {

    private final Database database;

    public StageTransitionRepository(Database database) {
        this.database = database;
    }

    /**
     * Appends transitions in one transaction and returns them. Plain batched JDBC: a million-contact demo
     * records millions of transitions, and binding each through jOOQ's batch cost more than writing it.
     */
    public <T extends Collection<StageTransition>> T record(T transitions) {
        if (transitions.isEmpty()) {
            return transitions;
        }
        String sql = database.dsl().insertInto(STAGE_TRANSITION,
                        STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.FROM_STAGE, STAGE_TRANSITION.TO_STAGE,
                        STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.CAUSE, STAGE_TRANSITION.SCORECARD_VERSION,
                        STAGE_TRANSITION.PACKET_ID, STAGE_TRANSITION.SCORED_TIER)
                .values((Integer) null, null, null, null, null, null, null, null).getSQL();
        database.dsl().transaction(tx -> tx.dsl().connection(connection -> {
            StatementBatches batches = new StatementBatches("recording stage transitions failed");
            try (batches) {
                StatementBatches.Batch insert = batches.add(connection.prepareStatement(sql));
                for (StageTransition t : transitions) {
                    insert.row((int) t.contactId(), t.from() == null ? null : t.from().name(), t.to().name(),
                            Times.toMillis(t.at()), t.cause(), t.scorecardVersion(), t.packetId(),
                            t.scoredTier() == null ? null : t.scoredTier().name());
                    batches.flushWhenFull();
                }
                batches.flush();
            }
        }));
        return transitions;
    }

    /** Every contact's current stage: the target of its latest transition. Contacts without one are absent. */
    public Map<Long, LifecycleStage> currentStages() {
        var latest = DSL.select(DSL.max(STAGE_TRANSITION.ID)).from(STAGE_TRANSITION).groupBy(STAGE_TRANSITION.CONTACT_ID);
        String sql = database.dsl().select(STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.TO_STAGE)
                .from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.ID.in(latest))
                .getSQL(org.jooq.conf.ParamType.INLINED);
        // every lead's row at every open: plain JDBC, without a jOOQ record per row (a third of the time at 100,000 leads)
        Map<String, LifecycleStage> stages = new HashMap<>();
        for (LifecycleStage stage : LifecycleStage.values()) {
            stages.put(stage.name(), stage);
        }
        Map<Long, LifecycleStage> out = new HashMap<>();
        database.dsl().connection(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement(sql); java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(2);
                    LifecycleStage stage = stages.get(name);
                    if (stage == null) {
                        throw new IllegalStateException("unknown stage " + name);
                    }
                    out.put(rs.getLong(1), stage);
                }
            }
        });
        return out;
    }

    /** Every contact's latest transition. Contacts without one are absent. */
    public Map<Long, StageTransition> latest() {
        var latest = DSL.select(DSL.max(STAGE_TRANSITION.ID)).from(STAGE_TRANSITION).groupBy(STAGE_TRANSITION.CONTACT_ID);
        return byContact(STAGE_TRANSITION.ID.in(latest));
    }

    /** The latest transition of each of {@code contactIds} that has one. */
    public Map<Long, StageTransition> latest(java.util.Collection<Long> contactIds) {
        var ids = contactIds.stream().map(Long::intValue).toList();
        var latest = DSL.select(DSL.max(STAGE_TRANSITION.ID)).from(STAGE_TRANSITION).where(STAGE_TRANSITION.CONTACT_ID.in(ids))
                .groupBy(STAGE_TRANSITION.CONTACT_ID);
        return byContact(STAGE_TRANSITION.ID.in(latest));
    }

    /** Every contact's latest transition to MQL or SQL: the qualification a deadline counts from. */
    public Map<Long, StageTransition> qualifications() {
        var qualified = STAGE_TRANSITION.TO_STAGE.in(LifecycleStage.MQL.name(), LifecycleStage.SQL.name());
        var latest = DSL.select(DSL.max(STAGE_TRANSITION.ID)).from(STAGE_TRANSITION).where(qualified)
                .groupBy(STAGE_TRANSITION.CONTACT_ID);
        return byContact(STAGE_TRANSITION.ID.in(latest));
    }

    private Map<Long, StageTransition> byContact(org.jooq.Condition which) {
        Map<Long, StageTransition> out = new HashMap<>();
        read(selectTransitions().where(which), t -> out.put(t.contactId(), t));
        return out;
    }

    /**
     * Runs {@code query} (a {@link #selectTransitions()}) through plain JDBC, each row to {@code sink}: the
     * screens read whole tables of transitions, and a jOOQ record per row costs more than the reading.
     */
    private void read(org.jooq.ResultQuery<?> query, java.util.function.Consumer<StageTransition> sink) {
        String sql = query.getSQL(org.jooq.conf.ParamType.INLINED);
        database.dsl().connection(connection -> {
            try (java.sql.PreparedStatement st = connection.prepareStatement(sql); java.sql.ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(3);
                    long at = rs.getLong(5);
                    int version = rs.getInt(7);
                    Integer madeBy = rs.wasNull() ? null : version;
                    String tier = rs.getString(9);
                    sink.accept(new StageTransition(rs.getLong(1), rs.getLong(2), from == null ? null : LifecycleStage.valueOf(from),
                            LifecycleStage.valueOf(rs.getString(4)), Times.fromMillis(at), rs.getString(6), madeBy, rs.getString(8),
                            tier == null ? null : com.leadbench.model.Tier.valueOf(tier)));
                }
            }
        });
    }

    /** Every contact's transitions, oldest first, by contact. */
    public Map<Long, List<StageTransition>> all() {
        Map<Long, List<StageTransition>> out = new HashMap<>();
        read(selectTransitions().orderBy(STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.ID),
                t -> out.computeIfAbsent(t.contactId(), k -> new java.util.ArrayList<>()).add(t));
        return out;
    }

    /** How many transitions a scorecard version made. */
    public int countForVersion(int version) {
        return database.dsl().fetchCount(STAGE_TRANSITION, STAGE_TRANSITION.SCORECARD_VERSION.eq(version));
    }

    /** A contact's transitions, oldest first. */
    public List<StageTransition> forContact(long contactId) {
        List<StageTransition> out = new java.util.ArrayList<>();
        read(selectTransitions().where(STAGE_TRANSITION.CONTACT_ID.eq((int) contactId))
                .orderBy(STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.ID), out::add);
        return out;
    }

    private org.jooq.SelectJoinStep<org.jooq.Record9<Integer, Integer, String, String, Long, String, Integer, String, String>> selectTransitions() {
        return database.dsl()
                .select(STAGE_TRANSITION.ID, STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.FROM_STAGE,
                        STAGE_TRANSITION.TO_STAGE, STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.CAUSE,
                        STAGE_TRANSITION.SCORECARD_VERSION, STAGE_TRANSITION.PACKET_ID, STAGE_TRANSITION.SCORED_TIER)
                .from(STAGE_TRANSITION);
    }

    /** The newest sequence number the stage change log (migration V4) ever gave, or 0 when none. */
    long lastLoggedChange() {
        Object seq = database.dsl().fetchValue("SELECT seq FROM sqlite_sequence WHERE name = 'changed_stage'");
        return seq == null ? 0 : ((Number) seq).longValue();
    }

    /** The contacts the stage change log names after entry {@code seq}, one per entry (a contact may come more than once). */
    List<Long> changesAfter(long seq) {
        return database.dsl().select(CHANGED_STAGE.CONTACT_ID).from(CHANGED_STAGE).where(CHANGED_STAGE.SEQ.gt((int) seq))
                .fetch(r -> r.value1().longValue());
    }

    /** Drops the stage change log's entries up to {@code seq}. */
    void forgetChangesUpTo(long seq) {
        database.dsl().deleteFrom(CHANGED_STAGE).where(CHANGED_STAGE.SEQ.le((int) seq)).execute();
    }

    /** This table's rows as a merge moves them from one contact to another and an undo moves them back. */
    public OwnedByContact owned() {
        return new ContactRows(database, STAGE_TRANSITION, STAGE_TRANSITION.ID, STAGE_TRANSITION.CONTACT_ID);
    }

    /** The target of the contact's transition appended last (highest id), or empty when it has none. */
    public Optional<LifecycleStage> lastAppendedStage(long contactId) {
        return database.dsl().select(STAGE_TRANSITION.TO_STAGE).from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.CONTACT_ID.eq((int) contactId))
                .orderBy(STAGE_TRANSITION.ID.desc())
                .limit(1)
                .fetchOptional(r -> LifecycleStage.valueOf(r.value1()));
    }

    /** Appends one transition and returns its id. */
    public long append(StageTransition t) {
        return database.dsl().insertInto(STAGE_TRANSITION)
                .set(STAGE_TRANSITION.CONTACT_ID, (int) t.contactId())
                .set(STAGE_TRANSITION.FROM_STAGE, t.from() == null ? null : t.from().name())
                .set(STAGE_TRANSITION.TO_STAGE, t.to().name())
                .set(STAGE_TRANSITION.OCCURRED_AT, Times.toMillis(t.at()))
                .set(STAGE_TRANSITION.CAUSE, t.cause())
                .set(STAGE_TRANSITION.SCORECARD_VERSION, t.scorecardVersion())
                .set(STAGE_TRANSITION.PACKET_ID, t.packetId())
                .set(STAGE_TRANSITION.SCORED_TIER, t.scoredTier() == null ? null : t.scoredTier().name())
                .returningResult(STAGE_TRANSITION.ID)
                .fetchOne(STAGE_TRANSITION.ID);
    }
}
