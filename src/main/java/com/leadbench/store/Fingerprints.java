package com.leadbench.store;

/**
 * A set of 64-bit fingerprints (open addressing, linear probing), 8 bytes each: which activities
 * an import may find already there. A hit is only a hint; the caller checks it exactly.
 */
final class Fingerprints {

    /** The stored activities' contact and time: two numbers per row, read far faster than their text. */
    static final String STORED = "SELECT contact_id, occurred_at FROM activity";

    private long[] slots;
    private int size;

    Fingerprints(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** The fingerprint of a contact and a time: equal for every activity of that contact at that time. Never 0. */
    static long of(long contactId, long occurredAt) {
        return mix(contactId * 0x9E3779B97F4A7C15L ^ Long.rotateLeft(occurredAt * 0xBF58476D1CE4E5B9L, 29));
    }

    /** The fingerprint of an activity's identity: contact, time, type and asset. Never 0. */
    static long of(long contactId, long occurredAt, String type, String asset) {
        long h = of(contactId, occurredAt);
        h ^= type.hashCode() * 0x94D049BB133111EBL;
        h = Long.rotateLeft(h, 31) ^ ((asset == null ? 0x5BD1E995L : asset.hashCode() & 0xFFFFFFFFL) * 0xD6E8FEB86659FD93L);
        return mix(h);
    }

    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** True when {@code fingerprint} was added before. */
    boolean contains(long fingerprint) {
        int mask = slots.length - 1;
        int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == fingerprint) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Adds {@code fingerprint}; false when it was there already. */
    boolean add(long fingerprint) {
        int mask = slots.length - 1;
        int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = fingerprint;
        if (++size * 4 > slots.length * 3) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long f : old) {
            if (f != 0) {
                add(f);
            }
        }
    }
}
