package com.leadbench.scoring.preview;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.lead.LeadFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every lead of a database in memory, column-wise: the contacts and accounts, and the activities
 * grouped by contact, oldest first, as (time, signature) pairs. A signature is one distinct
 * (type, asset, asset kind, product line, form text): rules are matched once per signature, not
 * once per activity, which is what makes rebuilding a rule's column fast.
 */
public final class LeadColumns {

    private final Contact[] contacts;
    private final Account[] accounts;
    private final int[] start;
    private final long[] at;
    private final int[] signature;
    private final Activity[] signatures;
    /** Each row's contact id; when they ascend (as the database reads them), {@link #indexOf} bisects them. */
    private final long[] ids;
    /** Row by contact id, only when the ids do not ascend (columns built in another order); else null. */
    private final Map<Long, Integer> indexById;
    private final LeadFacts[] profiles;
    /** Each row's revision ({@link #revision}); drawn from {@link #REVISIONS}, so no two readings share one. */
    private final long[] revisions;
    /**
     * Each row as the leads table shows it, made when first asked for and carried by a splice for the
     * rows it keeps: the table is rebuilt after every change. A race only makes one twice.
     */
    private final com.leadbench.model.LeadSummary[] summaries;
    private static final java.util.concurrent.atomic.AtomicLong REVISIONS = new java.util.concurrent.atomic.AtomicLong();

    private LeadColumns(Contact[] contacts, Account[] accounts, int[] start, long[] at, int[] signature, Activity[] signatures) {
        this(contacts, accounts, start, at, signature, signatures, freshRevisions(contacts.length),
                new com.leadbench.model.LeadSummary[contacts.length], new LeadFacts[contacts.length]);
    }

    /** @throws IllegalArgumentException when a contact is in the columns twice */
    private LeadColumns(Contact[] contacts, Account[] accounts, int[] start, long[] at, int[] signature, Activity[] signatures,
                        long[] revisions, com.leadbench.model.LeadSummary[] summaries, LeadFacts[] profiles) {
        this.summaries = summaries;
        this.ids = new long[contacts.length];
        boolean ascending = true;
        for (int i = 0; i < contacts.length; i++) {
            ids[i] = contacts[i].id();
            ascending &= i == 0 || ids[i] > ids[i - 1];
        }
        this.indexById = ascending ? null : indexOf(ids);
        this.revisions = revisions;
        // a splice hands over the profiles of the rows it keeps; the others are made here
        this.profiles = profiles;
        for (int i = 0; i < contacts.length; i++) {
            if (profiles[i] == null) {
                profiles[i] = new LeadFacts(contacts[i], Optional.ofNullable(accounts[i]), List.of());
            }
        }
        this.contacts = contacts;
        this.accounts = accounts;
        this.start = start;
        this.at = at;
        this.signature = signature;
        this.signatures = signatures;
    }

    public int size() {
        return contacts.length;
    }

    /**
     * A number that stays the same only while contact {@code i}'s facts and activities do: a
     * {@link #splice} keeps it for the contacts it keeps and draws a new one for every changed or
     * added contact; columns read or built afresh draw one for every contact. What is computed from
     * one lead's facts can be kept under its contact id and revision.
     */
    public long revision(int i) {
        return revisions[i];
    }

    private static long[] freshRevisions(int n) {
        long first = REVISIONS.getAndAdd(n);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = first + i;
        }
        return out;
    }

    public int activityCount() {
        return at.length;
    }

    public int signatureCount() {
        return signatures.length;
    }

    public Contact contact(int i) {
        return contacts[i];
    }

    public Optional<Account> account(int i) {
        return Optional.ofNullable(accounts[i]);
    }

    /** The index of a contact by its id, or -1 when it is not here. */
    public int indexOf(long contactId) {
        if (indexById != null) {
            return indexById.getOrDefault(contactId, -1);
        }
        int i = Arrays.binarySearch(ids, contactId);
        return i >= 0 ? i : -1;
    }

    private static Map<Long, Integer> indexOf(long[] ids) {
        Map<Long, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (index.put(ids[i], i) != null) {
                throw new IllegalArgumentException("contact " + ids[i] + " is in the columns twice");
            }
        }
        return index;
    }

    /** Index range of contact {@code i}'s activities: [first(i), first(i + 1)). */
    int first(int i) {
        return start[i];
    }

    long at(int k) {
        return at[k];
    }

    int signature(int k) {
        return signature[k];
    }

    Activity signatureActivity(int s) {
        return signatures[s];
    }

    /** Contact {@code i} as a row of the leads table: the same as the database's summary of it. */
    public com.leadbench.model.LeadSummary summary(int i) {
        com.leadbench.model.LeadSummary made = summaries[i];
        if (made == null) {
            made = makeSummary(i);
            summaries[i] = made;
        }
        return made;
    }

    private com.leadbench.model.LeadSummary makeSummary(int i) {
        Contact c = contacts[i];
        Account a = accounts[i];
        Instant last = start[i + 1] > start[i] ? Instant.ofEpochMilli(at[start[i + 1] - 1]) : null;
        return new com.leadbench.model.LeadSummary(c.id(), c.displayName(), c.email(), a == null ? null : a.name(), c.jobTitle(),
                a == null ? null : a.industry(), c.country(), last);
    }

    /** Every contact as a row of the leads table, in column order. */
    public List<com.leadbench.model.LeadSummary> summaries() {
        List<com.leadbench.model.LeadSummary> out = new ArrayList<>(contacts.length);
        for (int i = 0; i < contacts.length; i++) {
            out.add(summary(i));
        }
        return out;
    }

    /** Contact {@code i} without its activities, for rules that look only at who the lead is. */
    public LeadFacts profile(int i) {
        return profiles[i];
    }

    /**
     * Every distinct activity (type, asset, asset kind, product line, form text) any contact did,
     * without contact or time: what kinds of signals the data holds.
     */
    public List<Activity> distinctActivities() {
        return List.of(signatures);
    }

    /** The time (epoch millis) of contact {@code i}'s newest activity, or {@link Long#MIN_VALUE} when it has none. */
    public long newestActivity(int i) {
        return start[i + 1] > start[i] ? at[start[i + 1] - 1] : Long.MIN_VALUE;
    }

    /** The time of the newest activity of any contact, or empty when there is none. */
    public java.util.OptionalLong newestActivity() {
        return at.length == 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Arrays.stream(at).max().getAsLong());
    }

    /** Contact {@code i} with its activities, as the reference engine takes it. Activity ids are positions. */
    public LeadFacts facts(int i) {
        List<Activity> list = new ArrayList<>(start[i + 1] - start[i]);
        for (int k = start[i]; k < start[i + 1]; k++) {
            Activity s = signatures[signature[k]];
            list.add(new Activity(k + 1L, contacts[i].id(), s.type(), s.asset(), s.assetKind(), s.productLine(),
                    Instant.ofEpochMilli(at[k]), null, s.formText()));
        }
        return new LeadFacts(contacts[i], Optional.ofNullable(accounts[i]), list);
    }

    /** Approximate heap held by the activity columns, in bytes. */
    public long activityBytes() {
        return (long) at.length * (Long.BYTES + Integer.BYTES) + (long) start.length * Integer.BYTES;
    }

    /**
     * These columns with the contacts of {@code changed} in place of this one's (at the same
     * position, or after every other contact when new, in id order) and the contacts whose ids are
     * in {@code removed} dropped; every other contact keeps its facts and activities as they are.
     * Work in proportion to the arrays copied, never to rules or rows re-read.
     */
    public Spliced splice(LeadColumns changed, java.util.Set<Long> removed) {
        int n = contacts.length;
        // the changed and removed contacts found by id, not every row looked up: a splice is small, the columns are not
        int[] fromChanged = new int[n];
        Arrays.fill(fromChanged, -1);
        List<Integer> added = new ArrayList<>();
        for (int j = 0; j < changed.size(); j++) {
            int i = indexOf(changed.contacts[j].id());
            if (i >= 0) {
                fromChanged[i] = j;
            } else {
                added.add(j);
            }
        }
        boolean[] dropped = new boolean[n];
        int droppedCount = 0;
        for (long id : removed) {
            int i = indexOf(id);
            if (i >= 0 && fromChanged[i] < 0 && !dropped[i]) {
                dropped[i] = true;
                droppedCount++;
            }
        }
        int[] keep = new int[n - droppedCount];
        for (int i = 0, k = 0; i < n; i++) {
            if (!dropped[i]) {
                keep[k++] = i;
            }
        }
        added.sort((x, y) -> Long.compare(changed.contacts[x].id(), changed.contacts[y].id()));
        // the changed contacts' signatures, as indices into this one's table extended by the new ones
        Map<Builder.Key, Integer> known = new HashMap<>();
        for (int s = 0; s < signatures.length; s++) {
            known.put(Builder.Key.of(signatures[s]), s);
        }
        List<Activity> mergedSignatures = new ArrayList<>(List.of(signatures));
        int[] signatureOfChanged = new int[changed.signatures.length];
        for (int s = 0; s < signatureOfChanged.length; s++) {
            Activity sig = changed.signatures[s];
            Integer at = known.get(Builder.Key.of(sig));
            if (at == null) {
                at = mergedSignatures.size();
                known.put(Builder.Key.of(sig), at);
                mergedSignatures.add(new Activity(at + 1L, 0, sig.type(), sig.asset(), sig.assetKind(), sig.productLine(),
                        Instant.EPOCH, null, sig.formText()));
            }
            signatureOfChanged[s] = at;
        }
        int size = keep.length + added.size();
        Contact[] nextContacts = new Contact[size];
        Account[] nextAccounts = new Account[size];
        int[] previous = new int[size];
        int[] nextStart = new int[size + 1];
        // kept and added contacts merged by id: columns read in id order stay in the order a full read gives
        int nextKept = 0;
        int nextAdded = 0;
        for (int r = 0; r < size; r++) {
            boolean old = nextAdded == added.size() || (nextKept < keep.length
                    && ids[keep[nextKept]] < changed.ids[added.get(nextAdded)]);
            int i = old ? keep[nextKept++] : -1;
            int j = old ? fromChanged[i] : added.get(nextAdded++);
            previous[r] = old && j < 0 ? i : -1;
            nextContacts[r] = j >= 0 ? changed.contacts[j] : contacts[i];
            nextAccounts[r] = j >= 0 ? changed.accounts[j] : accounts[i];
            int length = j >= 0 ? changed.start[j + 1] - changed.start[j] : start[i + 1] - start[i];
            nextStart[r + 1] = nextStart[r] + length;
        }
        long[] nextAt = new long[nextStart[size]];
        int[] nextSignature = new int[nextStart[size]];
        for (int r = 0; r < size; r++) {
            if (previous[r] >= 0) {
                // a run of kept rows that were neighbours before is one copy
                int last = r;
                while (last + 1 < size && previous[last + 1] == previous[last] + 1) {
                    last++;
                }
                int from = start[previous[r]];
                int length = start[previous[last] + 1] - from;
                System.arraycopy(at, from, nextAt, nextStart[r], length);
                System.arraycopy(signature, from, nextSignature, nextStart[r], length);
                r = last;
            } else {
                int j = changed.indexOf(nextContacts[r].id());
                int length = changed.start[j + 1] - changed.start[j];
                System.arraycopy(changed.at, changed.start[j], nextAt, nextStart[r], length);
                for (int k = 0; k < length; k++) {
                    nextSignature[nextStart[r] + k] = signatureOfChanged[changed.signature[changed.start[j] + k]];
                }
            }
        }
        long[] nextRevisions = freshRevisions(size);
        com.leadbench.model.LeadSummary[] nextSummaries = new com.leadbench.model.LeadSummary[size];
        LeadFacts[] nextProfiles = new LeadFacts[size];
        for (int r = 0; r < size; r++) {
            if (previous[r] >= 0) {
                nextRevisions[r] = revisions[previous[r]];
                nextSummaries[r] = summaries[previous[r]];
                nextProfiles[r] = profiles[previous[r]];
            }
        }
        LeadColumns next = new LeadColumns(nextContacts, nextAccounts, nextStart, nextAt, nextSignature,
                mergedSignatures.toArray(Activity[]::new), nextRevisions, nextSummaries, nextProfiles);
        return new Spliced(next, previous);
    }

    /**
     * Columns after a {@link #splice}: {@code previous[i]} is the index contact {@code i} of
     * {@code columns} had before, with the same facts and activities, or -1 when it was changed or added.
     */
    public record Spliced(LeadColumns columns, int[] previous) {

        /** How many contacts are new or changed. */
        public int changedCount() {
            return changed().length;
        }

        /** The indices, in {@code columns}, of the contacts that are new or changed, in order. */
        public int[] changed() {
            int count = 0;
            for (int p : previous) {
                count += p < 0 ? 1 : 0;
            }
            int[] out = new int[count];
            for (int i = 0, k = 0; i < previous.length; i++) {
                if (previous[i] < 0) {
                    out[k++] = i;
                }
            }
            return out;
        }
    }

    /** The columns as stored: what {@link ColumnsCodec} writes and reads back. */
    static LeadColumns of(Contact[] contacts, Account[] accounts, int[] start, long[] at, int[] signature, Activity[] signatures) {
        if (accounts.length != contacts.length || start.length != contacts.length + 1 || at.length != signature.length
                || start[contacts.length] != at.length) {
            throw new IllegalArgumentException("the columns do not fit together");
        }
        return new LeadColumns(contacts, accounts, start, at, signature, signatures);
    }

    Activity[] signatureTable() {
        return signatures;
    }

    int[] starts() {
        return start;
    }

    long[] times() {
        return at;
    }

    int[] signatures() {
        return signature;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects contacts, then each contact's activities. Activities may arrive in any order within
     * a contact; {@link #build()} sorts them oldest first (ties in arrival order).
     */
    public static final class Builder {

        private final List<Contact> contacts = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final Map<Long, Integer> indexById = new HashMap<>();
        private final Map<Key, Integer> signatureIds = new HashMap<>();
        private final List<Activity> signatures = new ArrayList<>();
        private int[] owner = new int[1024];
        private long[] times = new long[1024];
        private int[] sigs = new int[1024];
        private int count;

        private record Key(ActivityType type, String asset, String assetKind, String productLine, String formText) {
            static Key of(Activity a) {
                return new Key(a.type(), a.asset(), a.assetKind(), a.productLine(), a.formText());
            }
        }

        public Builder contact(Contact contact, Account account) {
            if (indexById.putIfAbsent(contact.id(), contacts.size()) != null) {
                throw new IllegalArgumentException("contact " + contact.id() + " added twice");
            }
            contacts.add(contact);
            accounts.add(account);
            return this;
        }

        /** Adds an activity of a contact already added. */
        public Builder activity(long contactId, ActivityType type, String asset, String assetKind, String productLine,
                                long occurredAtMillis, String formText) {
            Integer index = indexById.get(contactId);
            if (index == null) {
                throw new IllegalArgumentException("activity for unknown contact " + contactId);
            }
            Key key = new Key(Objects.requireNonNull(type), asset, assetKind, productLine, formText);
            Integer sig = signatureIds.get(key);
            if (sig == null) {
                sig = signatures.size();
                signatureIds.put(key, sig);
                signatures.add(new Activity(sig + 1L, 0, type, asset, assetKind, productLine, Instant.EPOCH, null, formText));
            }
            if (count == owner.length) {
                owner = Arrays.copyOf(owner, count * 2);
                times = Arrays.copyOf(times, count * 2);
                sigs = Arrays.copyOf(sigs, count * 2);
            }
            owner[count] = index;
            times[count] = occurredAtMillis;
            sigs[count] = sig;
            count++;
            return this;
        }

        public Builder activity(Activity a) {
            return activity(a.contactId(), a.type(), a.asset(), a.assetKind(), a.productLine(), a.occurredAt().toEpochMilli(), a.formText());
        }

        public LeadColumns build() {
            int n = contacts.size();
            int[] start = new int[n + 1];
            for (int k = 0; k < count; k++) {
                start[owner[k] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            // stable counting sort by contact, then a stable sort by time inside each contact
            int[] next = Arrays.copyOf(start, n);
            int[] order = new int[count];
            for (int k = 0; k < count; k++) {
                order[next[owner[k]]++] = k;
            }
            long[] at = new long[count];
            int[] signature = new int[count];
            Integer[] slice = new Integer[0];
            for (int i = 0; i < n; i++) {
                int from = start[i];
                int to = start[i + 1];
                int len = to - from;
                if (slice.length < len) {
                    slice = new Integer[len];
                }
                for (int j = 0; j < len; j++) {
                    slice[j] = order[from + j];
                }
                Arrays.sort(slice, 0, len, (x, y) -> Long.compare(times[x], times[y]));
                for (int j = 0; j < len; j++) {
                    at[from + j] = times[slice[j]];
                    signature[from + j] = sigs[slice[j]];
                }
            }
            return new LeadColumns(contacts.toArray(Contact[]::new), accounts.toArray(Account[]::new), start, at, signature,
                    signatures.toArray(Activity[]::new));
        }
    }
}
