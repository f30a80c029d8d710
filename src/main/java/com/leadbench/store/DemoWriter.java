package com.leadbench.store;

import com.leadbench.demo.DemoGenerator;
import com.leadbench.demo.DemoSettings;
import com.leadbench.demo.DemoSummary;
import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import java.util.concurrent.atomic.AtomicReference;

/** Fills a database with the generated demo data, all in one transaction. */
public final class DemoWriter {

    private final Database database;

    public DemoWriter(Database database) {
        this.database = database;
    }

    public DemoSummary write(DemoSettings settings) {
        return write(settings, null);
    }

    /** Writes the demo and hands every record, in the order written, to {@code alsoTo} too (when not null). */
    public DemoSummary write(DemoSettings settings, LeadSink alsoTo) {
        AtomicReference<DemoSummary> summary = new AtomicReference<>();
        new BulkLoader(database).load(sink -> summary.set(new DemoGenerator(settings).generate(
                alsoTo == null ? sink : new Both(sink, alsoTo))));
        return summary.get();
    }

    /** Every record to the database first, then to the other sink. */
    private record Both(LeadSink first, LeadSink second) implements LeadSink {

        @Override
        public void account(Account account) {
            first.account(account);
            second.account(account);
        }

        @Override
        public void contact(Contact contact) {
            first.contact(contact);
            second.contact(contact);
        }

        @Override
        public void activity(Activity activity) {
            first.activity(activity);
            second.activity(activity);
        }

        @Override
        public void followUp(SalesFollowUp followUp) {
            first.followUp(followUp);
            second.followUp(followUp);
        }
    }
}
