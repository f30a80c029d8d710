package com.leadbench.store;

import org.jooq.DSLContext;

/** Tests outside store/ read and arrange tables directly through this door; main code cannot. */
public final class TestDsl {

    private TestDsl() {
    }

    public static DSLContext of(Database database) {
        return database.dsl();
    }
}
