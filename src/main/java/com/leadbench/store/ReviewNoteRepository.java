package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.REVIEW_NOTE;

import com.leadbench.model.ReviewNote;
import java.util.List;

/** Notes the manager wrote while reviewing leads; appended, never changed. */
public final class ReviewNoteRepository {

    private final Database database;

    public ReviewNoteRepository(Database database) {
        this.database = database;
    }

    public long insert(ReviewNote note) {
        return database.dsl().insertInto(REVIEW_NOTE)
                .set(REVIEW_NOTE.CONTACT_ID, (int) note.contactId())
                .set(REVIEW_NOTE.WRITTEN_AT, Times.toMillis(note.writtenAt()))
                .set(REVIEW_NOTE.AUTHOR, note.author())
                .set(REVIEW_NOTE.TEXT, note.text())
                .returningResult(REVIEW_NOTE.ID)
                .fetchOne(REVIEW_NOTE.ID);
    }

    /** A lead's notes, oldest first. */
    public List<ReviewNote> forContact(long contactId) {
        return database.dsl().select(REVIEW_NOTE.ID, REVIEW_NOTE.CONTACT_ID, REVIEW_NOTE.WRITTEN_AT, REVIEW_NOTE.AUTHOR, REVIEW_NOTE.TEXT)
                .from(REVIEW_NOTE)
                .where(REVIEW_NOTE.CONTACT_ID.eq((int) contactId))
                .orderBy(REVIEW_NOTE.ID)
                .fetch(r -> new ReviewNote(r.value1(), r.value2(), Times.fromMillis(r.value3()), r.value4(), r.value5()));
    }

    /** This table's rows as a merge moves them from one contact to another and an undo moves them back. */
    public OwnedByContact owned() {
        return new ContactRows(database, REVIEW_NOTE, REVIEW_NOTE.ID, REVIEW_NOTE.CONTACT_ID);
    }
}
