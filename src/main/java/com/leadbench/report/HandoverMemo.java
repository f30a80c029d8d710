package com.leadbench.report;

import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;

/**
 * Handovers kept from one report to the next, so that a report after a small change scores again
 * only the qualifications of the leads it touched. A handover is kept under the lead's contact id,
 * its revision (which changes whenever the lead's facts may have: see the lead columns), the time
 * it is scored at and the scorecard itself (by identity: published versions are read once and never
 * change). A report keeps only what it used, so what a change made stale is dropped at the next one.
 */
public final class HandoverMemo {

    private record Key(long contact, long revision, long at) {
    }

    /** What the last report used, by scorecard; never changed once kept, so read from every core. */
    private volatile Map<Scorecard, Map<Key, Handover>> kept = Map.of();

    /** One report's handovers over leads whose revisions {@code revisionOfLead} gives by position; {@link Round#keep()} after. */
    public Round round(IntToLongFunction revisionOfLead) {
        return new Round(revisionOfLead, kept);
    }

    /** How many handovers are kept (for tests). */
    int size() {
        return kept.values().stream().mapToInt(Map::size).sum();
    }

    /** The handovers of one report: each taken from the memo when kept, else computed. */
    public final class Round implements HandoverScores {

        private final IntToLongFunction revisionOfLead;
        private final Map<Scorecard, Map<Key, Handover>> before;
        private final Map<Scorecard, Map<Key, Handover>> used = Collections.synchronizedMap(new IdentityHashMap<>());
        private final AtomicInteger computed = new AtomicInteger();

        private Round(IntToLongFunction revisionOfLead, Map<Scorecard, Map<Key, Handover>> before) {
            this.revisionOfLead = revisionOfLead;
            this.before = before;
        }

        @Override
        public Handover at(int lead, LeadFacts facts, Scorecard card, Instant at) {
            Key key = new Key(facts.contact().id(), revisionOfLead.applyAsLong(lead), at.toEpochMilli());
            Map<Key, Handover> earlier = before.get(card);
            Handover h = earlier == null ? null : earlier.get(key);
            if (h == null) {
                h = Handover.of(card, facts, at);
                computed.incrementAndGet();
            }
            used.computeIfAbsent(card, c -> new ConcurrentHashMap<>()).put(key, h);
            return h;
        }

        /** How many handovers this round had to compute. */
        public int computed() {
            return computed.get();
        }

        /** Keeps what this round used for the next report, and drops the rest. */
        public void keep() {
            Map<Scorecard, Map<Key, Handover>> next = new IdentityHashMap<>();
            synchronized (used) {
                used.forEach((card, handovers) -> next.put(card, Map.copyOf(handovers)));
            }
            kept = Collections.unmodifiableMap(next);
        }
    }
}
