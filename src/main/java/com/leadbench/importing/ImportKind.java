package com.leadbench.importing;

/** What one import file holds; each kind has its own target fields ({@link ImportFields}). */
public enum ImportKind {
    /** People (and their companies): one row per contact, optionally with a first activity. */
    CONTACTS,
    /** What contacts did: one row per activity of a known contact. */
    ACTIVITIES,
    /** What sales reported: one row per follow-up (won, lost, ...) of a known contact, optionally with its account. */
    OUTCOMES
}
