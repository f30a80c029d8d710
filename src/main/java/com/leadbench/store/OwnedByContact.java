package com.leadbench.store;

import java.util.List;

/**
 * A repository of rows that belong to one contact (activities, follow-ups, transitions, notes,
 * decisions): what a merge of contacts moves to the kept contact and an undo moves back.
 */
public interface OwnedByContact {

    /** The ids of the contact's rows, in id order. */
    List<Long> idsOf(long contactId);

    /** Gives every row of contact {@code from} to contact {@code to}. */
    void moveAll(long from, long to);

    /**
     * Gives the rows {@code ids} back from contact {@code from} to {@code to}.
     *
     * @throws IllegalStateException when some of them no longer belong to {@code from}
     */
    void moveBack(List<Long> ids, long from, long to);
}
