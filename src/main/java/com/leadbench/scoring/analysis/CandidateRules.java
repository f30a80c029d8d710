package com.leadbench.scoring.analysis;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.model.Contact;
import com.leadbench.scoring.Decay;
import com.leadbench.scoring.LeadFacts;
import com.leadbench.scoring.PagePattern;
import com.leadbench.scoring.Repeat;
import com.leadbench.scoring.Rule;
import com.leadbench.scoring.Windows;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.SignalRule;
import com.leadbench.scoring.preview.LeadColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds field values and activity kinds whose leads convert differently from the rest, each with the
 * rule that would add it to a draft at 0 points (so "suggest weights" can price it):
 * <ul>
 *   <li>contact fields: source, campaign, country, job title (exact title);</li>
 *   <li>account fields: industry, region, employee band, customer flag;</li>
 *   <li>custom fields of contacts and accounts, by exact value (ignoring case and surrounding spaces);</li>
 *   <li>activity types, activity types with an asset kind, and individual pages and assets, counted when done
 *       inside the window before the lead's {@link Backtest#learningTimes learning time}. Of activity
 *       candidates that hold exactly the same leads only the most general is kept (a page that is the only one of
 *       its kind shows as the kind).</li>
 * </ul>
 * Only values held by at least {@code minSupport} contacts are reported. All contacts count, excluded ones
 * too (there is no scorecard here to exclude them). Sorted by lift, highest first.
 */
public final class CandidateRules {

    /** The window activities are counted in when none is given: the scorecard default. */
    public static final int DEFAULT_WINDOW_DAYS = 90;
    /** The default least number of contacts a candidate must have. */
    public static final int DEFAULT_MIN_SUPPORT = 30;
    private static final double Z95 = 1.959963984540054;

    /** Employee bands: [min, max] with null for open; the preset's bands, the largest split at 5,000. */
    private static final double[][] EMPLOYEE_BANDS = {{0, 49}, {50, 199}, {200, 999}, {1000, 4999}, {5000, Double.NaN}};
    private static final Set<String> CONTACT_FIELDS = Set.of("email", "email_domain", "first_name", "last_name", "job_title",
            "phone", "country", "ip_country", "source", "campaign", "owner", "external_id");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("domain", "name", "industry", "employees", "annual_revenue",
            "country", "region", "customer", "competitor", "account_manager");

    private CandidateRules() {
    }

    public static List<Candidate> find(LeadColumns leads, Outcomes outcomes, long now, int minSupport) {
        return find(leads, outcomes, now, minSupport, DEFAULT_WINDOW_DAYS);
    }

    /** Same, counting activities inside {@code windowDays} (the draft's window) before each attribution time. */
    public static List<Candidate> find(LeadColumns leads, Outcomes outcomes, long now, int minSupport, int windowDays) {
        int n = leads.size();
        if (outcomes.size() != n) {
            throw new IllegalArgumentException("outcomes for " + outcomes.size() + " leads, " + n + " leads given");
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("the minimum support must be at least 1, was " + minSupport);
        }
        long[] asOf = Backtest.learningTimes(leads, outcomes, now);
        boolean[] won = outcomes.won();
        Map<Key, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Contact c = leads.contact(i);
            Account a = leads.account(i).orElse(null);
            Set<Key> seen = new HashSet<>();
            field(seen, "contact.source", c.source());
            field(seen, "contact.campaign", c.campaign());
            field(seen, "contact.country", c.country());
            field(seen, "contact.job_title", c.jobTitle());
            c.customFields().forEach((name, value) -> field(seen, customPath("contact", name, CONTACT_FIELDS), value));
            if (a != null) {
                field(seen, "account.industry", a.industry());
                field(seen, "account.region", a.region());
                field(seen, "account.customer", Boolean.toString(a.customer()));
                if (a.employees() != null) {
                    for (int b = 0; b < EMPLOYEE_BANDS.length; b++) {
                        double[] band = EMPLOYEE_BANDS[b];
                        if (a.employees() >= band[0] && (Double.isNaN(band[1]) || a.employees() <= band[1])) {
                            seen.add(new Key(Kind.EMPLOYEES, "account.employees", Integer.toString(b), bandLabel(band), null, null));
                        }
                    }
                }
                a.customFields().forEach((name, value) -> field(seen, customPath("account", name, ACCOUNT_FIELDS), value));
            }
            LeadFacts facts = leads.facts(i);
            for (Activity activity : facts.activities()) {
                if (!Windows.inside(asOf[i] - activity.occurredAt().toEpochMilli(), windowDays)) {
                    continue;
                }
                ActivityType type = activity.type();
                seen.add(new Key(Kind.TYPE, "activity", type.name(), type.label(), type, null));
                if (activity.assetKind() != null && !activity.assetKind().isBlank()) {
                    String kind = activity.assetKind().strip();
                    String lower = kind.toLowerCase(Locale.ROOT);
                    seen.add(new Key(Kind.ASSET_KIND, "activity", type.name() + "|" + lower, type.label() + ": " + kind, type, lower));
                }
                if (activity.asset() != null && !activity.asset().isBlank() && PagePattern.canMatchExactly(activity.asset())) {
                    seen.add(new Key(Kind.ASSET, "asset", type.name() + "|" + activity.asset().toLowerCase(Locale.ROOT),
                            type.label() + ": " + activity.asset(), type, activity.asset()));
                }
            }
            for (Key key : seen) {
                Tally t = tallies.computeIfAbsent(key, k -> new Tally(k.display));
                t.leads++;
                t.wins += won[i] ? 1 : 0;
                t.fingerprint += mix(i);
            }
        }

        int wins = outcomes.wins();
        double base = n == 0 ? Double.NaN : (double) wins / n;
        List<Candidate> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<List<Long>> activitySets = new HashSet<>();
        List<Map.Entry<Key, Tally>> entries = new ArrayList<>(tallies.entrySet());
        entries.sort(Comparator.comparing(e -> e.getKey().kind)); // general before specific: type, asset kind, asset
        for (Map.Entry<Key, Tally> e : entries) {
            Key key = e.getKey();
            Tally t = e.getValue();
            if (t.leads < minSupport) {
                continue;
            }
            if (key.type != null && !activitySets.add(List.of((long) t.leads, t.fingerprint))) {
                continue; // the same leads as a more general activity candidate (e.g. the one page of its kind)
            }
            double rate = (double) t.wins / t.leads;
            double[] ci = wilson(t.wins, t.leads);
            String id = uniqueId(ids, "candidate-" + slug(key.source + " " + t.value));
            out.add(new Candidate(key.source, t.value, t.leads, t.wins, rate, base > 0 ? rate / base : Double.NaN,
                    ci[0], ci[1], rule(key, t.value, id), key.type != null ? Candidate.Kind.ACTIVITY
                    : key.kind == Kind.EMPLOYEES ? Candidate.Kind.BAND : Candidate.Kind.VALUE, null));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> Double.isNaN(c.lift()) ? Double.NEGATIVE_INFINITY : c.lift()).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::leads).reversed())
                .thenComparing(Candidate::source).thenComparing(Candidate::value));
        return out;
    }

    /** The 95% Wilson score interval for {@code wins} of {@code n}: {low, high}. */
    static double[] wilson(int wins, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double p = (double) wins / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private enum Kind { FIELD, EMPLOYEES, TYPE, ASSET_KIND, ASSET }

    /**
     * What a candidate is: {@code value} is the normalised value that decides identity; {@code display} and
     * {@code detail} (the asset kind or the asset, for activity candidates) are as first seen.
     */
    private record Key(Kind kind, String source, String value, String display, ActivityType type, String detail) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind == k.kind && source.equals(k.source) && value.equals(k.value);
        }

        @Override
        public int hashCode() {
            return (kind.hashCode() * 31 + source.hashCode()) * 31 + value.hashCode();
        }
    }

    /** Counts for one candidate; {@code value} is the first spelling seen. */
    private static final class Tally {
        final String value;
        int leads;
        int wins;
        long fingerprint;

        Tally(String value) {
            this.value = value;
        }
    }

    /** A well-mixed hash of a lead index (SplitMix64's finaliser); their sum identifies a set of leads. */
    private static long mix(long i) {
        long z = i + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void field(Set<Key> seen, String path, String value) {
        if (path == null || value == null || value.isBlank()) {
            return;
        }
        String shown = value.strip();
        seen.add(new Key(Kind.FIELD, path, shown.toLowerCase(Locale.ROOT), shown, null, null));
    }

    /**
     * How a field rule names a custom field: {@code contact.<name>} / {@code account.<name>}; a contact custom field
     * that shares its name with a built-in field goes by its bare name (the contact's own value comes first); an
     * account custom field like that cannot be named apart from the built-in one and is skipped.
     */
    private static String customPath(String owner, String name, Set<String> builtIn) {
        if (!builtIn.contains(name.toLowerCase(Locale.ROOT))) {
            return owner + "." + name;
        }
        return owner.equals("contact") ? name : null;
    }

    private static String bandLabel(double[] band) {
        if (Double.isNaN(band[1])) {
            return String.format(Locale.ROOT, "%,d+ employees", (long) band[0]);
        }
        return String.format(Locale.ROOT, "%,d–%,d employees", (long) band[0], (long) band[1]);
    }

    private static Rule rule(Key key, String value, String id) {
        return switch (key.kind) {
            case FIELD -> new FieldRule(id, key.source + " = " + value, key.source, FieldRule.Operator.EQUALS, List.of(value),
                    null, null, 0, true);
            case EMPLOYEES -> {
                double[] band = EMPLOYEE_BANDS[Integer.parseInt(key.value)];
                yield new CompanySizeRule(id, value, CompanySizeRule.Metric.EMPLOYEES, band[0] == 0 ? null : band[0],
                        Double.isNaN(band[1]) ? null : band[1], 0, true);
            }
            case TYPE -> signal(id, value, key.type, Set.of(), null);
            case ASSET_KIND -> signal(id, value, key.type, Set.of(key.detail), null);
            case ASSET -> signal(id, value, key.type, Set.of(), PagePattern.exactly(key.detail));
        };
    }

    private static SignalRule signal(String id, String label, ActivityType type, Set<String> assetKinds, PagePattern page) {
        return new SignalRule(id, label, Set.of(type), assetKinds, page, Set.of(), 0, null, null, Decay.NONE, Repeat.EACH, true);
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "value" : s;
    }

    private static String uniqueId(Set<String> ids, String base) {
        String id = base;
        for (int k = 2; !ids.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }
}
