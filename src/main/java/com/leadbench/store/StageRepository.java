package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.StageTransition;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

/** The lifecycle history: transitions are appended, never changed or deleted. */
public final class StageRepository {

    private final Database database;

    public StageRepository(Database database) {
        this.database = database;
    }

    /** Appends transitions in one transaction and returns them. */
    public <T extends Collection<StageTransition>> T record(T transitions) {
        database.dsl().transaction(tx -> {
            var insert = tx.dsl().batch(tx.dsl().insertInto(STAGE_TRANSITION,
                            STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.FROM_STAGE, STAGE_TRANSITION.TO_STAGE,
                            STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.CAUSE, STAGE_TRANSITION.SCORECARD_VERSION)
                    .values((Integer) null, null, null, null, null, null));
            for (StageTransition t : transitions) {
                insert.bind((int) t.contactId(), t.from() == null ? null : t.from().name(), t.to().name(),
                        Times.toMillis(t.at()), t.cause(), t.scorecardVersion());
            }
            if (!transitions.isEmpty()) {
                insert.execute();
            }
        });
        return transitions;
    }

    /** Every contact's current stage: the target of its latest transition. Contacts without one are absent. */
    public Map<Long, LifecycleStage> currentStages() {
        var latest = DSL.select(DSL.max(STAGE_TRANSITION.ID)).from(STAGE_TRANSITION).groupBy(STAGE_TRANSITION.CONTACT_ID);
        Map<Long, LifecycleStage> out = new HashMap<>();
        database.dsl().select(STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.TO_STAGE)
                .from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.ID.in(latest))
                .forEach(r -> out.put(r.value1().longValue(), LifecycleStage.valueOf(r.value2())));
        return out;
    }

    /** How many transitions a scorecard version made. */
    public int countForVersion(int version) {
        return database.dsl().fetchCount(STAGE_TRANSITION, STAGE_TRANSITION.SCORECARD_VERSION.eq(version));
    }

    /** A contact's transitions, oldest first. */
    public List<StageTransition> forContact(long contactId) {
        return database.dsl()
                .select(STAGE_TRANSITION.ID, STAGE_TRANSITION.CONTACT_ID, STAGE_TRANSITION.FROM_STAGE,
                        STAGE_TRANSITION.TO_STAGE, STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.CAUSE,
                        STAGE_TRANSITION.SCORECARD_VERSION)
                .from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.CONTACT_ID.eq((int) contactId))
                .orderBy(STAGE_TRANSITION.OCCURRED_AT, STAGE_TRANSITION.ID)
                .fetch(r -> new StageTransition(r.value1(), r.value2(),
                        r.value3() == null ? null : LifecycleStage.valueOf(r.value3()),
                        LifecycleStage.valueOf(r.value4()), Times.fromMillis(r.value5()), r.value6(), r.value7()));
    }
}
