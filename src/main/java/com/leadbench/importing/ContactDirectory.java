package com.leadbench.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The contacts and accounts an import can match, held in memory: contacts by external id and by
 * email (both ignoring case), accounts by domain and by name. Filled by the store before a run (in
 * id order: of several contacts sharing an email the oldest is matched); the run adds what it creates.
 */
public final class ContactDirectory {

    private record Entry(String externalId, Long accountId) {
    }

    private final Map<String, Long> byExternalId = new HashMap<>();
    /** As stored: most files spell external ids as the store does, and this finds them without lower-casing. */
    private final Map<String, Long> byExactExternalId = new HashMap<>();
    private final Map<String, Long> byEmail = new HashMap<>();
    private final Map<Long, Entry> contacts = new HashMap<>();
    private final Map<String, Long> accountsByDomain = new HashMap<>();
    private final Map<String, Long> accountsByName = new HashMap<>();
    private long maxContactId;
    private long maxAccountId;

    /** Adds a stored (or newly created) contact. */
    public void addContact(long id, String externalId, String email, Long accountId) {
        contacts.put(id, new Entry(externalId, accountId));
        if (externalId != null) {
            byExternalId.putIfAbsent(key(externalId), id);
            byExactExternalId.putIfAbsent(externalId, id);
        }
        if (email != null) {
            byEmail.putIfAbsent(key(email), id);
        }
        maxContactId = Math.max(maxContactId, id);
    }

    /** Adds a stored (or newly created) account. */
    public void addAccount(long id, String domain, String name) {
        if (domain != null) {
            accountsByDomain.putIfAbsent(key(domain), id);
        }
        if (name != null) {
            accountsByName.putIfAbsent(key(name), id);
        }
        maxAccountId = Math.max(maxAccountId, id);
    }

    /** New contacts get ids above {@code id}: ids that must not be reused, such as a merged-away contact's. */
    public void reserveContactIds(long id) {
        maxContactId = Math.max(maxContactId, id);
    }

    public int contactCount() {
        return contacts.size();
    }

    /**
     * The contact a row means, or -1: the one with its external id; else the one with its email,
     * unless that contact has a different external id (then it is another person in the source).
     */
    long find(String externalId, String email) {
        if (externalId != null) {
            Long id = byExactExternalId.get(externalId);
            if (id == null) {
                id = byExternalId.get(key(externalId));
            }
            if (id != null) {
                return id;
            }
        }
        if (email != null) {
            Long id = byEmail.get(key(email));
            if (id != null) {
                String stored = contacts.get(id).externalId();
                if (externalId == null || stored == null || stored.equalsIgnoreCase(externalId)) {
                    return id;
                }
            }
        }
        return -1;
    }

    /** Records what an update gave a contact: a new external id or email, a new account. */
    void update(long id, String externalId, String email, Long accountId) {
        Entry e = contacts.get(id);
        String ext = externalId != null ? externalId : e.externalId();
        contacts.put(id, new Entry(ext, accountId != null ? accountId : e.accountId()));
        if (externalId != null) {
            byExternalId.putIfAbsent(key(externalId), id);
            byExactExternalId.putIfAbsent(externalId, id);
        }
        if (email != null) {
            byEmail.putIfAbsent(key(email), id);
        }
    }

    /** The contact's account, or null. */
    Long accountOf(long contactId) {
        Entry e = contacts.get(contactId);
        return e == null ? null : e.accountId();
    }

    /** The account with this domain, else (when there is no domain) this name; -1 when none. */
    long findAccount(String domain, String name) {
        if (domain != null) {
            return accountsByDomain.getOrDefault(key(domain), -1L);
        }
        if (name != null) {
            return accountsByName.getOrDefault(key(name), -1L);
        }
        return -1;
    }

    long nextContactId() {
        return ++maxContactId;
    }

    long nextAccountId() {
        return ++maxAccountId;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
