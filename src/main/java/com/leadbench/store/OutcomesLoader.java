package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.SALES_FOLLOW_UP;
import static com.leadbench.store.jooq.Tables.STAGE_TRANSITION;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.LifecycleStage;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.Arrays;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * Reads what sales reported about every lead, for backtests and calibration: won and accepted (a won lead
 * counts as accepted), the time of the first follow-up of any kind, and the time of the first recorded
 * transition to MQL or SQL. Rows of contacts that are not in {@code leads} are ignored.
 */
public final class OutcomesLoader {

    private final Database database;

    public OutcomesLoader(Database database) {
        this.database = database;
    }

    public Outcomes load(LeadColumns leads) {
        int n = leads.size();
        boolean[] won = new boolean[n];
        boolean[] accepted = new boolean[n];
        long[] firstFollowUp = new long[n];
        long[] qualified = new long[n];
        Arrays.fill(firstFollowUp, Outcomes.ABSENT);
        Arrays.fill(qualified, Outcomes.ABSENT);
        database.dsl().select(SALES_FOLLOW_UP.CONTACT_ID, SALES_FOLLOW_UP.KIND, SALES_FOLLOW_UP.OCCURRED_AT)
                .from(SALES_FOLLOW_UP)
                .forEach(r -> {
                    int i = leads.indexOf(r.value1());
                    if (i < 0) {
                        return;
                    }
                    FollowUpKind kind = FollowUpKind.valueOf(r.value2());
                    long at = r.value3();
                    if (firstFollowUp[i] == Outcomes.ABSENT || at < firstFollowUp[i]) {
                        firstFollowUp[i] = at;
                    }
                    won[i] |= kind == FollowUpKind.WON;
                    accepted[i] |= kind == FollowUpKind.ACCEPTED || kind == FollowUpKind.WON;
                });
        database.dsl().select(STAGE_TRANSITION.CONTACT_ID, DSL.min(STAGE_TRANSITION.OCCURRED_AT))
                .from(STAGE_TRANSITION)
                .where(STAGE_TRANSITION.TO_STAGE.in(List.of(LifecycleStage.MQL.name(), LifecycleStage.SQL.name())))
                .groupBy(STAGE_TRANSITION.CONTACT_ID)
                .forEach(r -> {
                    int i = leads.indexOf(r.value1());
                    if (i >= 0 && r.value2() != null) {
                        qualified[i] = r.value2();
                    }
                });
        return new Outcomes(won, accepted, firstFollowUp, qualified);
    }
}
