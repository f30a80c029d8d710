package com.leadbench.store;

import java.sql.Connection;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.ConnectionProvider;

/**
 * Hands jOOQ the one SQLite connection, one thread at a time. SQLite has a single writer anyway;
 * serialising here turns "database is locked" races into orderly waits. Reentrant, so a
 * transaction that runs queries on the same thread does not deadlock.
 */
final class LockingConnectionProvider implements ConnectionProvider {

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock(true);

    LockingConnectionProvider(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Connection acquire() {
        lock.lock();
        return connection;
    }

    @Override
    public void release(Connection released) {
        lock.unlock();
    }
}
