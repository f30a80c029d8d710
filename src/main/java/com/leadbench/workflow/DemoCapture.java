package com.leadbench.workflow;

import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the demo records as they are generated, in the form the history replay reads them: the
 * leads as {@link LeadColumns} and the sales follow-ups by contact. What it builds equals what
 * {@link com.leadbench.store.LeadColumnsLoader} and {@link com.leadbench.store.FollowUpRepository#all()}
 * read back once the records are written (DemoCaptureTest), without reading a million contacts
 * and tens of millions of activities back from the file just written. Each lead can also be handed on,
 * whole, as soon as its last activity is in, so that its history is replayed while the next ones are written.
 */
final class DemoCapture implements LeadSink {

    private static final Comparator<Activity> BY_TIME = Comparator.comparing(Activity::occurredAt);
    private static final Comparator<SalesFollowUp> OLDEST_FIRST =
            Comparator.comparing(SalesFollowUp::at).thenComparingLong(SalesFollowUp::id);

    private final Map<Long, Account> accounts = new HashMap<>();
    private final LeadColumns.Builder columns = LeadColumns.builder();
    private final Map<Long, List<SalesFollowUp>> followUps = new HashMap<>();
    private final Consumer<LeadFacts> leads;
    /** The contact whose activities are arriving, and them; handed to {@link #leads} when the next contact comes. */
    private Contact current;
    private final List<Activity> activities = new ArrayList<>();
    /** How many activities the contacts before {@link #current} had: positions give {@link LeadColumns#facts}' ids. */
    private long position;
    private boolean finished;

    DemoCapture() {
        this(lead -> { });
    }

    /** Also hands every lead, once all its activities are in, to {@code leads}, as {@link LeadColumns#facts} gives it. */
    DemoCapture(Consumer<LeadFacts> leads) {
        this.leads = leads;
    }

    @Override
    public void account(Account account) {
        accounts.put(account.id(), account);
    }

    @Override
    public void contact(Contact contact) {
        handOver();
        columns.contact(contact, accountOf(contact));
        current = contact;
    }

    private Account accountOf(Contact contact) {
        return contact.accountId() == null ? null : accounts.get(contact.accountId());
    }

    /** The current contact with its activities, oldest first (ties in arrival order), campaigns left out, as the columns keep them. */
    private void handOver() {
        if (current == null) {
            return;
        }
        activities.sort(BY_TIME);
        List<Activity> own = new ArrayList<>(activities.size());
        for (Activity a : activities) {
            own.add(new Activity(++position, current.id(), a.type(), a.asset(), a.assetKind(), a.productLine(), a.occurredAt(),
                    null, a.formText()));
        }
        leads.accept(new LeadFacts(current, Optional.ofNullable(accountOf(current)), own));
        activities.clear();
        current = null;
    }

    @Override
    public void activity(Activity activity) {
        columns.activity(activity); // within a contact, sorted by time with ties in arrival order: the loader's (time, id)
        if (current == null || activity.contactId() != current.id()) {
            throw new IllegalStateException("activity " + activity.id() + " does not follow its contact " + activity.contactId());
        }
        activities.add(activity);
    }

    @Override
    public void followUp(SalesFollowUp followUp) {
        followUps.computeIfAbsent(followUp.contactId(), k -> new ArrayList<>()).add(followUp);
    }

    /** The leads captured, as {@code LeadColumnsLoader} would load them. */
    LeadColumns columns() {
        finish();
        return columns.build();
    }

    /** Hands over the last contact: nothing more is coming. */
    void finish() {
        if (!finished) {
            handOver();
            finished = true;
        }
    }

    /** The follow-ups by contact, oldest first (ties by id), as {@code FollowUpRepository.all()} reads them. */
    Map<Long, List<SalesFollowUp>> followUps() {
        for (List<SalesFollowUp> own : followUps.values()) {
            own.sort(OLDEST_FIRST);
        }
        return followUps;
    }
}
