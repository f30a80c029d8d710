package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.LEAD_DECISION;

import com.leadbench.model.DecisionKind;
import com.leadbench.model.LeadDecision;
import com.leadbench.model.LeadMarks;
import com.leadbench.model.Tier;
import com.leadbench.model.TierOverride;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record8;
import org.jooq.impl.DSL;

/** The manager's decisions on leads: appended, never changed; a lead's state is their fold. */
public final class LeadDecisionRepository {

    private final Database database;

    public LeadDecisionRepository(Database database) {
        this.database = database;
    }

    /** Appends a decision and returns its id. */
    public long append(LeadDecision d) {
        return database.dsl().insertInto(LEAD_DECISION)
                .set(LEAD_DECISION.CONTACT_ID, (int) d.contactId())
                .set(LEAD_DECISION.KIND, d.kind().name())
                .set(LEAD_DECISION.TIER, d.tier() == null ? null : d.tier().name())
                .set(LEAD_DECISION.TRANSITION_ID, d.transitionId() == null ? null : d.transitionId().intValue())
                .set(LEAD_DECISION.TEXT, d.text())
                .set(LEAD_DECISION.DECIDED_AT, Times.toMillis(d.at()))
                .set(LEAD_DECISION.AUTHOR, d.author())
                .returningResult(LEAD_DECISION.ID)
                .fetchOne(LEAD_DECISION.ID);
    }

    /** One lead's decisions, oldest first. */
    public List<LeadDecision> forContact(long contactId) {
        return select().where(LEAD_DECISION.CONTACT_ID.eq((int) contactId)).orderBy(LEAD_DECISION.ID).fetch(LeadDecisionRepository::toDecision);
    }

    public LeadMarks marks(long contactId) {
        return LeadMarks.fold(forContact(contactId));
    }

    /** The marks of every lead with at least one decision. */
    public Map<Long, LeadMarks> allMarks() {
        Map<Long, List<LeadDecision>> byLead = new HashMap<>();
        select().orderBy(LEAD_DECISION.ID).forEach(r -> {
            LeadDecision d = toDecision(r);
            byLead.computeIfAbsent(d.contactId(), k -> new ArrayList<>()).add(d);
        });
        Map<Long, LeadMarks> out = new HashMap<>();
        byLead.forEach((id, list) -> out.put(id, LeadMarks.fold(list)));
        return out;
    }

    /** The tier overrides in force, by contact. */
    public Map<Long, TierOverride> overrides() {
        return overrides(DSL.noCondition());
    }

    /** The tier overrides in force on any of {@code contactIds}, by contact id. */
    public Map<Long, TierOverride> overrides(java.util.Collection<Long> contactIds) {
        return overrides(LEAD_DECISION.CONTACT_ID.in(contactIds.stream().map(Long::intValue).toList()));
    }

    private Map<Long, TierOverride> overrides(org.jooq.Condition which) {
        Map<Long, TierOverride> out = new HashMap<>();
        select().where(LEAD_DECISION.KIND.in(DecisionKind.TIER_OVERRIDE.name(), DecisionKind.OVERRIDE_REMOVED.name())).and(which)
                .orderBy(LEAD_DECISION.ID)
                .forEach(r -> {
                    LeadDecision d = toDecision(r);
                    if (d.kind() == DecisionKind.TIER_OVERRIDE) {
                        out.put(d.contactId(), new TierOverride(d.tier(), d.text(), d.author(), d.at()));
                    } else {
                        out.remove(d.contactId());
                    }
                });
        return out;
    }

    private org.jooq.SelectJoinStep<Record8<Integer, Integer, String, String, Integer, String, Long, String>> select() {
        return database.dsl().select(LEAD_DECISION.ID, LEAD_DECISION.CONTACT_ID, LEAD_DECISION.KIND, LEAD_DECISION.TIER,
                LEAD_DECISION.TRANSITION_ID, LEAD_DECISION.TEXT, LEAD_DECISION.DECIDED_AT, LEAD_DECISION.AUTHOR).from(LEAD_DECISION);
    }

    private static LeadDecision toDecision(Record8<Integer, Integer, String, String, Integer, String, Long, String> r) {
        return new LeadDecision(r.value1(), r.value2(), DecisionKind.valueOf(r.value3()),
                r.value4() == null ? null : Tier.valueOf(r.value4()), r.value5() == null ? null : r.value5().longValue(),
                r.value6(), Times.fromMillis(r.value7()), r.value8());
    }

    /** This table's rows as a merge moves them from one contact to another and an undo moves them back. */
    public OwnedByContact owned() {
        return new ContactRows(database, LEAD_DECISION, LEAD_DECISION.ID, LEAD_DECISION.CONTACT_ID);
    }
}
