package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.HANDOFF_PACKET;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The handoff packets made: one row per export that handed leads off. */
public final class PacketRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Database database;

    public PacketRepository(Database database) {
        this.database = database;
    }

    /**
     * The next id for a packet made at {@code at}: "HP-20261122-001", numbered per day, above every
     * id of that day recorded and every one in {@code alsoTaken} (ids found in packet files the
     * database may not know), so an id is never given twice.
     */
    public String nextId(Instant at, Collection<String> alsoTaken) {
        String prefix = "HP-" + DAY.format(at) + "-";
        List<String> taken = new ArrayList<>(database.dsl().select(HANDOFF_PACKET.ID).from(HANDOFF_PACKET)
                .where(HANDOFF_PACKET.ID.startsWith(prefix)).fetch(HANDOFF_PACKET.ID));
        taken.addAll(alsoTaken);
        int highest = 0;
        for (String id : taken) {
            if (id != null && id.startsWith(prefix) && id.length() > prefix.length()
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return prefix + String.format("%03d", highest + 1);
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
