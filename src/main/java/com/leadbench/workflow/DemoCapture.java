package com.leadbench.workflow;

import com.leadbench.ingest.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the demo records as they are generated, in the form the history replay reads them: the
 * leads as {@link LeadColumns} and the sales follow-ups by contact. What it builds equals what
 * {@link com.leadbench.store.LeadColumnsLoader} and {@link com.leadbench.store.FollowUpRepository#all()}
 * read back once the records are written (DemoCaptureTest), without reading a million contacts
 * and tens of millions of activities back from the file just written.
 */
final class DemoCapture implements LeadSink {

    private static final Comparator<SalesFollowUp> OLDEST_FIRST =
            Comparator.comparing(SalesFollowUp::at).thenComparingLong(SalesFollowUp::id);

    private final Map<Long, Account> accounts = new HashMap<>();
    private final LeadColumns.Builder columns = LeadColumns.builder();
    private final Map<Long, List<SalesFollowUp>> followUps = new HashMap<>();

    @Override
    public void account(Account account) {
        accounts.put(account.id(), account);
    }

    @Override
    public void contact(Contact contact) {
        columns.contact(contact, contact.accountId() == null ? null : accounts.get(contact.accountId()));
    }

    @Override
    public void activity(Activity activity) {
        columns.activity(activity); // within a contact, sorted by time with ties in arrival order: the loader's (time, id)
    }

    @Override
    public void followUp(SalesFollowUp followUp) {
        followUps.computeIfAbsent(followUp.contactId(), k -> new ArrayList<>()).add(followUp);
    }

    /** The leads captured, as {@code LeadColumnsLoader} would load them. */
    LeadColumns columns() {
        return columns.build();
    }

    /** The follow-ups by contact, oldest first (ties by id), as {@code FollowUpRepository.all()} reads them. */
    Map<Long, List<SalesFollowUp>> followUps() {
        for (List<SalesFollowUp> own : followUps.values()) {
            own.sort(OLDEST_FIRST);
        }
        return followUps;
    }
}
