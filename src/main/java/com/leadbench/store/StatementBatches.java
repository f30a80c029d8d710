package com.leadbench.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Batched prepared statements kept in foreign-key order (parents added first). Rows go to their
 * statement's batch; once any batch is full, every batch is executed, parents first, so a child
 * row always finds its parent. Used by the demo loader and the importer.
 */
final class StatementBatches implements AutoCloseable {

    static final int SIZE = 5_000;

    private final List<Batch> batches = new ArrayList<>();
    private final String failure;

    /** {@code failure} starts the message of a write that fails ("import write failed"). */
    StatementBatches(String failure) {
        this.failure = failure;
    }

    Batch add(PreparedStatement statement) {
        Batch batch = new Batch(statement);
        batches.add(batch);
        return batch;
    }

    /** Executes every batch, parents first, when any of them is full. */
    void flushWhenFull() {
        for (Batch batch : batches) {
            if (batch.pending >= SIZE) {
                flush();
                return;
            }
        }
    }

    void flush() {
        for (Batch batch : batches) {
            batch.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        for (Batch batch : batches) {
            batch.statement.close();
        }
    }

    static void bind(PreparedStatement st, int index, Object value) throws SQLException {
        switch (value) {
            case null -> st.setNull(index, Types.NULL);
            case String s -> st.setString(index, s);
            case Long l -> st.setLong(index, l);
            case Integer i -> st.setInt(index, i);
            case Double d -> st.setDouble(index, d);
            case Boolean b -> st.setInt(index, b ? 1 : 0);
            default -> throw new IllegalArgumentException("cannot bind " + value.getClass());
        }
    }

    /** One prepared statement and the rows added to it since the last flush. */
    final class Batch {

        private final PreparedStatement statement;
        private int pending;

        private Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    bind(statement, i + 1, values[i]);
                }
                statement.addBatch();
                pending++;
            } catch (SQLException e) {
                throw DatabaseErrors.failed(failure, e);
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                statement.executeBatch();
                pending = 0;
            } catch (SQLException e) {
                throw DatabaseErrors.failed(failure, e);
            }
        }
    }
}
