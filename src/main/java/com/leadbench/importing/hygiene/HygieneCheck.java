package com.leadbench.importing.hygiene;

import com.leadbench.model.ContactFacts;
import com.leadbench.model.HygieneReport;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.EmailValidityExclusion;
import com.leadbench.scoring.rules.ExclusionRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One data-hygiene pass over every contact: duplicate candidates and the data-fix queue. */
public final class HygieneCheck {

    private HygieneCheck() {
    }

    /** Checks {@code contacts}, taking the disposable domains from {@code scorecard} (see {@link #disposableDomains}). */
    public static HygieneReport run(List<ContactFacts> contacts, Scorecard scorecard) {
        return run(contacts, disposableDomains(scorecard));
    }

    public static HygieneReport run(List<ContactFacts> contacts, Set<String> disposableDomains) {
        return new HygieneReport(contacts.size(), DuplicateFinder.find(contacts), DataFixQueue.build(contacts, disposableDomains));
    }

    /**
     * The disposable domains of the scorecard's email-validity exclusions, switched on or not (a
     * disposable address is a data problem even when the scorecard does not exclude it); empty
     * when the scorecard has none.
     */
    public static Set<String> disposableDomains(Scorecard scorecard) {
        Set<String> domains = new LinkedHashSet<>();
        for (ExclusionRule rule : scorecard.exclusions()) {
            if (rule instanceof EmailValidityExclusion validity) {
                domains.addAll(validity.disposableDomains());
            }
        }
        return domains;
    }
}
