package com.leadbench.importing.hygiene;

import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The data-fix queue: every record routing cannot work with, each with what is wrong. A record is
 * incomplete when it has no account, no country or no job title (blank counts as missing); its
 * address is flagged when it is missing, malformed ({@link EmailValidityExclusion#wellFormed}) or at
 * a disposable domain. Records come in id order.
 */
public final class DataFixQueue {

    private DataFixQueue() {
    }

    public static List<DataFixItem> build(Collection<ContactFacts> contacts, Collection<String> disposableDomains) {
        Set<String> disposable = new HashSet<>();
        for (String d : disposableDomains) {
            disposable.add(d.strip().toLowerCase(Locale.ROOT));
        }
        List<DataFixItem> queue = new ArrayList<>();
        for (ContactFacts c : contacts) {
            EnumSet<DataIssue> issues = issues(c, disposable);
            if (!issues.isEmpty()) {
                queue.add(new DataFixItem(c, List.copyOf(issues)));
            }
        }
        queue.sort(Comparator.comparingLong(DataFixItem::contactId));
        return queue;
    }

    /** Everything wrong with one record; empty when it is fine. */
    public static EnumSet<DataIssue> issues(ContactFacts c, Set<String> disposableDomains) {
        EnumSet<DataIssue> issues = EnumSet.noneOf(DataIssue.class);
        if (c.accountId() == null) {
            issues.add(DataIssue.NO_ACCOUNT);
        }
        if (blank(c.country())) {
            issues.add(DataIssue.NO_COUNTRY);
        }
        if (blank(c.jobTitle())) {
            issues.add(DataIssue.NO_JOB_TITLE);
        }
        if (blank(c.email())) {
            issues.add(DataIssue.NO_EMAIL);
        } else if (!EmailValidityExclusion.wellFormed(c.email())) {
            issues.add(DataIssue.MALFORMED_EMAIL);
        } else if (disposableDomains.contains(MatchKeys.emailDomain(c.email()))) {
            issues.add(DataIssue.DISPOSABLE_DOMAIN);
        }
        return issues;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
