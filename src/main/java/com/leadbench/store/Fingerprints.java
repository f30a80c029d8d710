package com.leadbench.store;

/**
 * A set of 64-bit fingerprints (open addressing, linear probing): which activities an import may
 * already find stored, in 8 bytes each. A hit is only a hint; the caller checks it exactly.
 */
final class Fingerprints {

    private long[] slots;
    private int size;

    Fingerprints(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** The fingerprint of an activity's identity: contact, time, type and asset. Never 0. */
    static long of(long contactId, long occurredAt, String type, String asset) {
        long h = contactId * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h ^ occurredAt, 29) * 0xBF58476D1CE4E5B9L;
        h ^= type.hashCode() * 0x94D049BB133111EBL;
        h = Long.rotateLeft(h, 31) ^ (asset == null ? 0x5BD1E995L : asset.hashCode() & 0xFFFFFFFFL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
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
