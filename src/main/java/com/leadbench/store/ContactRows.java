package com.leadbench.store;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

/** The queries of {@link OwnedByContact} over one table with id and contact_id columns. */
record ContactRows(Database database, Table<?> table, TableField<?, Integer> id, TableField<?, Integer> contactId)
        implements OwnedByContact {

    @Override
    public List<Long> idsOf(long contact) {
        return dsl().select(id).from(table).where(contactId.eq((int) contact)).orderBy(id).fetch(r -> r.value1().longValue());
    }

    @Override
    public void moveAll(long from, long to) {
        dsl().update(table).set(contactId, (int) to).where(contactId.eq((int) from)).execute();
    }

    @Override
    public void moveBack(List<Long> ids, long from, long to) {
        if (ids.isEmpty()) {
            return;
        }
        int moved = dsl().update(table)
                .set(contactId, (int) to)
                .where(id.in(ids.stream().map(Long::intValue).toList()))
                .and(contactId.eq((int) from))
                .execute();
        if (moved != ids.size()) {
            throw new IllegalStateException((ids.size() - moved) + " of the " + ids.size() + " " + table.getName()
                    + " rows the merge moved no longer belong to contact #" + from + "; nothing was undone");
        }
    }

    private DSLContext dsl() {
        return database.dsl();
    }
}
