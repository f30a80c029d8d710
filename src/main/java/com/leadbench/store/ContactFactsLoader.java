package com.leadbench.store;

import static com.leadbench.store.jooq.Tables.ACCOUNT;
import static com.leadbench.store.jooq.Tables.CONTACT;

import com.leadbench.model.ContactFacts;
import java.util.List;

/** Reads what the data-hygiene checks look at, for every contact, in one query. */
public final class ContactFactsLoader {

    private final Database database;

    public ContactFactsLoader(Database database) {
        this.database = database;
    }

    /** Every contact with its company's domain and name, in id order. */
    public List<ContactFacts> load() {
        return database.dsl()
                .select(CONTACT.ID, CONTACT.EMAIL, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.JOB_TITLE, CONTACT.COUNTRY,
                        CONTACT.ACCOUNT_ID, ACCOUNT.DOMAIN, ACCOUNT.NAME, CONTACT.CREATED_AT)
                .from(CONTACT)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT.ACCOUNT_ID))
                .orderBy(CONTACT.ID)
                .fetch(r -> new ContactFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? null : r.value7().longValue(), r.value8(), r.value9(), Times.fromMillis(r.value10())));
    }
}
