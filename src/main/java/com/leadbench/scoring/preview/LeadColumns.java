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
    private final Map<Long, Integer> indexById;
    private final LeadFacts[] profiles;

    private LeadColumns(Contact[] contacts, Account[] accounts, int[] start, long[] at, int[] signature, Activity[] signatures,
                        Map<Long, Integer> indexById) {
        this.indexById = indexById;
        this.profiles = new LeadFacts[contacts.length];
        for (int i = 0; i < contacts.length; i++) {
            profiles[i] = new LeadFacts(contacts[i], Optional.ofNullable(accounts[i]), List.of());
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
        return indexById.getOrDefault(contactId, -1);
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
                    signatures.toArray(Activity[]::new), Map.copyOf(indexById));
        }
    }
}
