package com.leadbench.scoring.preview;

import com.leadbench.demo.DemoGenerator;
import com.leadbench.demo.DemoSettings;
import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Demo leads straight into memory, without a database: for tests and benchmarks of the preview engine. */
public final class DemoColumns {

    private DemoColumns() {
    }

    public static LeadColumns generate(int contacts, long seed, LocalDate end) {
        LeadColumns.Builder builder = LeadColumns.builder();
        Map<Long, Account> accounts = new HashMap<>();
        new DemoGenerator(new DemoSettings(contacts, seed, end)).generate(new LeadSink() {
            @Override
            public void account(Account a) {
                accounts.put(a.id(), a);
            }

            @Override
            public void contact(Contact c) {
                builder.contact(c, c.accountId() == null ? null : accounts.get(c.accountId()));
            }

            @Override
            public void activity(Activity a) {
                builder.activity(a);
            }

            @Override
            public void followUp(SalesFollowUp f) {
                // outcomes are not part of the columns
            }
        });
        return builder.build();
    }
}
