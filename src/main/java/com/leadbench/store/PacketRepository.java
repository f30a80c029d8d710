package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.HANDOFF_PACKET;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The handoff packets made: one row per export that handed leads off. */
public final class PacketRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Database database;

    public PacketRepository(Database database) {
        this.database = database;
    }

    /** The next free id for a packet made at {@code at}: "HP-20261122-001", numbered per day. */
    public String nextId(Instant at) {
        String prefix = "HP-" + DAY.format(at) + "-";
        int taken = database.dsl().fetchCount(HANDOFF_PACKET, HANDOFF_PACKET.ID.startsWith(prefix));
        return prefix + String.format("%03d", taken + 1);
    }

    public void insert(String id, Instant at, String author, String format, String selection, int leadCount) {
        database.dsl().insertInto(HANDOFF_PACKET)
                .set(HANDOFF_PACKET.ID, id)
                .set(HANDOFF_PACKET.CREATED_AT, Times.toMillis(at))
                .set(HANDOFF_PACKET.AUTHOR, author)
                .set(HANDOFF_PACKET.FORMAT, format)
                .set(HANDOFF_PACKET.SELECTION, selection)
                .set(HANDOFF_PACKET.LEAD_COUNT, leadCount)
                .execute();
    }

    public int count() {
        return database.dsl().fetchCount(HANDOFF_PACKET);
    }
}
