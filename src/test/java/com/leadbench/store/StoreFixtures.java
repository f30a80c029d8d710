package com.leadbench.store;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import java.time.Instant;
import java.util.Map;

/** Small records for repository tests. */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    public static Account account(String domain, Map<String, String> fields) {
        return new Account(0, domain, "Acme " + domain, "Chemicals", 1200, 3.5e8, "US", "North America",
                false, false, null, fields);
    }

    public static Contact contact(String email, Long accountId, Map<String, String> fields) {
        return new Contact(0, "X-" + email, email, "Ada", "Lovelace", "Reliability Engineer", "+1 555 0100", "US",
                "US", "Organic search", "Always-on search", Instant.parse("2026-01-05T10:00:00Z"), "Tom Reyes",
                accountId, fields);
    }

    public static Activity activity(long contactId, ActivityType type, String asset, String at) {
        return new Activity(0, contactId, type, asset, "spec_sheet", "components", Instant.parse(at), null, null);
    }
}
