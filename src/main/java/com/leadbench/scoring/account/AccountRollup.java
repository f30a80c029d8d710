package com.leadbench.scoring.account;

import com.leadbench.scoring.AccountScoring;
import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CustomerRule;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.RegionRule;
import com.leadbench.scoring.rules.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolls every lead's score up to its account (see {@link AccountScoring} for the rules): one pass over
 * the columns to group contacts by account, then one small sum per account. Pure: the same columns,
 * scores and scorecard always give the same accounts.
 */
public final class AccountRollup {

    /** Accounts best first: by score, then by name, then by number. */
    public static final Comparator<AccountScore> BEST_FIRST = Comparator.comparingDouble(AccountScore::score).reversed()
            .thenComparing(AccountScore::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(AccountScore::accountId);

    private static final Contact NOBODY = new Contact(0, null, null, null, null, null, null, null, null, null, null,
            Instant.EPOCH, null, null, Map.of());

    private AccountRollup() {
    }

    /**
     * Every account with at least one contact in {@code leads}, scored from {@code scores} (the leads'
     * scores under {@code card}, indexed like the columns), best first.
     */
    public static Accounts of(LeadColumns leads, PreviewScores scores, Scorecard card) {
        if (scores.size() != leads.size()) {
            throw new IllegalArgumentException("scores for " + scores.size() + " leads, columns of " + leads.size());
        }
        int n = leads.size();
        // group the rows by account: a slot per account in order of first sight, then rows by slot (counting sort)
        Map<Long, Integer> slotOf = new HashMap<>();
        List<Account> accounts = new ArrayList<>();
        int[] slot = new int[n];
        int[] count = new int[16];
        for (int i = 0; i < n; i++) {
            Optional<Account> a = leads.account(i);
            if (a.isEmpty()) {
                slot[i] = -1;
                continue;
            }
            Integer s = slotOf.get(a.get().id());
            if (s == null) {
                s = accounts.size();
                slotOf.put(a.get().id(), s);
                accounts.add(a.get());
                if (s == count.length) {
                    count = java.util.Arrays.copyOf(count, s * 2);
                }
            }
            slot[i] = s;
            count[s]++;
        }
        int[][] rows = new int[accounts.size()][];
        for (int s = 0; s < rows.length; s++) {
            rows[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int i = 0; i < n; i++) {
            if (slot[i] >= 0) {
                rows[slot[i]][count[slot[i]]++] = i;
            }
        }
        Scoring scoring = new Scoring(card);
        List<AccountScore> out = new ArrayList<>(accounts.size());
        for (int s = 0; s < rows.length; s++) {
            out.add(scoring.score(accounts.get(s), rows[s], leads, scores));
        }
        out.sort(BEST_FIRST);
        return new Accounts(out, card.accounts());
    }

    /** One account scored alone from its contacts' rows; what {@link #of} does for each account. */
    public static AccountScore score(Account account, int[] rows, LeadColumns leads, PreviewScores scores, Scorecard card) {
        return new Scoring(card).score(account, rows, leads, scores);
    }

    /** A scorecard made ready for scoring accounts: its account fit rules and its roles with their persona rules. */
    private static final class Scoring {

        private final AccountScoring settings;
        private final List<ProfileRule> fitRules = new ArrayList<>();
        private final Map<String, List<PersonaRule>> roles = new LinkedHashMap<>();

        Scoring(Scorecard card) {
            this.settings = card.accounts();
            for (Rule r : card.rules()) {
                if (r.enabled() && isAccountFit(r)) {
                    fitRules.add((ProfileRule) r);
                }
            }
            for (String role : settings.roles(card.rules())) {
                roles.put(role, new ArrayList<>());
            }
            for (Rule r : card.rules()) {
                if (r instanceof PersonaRule p && roles.containsKey(p.persona().strip())) {
                    roles.get(p.persona().strip()).add(p);
                }
            }
        }

        AccountScore score(Account account, int[] rows, LeadColumns leads, PreviewScores scores) {
            List<AccountPoints> lines = new ArrayList<>();
            LeadFacts company = new LeadFacts(NOBODY, Optional.of(account), List.of());
            double fit = 0;
            for (ProfileRule r : fitRules) {
                Optional<String> evidence = r.evidenceAt(company, 0);
                if (evidence.isPresent()) {
                    double points = r.apply(r.valueAt(company, 0));
                    fit += points;
                    lines.add(new AccountPoints(AccountPoints.Part.FIT, r.label(), evidence.get(), points));
                }
            }
            double engagement = 0;
            List<EngagedContact> engaged = new ArrayList<>();
            Map<String, String> filledBy = new LinkedHashMap<>();
            for (int i : rows) {
                double intent = scores.intent(i);
                if (scores.tier(i) == Tier.EXCLUDED || intent < settings.engagedMinimum()) {
                    continue;
                }
                Contact c = leads.contact(i);
                double counted = Math.min(intent, settings.contactCap());
                List<String> filled = new ArrayList<>();
                for (Map.Entry<String, List<PersonaRule>> role : roles.entrySet()) {
                    for (PersonaRule p : role.getValue()) {
                        if (p.keywords().findIn(c.jobTitle()).isPresent()) {
                            filled.add(role.getKey());
                            filledBy.putIfAbsent(role.getKey(), c.displayName());
                            break;
                        }
                    }
                }
                EngagedContact e = new EngagedContact(i, c.id(), c.displayName(), c.jobTitle(), intent, counted, filled);
                engaged.add(e);
                engagement += counted;
            }
            engaged.sort(Comparator.comparingDouble(EngagedContact::counted).reversed().thenComparingLong(EngagedContact::contactId));
            for (EngagedContact e : engaged) {
                String evidence = "intent " + com.leadbench.scoring.rules.Points.format(e.intent())
                        + (e.capped() ? ", counted up to the cap of " + com.leadbench.scoring.rules.Points.format(settings.contactCap()) : "");
                lines.add(new AccountPoints(AccountPoints.Part.ENGAGEMENT, e.nameWithRoles(), evidence, e.counted()));
            }
            List<String> filledRoles = List.copyOf(filledBy.keySet());
            double breadth = settings.pointsPerRole() * filledRoles.size();
            if (!filledRoles.isEmpty()) {
                List<String> who = new ArrayList<>();
                filledBy.forEach((role, name) -> who.add(role + ": " + name));
                lines.add(new AccountPoints(AccountPoints.Part.BREADTH, filledRoles.size() + " of " + roles.size() + " roles engaged",
                        String.join("; ", who), breadth));
            }
            List<String> missing = roles.keySet().stream().filter(r -> !filledBy.containsKey(r)).toList();
            double total = fit + engagement + breadth;
            Tier tier = account.competitor() ? Tier.EXCLUDED : settings.tier(total);
            return new AccountScore(account, rows, fit, engagement, breadth, lines, engaged, filledRoles, missing, tier, settings.isMqa(tier));
        }
    }

    /** The rules that read the company rather than the person: industry, size, region and existing customer. */
    public static boolean isAccountFit(Rule r) {
        return r instanceof IndustryRule || r instanceof CompanySizeRule || r instanceof RegionRule || r instanceof CustomerRule;
    }
}
