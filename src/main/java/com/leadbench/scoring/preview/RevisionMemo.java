package com.leadbench.scoring.preview;

import com.leadbench.scoring.Scorecard;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;
import java.util.function.Supplier;

/**
 * What was computed from one lead's facts with a scorecard at a time, kept from one pass over the
 * leads to the next, so that a pass after a small change computes again only for the leads it
 * touched. A value is kept under the lead's contact id, its {@link LeadColumns#revision revision}
 * (which changes whenever the lead's facts may have), the time and the scorecard itself (by
 * identity: published versions are read once and never change). A pass keeps only what it used,
 * so what a change made stale is dropped at the next one.
 *
 * @param <V> what is kept: it must depend on nothing but the scorecard, the lead's facts and the time
 */
public final class RevisionMemo<V> {

    private record Key(long contact, long revision, long at) {
    }

    /** What the last pass used, by scorecard; never changed once kept, so read from every core. */
    private volatile Map<Scorecard, Map<Key, V>> kept = Map.of();

    /** One pass over leads whose revisions {@code revisionOfLead} gives by position; {@link Round#keep()} after. */
    public Round round(IntToLongFunction revisionOfLead) {
        return new Round(revisionOfLead, kept);
    }

    /** How many values are kept. */
    public int size() {
        return kept.values().stream().mapToInt(Map::size).sum();
    }

    /** The values of one pass: each taken from the memo when kept, else computed. Safe to use from every core. */
    public final class Round {

        private final IntToLongFunction revisionOfLead;
        private final Map<Scorecard, Map<Key, V>> before;
        private final Map<Scorecard, Map<Key, V>> used = Collections.synchronizedMap(new IdentityHashMap<>());
        private final AtomicInteger computed = new AtomicInteger();

        private Round(IntToLongFunction revisionOfLead, Map<Scorecard, Map<Key, V>> before) {
            this.revisionOfLead = revisionOfLead;
            this.before = before;
        }

        /** The value for the lead at position {@code lead} (contact {@code contactId}) with {@code card} at {@code at}. */
        public V get(int lead, long contactId, Scorecard card, Instant at, Supplier<V> compute) {
            Key key = new Key(contactId, revisionOfLead.applyAsLong(lead), at.toEpochMilli());
            Map<Key, V> earlier = before.get(card);
            V value = earlier == null ? null : earlier.get(key);
            if (value == null) {
                value = compute.get();
                computed.incrementAndGet();
            }
            used.computeIfAbsent(card, c -> new ConcurrentHashMap<>()).put(key, value);
            return value;
        }

        /** How many values this pass had to compute. */
        public int computed() {
            return computed.get();
        }

        /** Keeps what this pass used for the next, and drops the rest. */
        public void keep() {
            Map<Scorecard, Map<Key, V>> next = new IdentityHashMap<>();
            synchronized (used) {
                used.forEach((card, values) -> next.put(card, Map.copyOf(values)));
            }
            kept = Collections.unmodifiableMap(next);
        }
    }
}
