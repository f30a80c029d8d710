package com.leadbench.importing;

import com.leadbench.model.Activity;
import com.leadbench.model.SalesFollowUp;

/**
 * Where an {@link ImportRun} puts what it decided, in row order. Ids of new contacts and accounts
 * are assigned by the run (from its {@link ContactDirectory}); the store writes them in one
 * transaction. Activities and follow-ups are matched by the store, which knows what is stored.
 */
public interface ImportWrites {

    void insertAccount(long id, AccountValues values);

    /** Sets the fields given (non-null) and keeps the others. */
    void updateAccount(long id, AccountValues values);

    void insertContact(long id, ContactValues values);

    /** Sets the fields given (non-null) and keeps the others. */
    void updateContact(long id, ContactValues values);

    /** Sets a custom field of a contact, replacing its value. */
    void contactField(long contactId, String name, String value);

    /** Sets a custom field of an account, replacing its value. */
    void accountField(long accountId, String name, String value);

    /**
     * Adds an activity, or updates the one with the same contact, type, asset and time (its kind,
     * product line, campaign and form text, where given). True when it was added.
     */
    boolean activity(Activity activity);

    /** Adds a follow-up, or updates the one with the same contact, kind and time (amount, note). True when added. */
    boolean followUp(SalesFollowUp followUp);

    /**
     * Adds a follow-up unless its contact already has one of its kind, at any time: for an outcome
     * dated by the time of the import, which differs on every import of the same file. True when added.
     */
    boolean firstFollowUp(SalesFollowUp followUp);
}
