package com.leadbench.scoring.rules;

import com.leadbench.scoring.lead.LeadFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Excludes malformed addresses and disposable mail domains. A contact without an email is not
 * excluded: an unknown address is no evidence against the lead (ADR 0010, a missing email no
 * longer excludes); the data-fix queue lists it instead.
 */
public record EmailValidityExclusion(String id, String label, List<String> disposableDomains, boolean enabled) implements ExclusionRule {

    /** local@domain.tld: one '@', no spaces, a dot in the domain, no empty labels. */
    private static final Pattern WELL_FORMED =
            Pattern.compile("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    public EmailValidityExclusion {
        disposableDomains = disposableDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public static boolean wellFormed(String email) {
        return email != null && WELL_FORMED.matcher(email.strip()).matches();
    }

    @Override
    public String kind() {
        return "email_validity";
    }

    @Override
    public Optional<String> reason(LeadFacts facts) {
        String email = facts.contact().email();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        if (!wellFormed(email)) {
            return Optional.of(label + " (malformed address " + email + ")");
        }
        String domain = facts.emailDomain();
        return disposableDomains.contains(domain) ? Optional.of(label + " (disposable domain " + domain + ")") : Optional.empty();
    }

    @Override
    public EmailValidityExclusion withEnabled(boolean on) {
        return new EmailValidityExclusion(id, label, disposableDomains, on);
    }
}
