package com.leadbench.scoring.account;

import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.model.Tier;
import com.leadbench.scoring.AccountScoring;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.CustomerRule;
import com.leadbench.scoring.rules.IndustryRule;
import com.leadbench.scoring.rules.PersonaRule;
import com.leadbench.scoring.rules.Points;
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

    private static final Comparator<EngagedContact> ENGAGED_ORDER = Comparator.comparingDouble(EngagedContact::counted).reversed()
            .thenComparingLong(EngagedContact::contactId);

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
        Groups groups = groups(leads);
        List<Account> accounts = groups.accounts();
        int[][] rows = groups.rows();
        Scoring scoring = new Scoring(card);
        List<AccountScore> out = new ArrayList<>(accounts.size());
        for (int s = 0; s < rows.length; s++) {
            out.add(scoring.score(accounts.get(s), rows[s], leads, scores));
        }
        return new Accounts(bestFirst(out), card.accounts());
    }

    /**
     * Accounts best first: by score, then by name (case ignored), then by number; each account's score and name
     * worked out once rather than at every comparison.
     */
    private static List<AccountScore> bestFirst(List<AccountScore> scored) {
        int n = scored.size();
        double[] score = new double[n];
        String[] name = new String[n];
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            score[k] = scored.get(k).score();
            name[k] = scored.get(k).displayName();
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int c = Double.compare(score[y], score[x]);
            if (c == 0) {
                c = String.CASE_INSENSITIVE_ORDER.compare(name[x], name[y]);
            }
            return c != 0 ? c : Long.compare(scored.get(x).accountId(), scored.get(y).accountId());
        });
        List<AccountScore> out = new ArrayList<>(n);
        for (Integer k : order) {
            out.add(scored.get(k));
        }
        return out;
    }

    /** The accounts of some columns, each with the rows of its contacts. */
    private record Groups(LeadColumns leads, List<Account> accounts, int[][] rows) {
    }

    /**
     * The rows of {@code leads} that belong to each account, by account id, with the account; the same grouping
     * the rollup makes (and keeps for the last columns). The arrays are shared and must not be changed.
     */
    public static Map<Long, Map.Entry<Account, int[]>> rowsByAccount(LeadColumns leads) {
        Groups g = groups(leads);
        Map<Long, Map.Entry<Account, int[]>> out = new HashMap<>(g.accounts().size() * 2);
        for (int s = 0; s < g.accounts().size(); s++) {
            out.put(g.accounts().get(s).id(), Map.entry(g.accounts().get(s), g.rows()[s]));
        }
        return out;
    }

    /** The last columns grouped: the Tuning preview rolls the same leads up after every edit. */
    private static volatile Groups lastGroups;

    private static Groups groups(LeadColumns leads) {
        Groups last = lastGroups;
        if (last != null && last.leads() == leads) {
            return last;
        }
        int n = leads.size();
        // a slot per account in order of first sight, then the rows by slot (counting sort)
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
        Groups made = new Groups(leads, List.copyOf(accounts), rows);
        lastGroups = made;
        return made;
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
            LeadFacts company = new LeadFacts(NOBODY, Optional.of(account), List.of());
            double fit = 0;
            for (ProfileRule r : fitRules) {
                if (r.matchesAt(company, 0)) {
                    fit += r.apply(r.valueAt(company, 0));
                }
            }
            double engagement = 0;
            List<EngagedContact> engaged = new ArrayList<>();
            Map<String, String> filledBy = new LinkedHashMap<>();
            for (int i : rows) {
                double intent = scores.intent(i);
                if (intent < settings.engagedMinimum() || scores.tier(i) == Tier.EXCLUDED) {
                    continue;
                }
                Contact c = leads.contact(i);
                double counted = Math.min(intent, settings.contactCap());
                List<String> filled = new ArrayList<>(1);
                String name = c.displayName();
                for (Map.Entry<String, List<PersonaRule>> role : roles.entrySet()) {
                    for (PersonaRule p : role.getValue()) {
                        if (p.keywords().findIn(c.jobTitle()).isPresent()) {
                            filled.add(role.getKey());
                            filledBy.putIfAbsent(role.getKey(), name);
                            break;
                        }
                    }
                }
                engaged.add(new EngagedContact(i, c.id(), name, c.jobTitle(), intent, counted, filled));
                engagement += counted;
            }
            engaged.sort(ENGAGED_ORDER);
            List<String> filledRoles = List.copyOf(filledBy.keySet());
            double breadth = settings.pointsPerRole() * filledRoles.size();
            List<String> missing = filledRoles.size() == roles.size() ? List.of()
                    : roles.keySet().stream().filter(r -> !filledBy.containsKey(r)).toList();
            double total = fit + engagement + breadth;
            Tier tier = account.competitor() ? Tier.EXCLUDED : settings.tier(total);
            List<EngagedContact> engagedNow = List.copyOf(engaged);
            AccountScore.Explanation why = new AccountScore.Explanation(() -> lines(company, engagedNow, filledBy, breadth));
            return new AccountScore(account, rows, fit, engagement, breadth, why, engagedNow, filledRoles, missing, tier, settings.isMqa(tier));
        }

        /** The score's lines: each fit rule that matched the company, each engaged contact, the buying group. */
        private List<AccountPoints> lines(LeadFacts company, List<EngagedContact> engaged, Map<String, String> filledBy, double breadth) {
            List<AccountPoints> lines = new ArrayList<>();
            for (ProfileRule r : fitRules) {
                Optional<String> evidence = r.evidenceAt(company, 0);
                if (evidence.isPresent()) {
                    lines.add(new AccountPoints(AccountPoints.Part.FIT, r.label(), evidence.get(), r.apply(r.valueAt(company, 0))));
                }
            }
            for (EngagedContact e : engaged) {
                String evidence = "intent " + Points.format(e.intent())
                        + (e.capped() ? ", counted up to the cap of " + Points.format(settings.contactCap()) : "");
                lines.add(new AccountPoints(AccountPoints.Part.ENGAGEMENT, e.nameWithRoles(), evidence, e.counted()));
            }
            if (!filledBy.isEmpty()) {
                List<String> who = new ArrayList<>();
                filledBy.forEach((role, name) -> who.add(role + ": " + name));
                lines.add(new AccountPoints(AccountPoints.Part.BREADTH, filledBy.size() + " of " + roles.size() + " roles engaged",
                        String.join("; ", who), breadth));
            }
            return lines;
        }
    }

    /** The rules that read the company rather than the person: industry, size, region and existing customer. */
    public static boolean isAccountFit(Rule r) {
        return r instanceof IndustryRule || r instanceof CompanySizeRule || r instanceof RegionRule || r instanceof CustomerRule;
    }
}
