package com.leadbench.demo;

import com.leadbench.importing.LeadSink;
import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a producer wrote, for assertions. */
final class CollectingSink implements LeadSink {

    final List<Account> accounts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<SalesFollowUp> followUps = new ArrayList<>();

    @Override
    public void account(Account account) {
        accounts.add(account);
    }

    @Override
    public void contact(Contact contact) {
        contacts.add(contact);
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    @Override
    public void followUp(SalesFollowUp followUp) {
        followUps.add(followUp);
    }
}
