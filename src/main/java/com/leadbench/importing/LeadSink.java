package com.leadbench.importing;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.Contact;
import com.leadbench.model.SalesFollowUp;

/**
 * Where generated or imported records go, in order: an account before its contacts, a contact
 * before its activities and follow-ups. Records carry the ids the producer assigned.
 */
public interface LeadSink {

    void account(Account account);

    void contact(Contact contact);

    void activity(Activity activity);

    void followUp(SalesFollowUp followUp);
}
