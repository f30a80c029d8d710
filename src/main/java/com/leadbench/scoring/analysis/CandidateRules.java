package com.leadbench.scoring.analysis;

import com.leadbench.model.Account;
import com.leadbench.model.Activity;
import com.leadbench.model.ActivityType;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.PagePattern;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Windows;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.rules.CompanySizeRule;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.SignalRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds what leads that converted differently have in common, each with the rule that would add it to a draft at
 * 0 points (so "suggest weights" can price it), and flags what looks recorded after the outcome:
 * <ul>
 *   <li>every field ({@link FieldProfiles}): built-in contact fields (source, campaign, country, job title), account
 *       fields (industry, region, customer, employees, annual revenue) and the custom fields of contacts and accounts.
 *       A categorical field offers its values; a numeric one its bands and, for a count, points per unit; a date field
 *       its recency bands; any field its being unanswered; an id-like field nothing ({@link FieldCandidates});</li>
 *   <li>account employees in the company-size bands;</li>
 *   <li>activity types, activity types with an asset kind, and individual pages and assets, counted when done
 *       inside the window before the lead's {@link Backtest#learningTimes learning time}. Of activity
 *       candidates that hold exactly the same leads only the most general is kept (a page that is the only one of
 *       its kind shows as the kind).</li>
 * </ul>
 * Only candidates held by at least {@code minSupport} contacts are reported, and no value or band every contact
 * holds (it tells nothing). All contacts count, excluded ones too (there is no scorecard here to exclude them).
 * Candidates that look recorded after the outcome carry the reason ({@link LeakGuard}): field candidates, and
 * activities only won leads have in their window (with every page and asset kind of such an activity type). Sorted
 * by lift, highest first. One pass over the leads per field and one over the activities: no candidate passes over
 * all leads again.
 */
public final class CandidateRules {

    /** The window activities are counted in when none is given: the scorecard default. */
    public static final int DEFAULT_WINDOW_DAYS = 90;
    /** The default least number of contacts a candidate must have. */
    public static final int DEFAULT_MIN_SUPPORT = 30;

    /** Employee bands: [min, max] with NaN for open; the preset's bands, the largest split at 5,000. */
    private static final double[][] EMPLOYEE_BANDS = {{0, 49}, {50, 199}, {200, 999}, {1000, 4999}, {5000, Double.NaN}};

    private CandidateRules() {
    }

    public static List<Candidate> find(LeadColumns leads, Outcomes outcomes, long now, int minSupport) {
        return find(leads, outcomes, now, minSupport, DEFAULT_WINDOW_DAYS);
    }

    /** Same, counting activities inside {@code windowDays} (the draft's window) before each lead's learning time. */
    public static List<Candidate> find(LeadColumns leads, Outcomes outcomes, long now, int minSupport, int windowDays) {
        int n = leads.size();
        if (outcomes.size() != n) {
            throw new IllegalArgumentException("outcomes for " + outcomes.size() + " leads, " + n + " leads given");
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("the minimum support must be at least 1, was " + minSupport);
        }
        long[] asOf = Backtest.learningTimes(leads, outcomes, now);
        OutcomeBasis basis = new OutcomeBasis(outcomes, asOf, minSupport);
        List<Candidate> out = new ArrayList<>();
        for (FieldProfiles.FieldProfile field : FieldProfiles.of(leads)) {
            out.addAll(FieldCandidates.of(field, basis));
        }
        employeeBands(leads, basis, out);
        activities(leads, basis, windowDays, out);
        out.sort(Comparator.comparingDouble((Candidate c) -> Double.isNaN(c.lift()) ? Double.NEGATIVE_INFINITY : c.lift()).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::leads).reversed())
                .thenComparing(Candidate::source).thenComparing(Candidate::value));
        return out;
    }

    private static void employeeBands(LeadColumns leads, OutcomeBasis basis, List<Candidate> out) {
        int[] count = new int[EMPLOYEE_BANDS.length];
        int[] wins = new int[EMPLOYEE_BANDS.length];
        for (int i = 0; i < leads.size(); i++) {
            Integer employees = leads.account(i).map(Account::employees).orElse(null);
            if (employees == null) {
                continue;
            }
            for (int b = 0; b < EMPLOYEE_BANDS.length; b++) {
                double[] band = EMPLOYEE_BANDS[b];
                if (employees >= band[0] && (Double.isNaN(band[1]) || employees <= band[1])) {
                    count[b]++;
                    wins[b] += basis.won(i) ? 1 : 0;
                }
            }
        }
        for (int b = 0; b < EMPLOYEE_BANDS.length; b++) {
            if (count[b] < basis.minSupport() || count[b] == basis.leads()) {
                continue; // too few, or every lead: tells nothing
            }
            double[] band = EMPLOYEE_BANDS[b];
            String label = bandLabel(band);
            out.add(basis.candidate("account.employees", label, count[b], wins[b],
                    id -> new CompanySizeRule(id, label, CompanySizeRule.Metric.EMPLOYEES, band[0] == 0 ? null : band[0],
                            Double.isNaN(band[1]) ? null : band[1], 0, true),
                    Candidate.Kind.BAND, LeakGuard.lopsided(count[b], wins[b], basis)));
        }
    }

    private static void activities(LeadColumns leads, OutcomeBasis basis, int windowDays, List<Candidate> out) {
        Map<Key, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < leads.size(); i++) {
            long asOf = basis.asOf(i);
            Set<Key> seen = new HashSet<>();
            for (Activity activity : leads.facts(i).activities()) {
                if (!Windows.inside(asOf - activity.occurredAt().toEpochMilli(), windowDays)) {
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
                t.wins += basis.won(i) ? 1 : 0;
                t.fingerprint += mix(i);
            }
        }
        Set<List<Long>> activitySets = new HashSet<>();
        Map<ActivityType, String> typeLeaks = new EnumMap<>(ActivityType.class);
        List<Map.Entry<Key, Tally>> entries = new ArrayList<>(tallies.entrySet());
        entries.sort(Comparator.comparing(e -> e.getKey().kind)); // general before specific: type, asset kind, asset
        for (Map.Entry<Key, Tally> e : entries) {
            Key key = e.getKey();
            Tally t = e.getValue();
            if (t.leads < basis.minSupport()) {
                continue;
            }
            if (!activitySets.add(List.of((long) t.leads, t.fingerprint))) {
                continue; // the same leads as a more general activity candidate (e.g. the one page of its kind)
            }
            String leak = LeakGuard.lopsided(t.leads, t.wins, basis);
            if (key.kind == Kind.TYPE) {
                if (leak != null) {
                    typeLeaks.put(key.type, "its activity type (" + key.type.label() + ") " + leak);
                }
            } else if (leak == null) {
                leak = typeLeaks.get(key.type); // a page or asset kind of a type that looks recorded after the outcome
            }
            out.add(basis.candidate(key.source, t.value, t.leads, t.wins, id -> rule(key, t.value, id), Candidate.Kind.ACTIVITY, leak));
        }
    }

    private enum Kind { TYPE, ASSET_KIND, ASSET }

    /**
     * What an activity candidate is: {@code value} is the normalised value that decides identity; {@code display} and
     * {@code detail} (the asset kind or the asset) are as first seen.
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

    private static String bandLabel(double[] band) {
        if (Double.isNaN(band[1])) {
            return String.format(Locale.ROOT, "%,d+ employees", (long) band[0]);
        }
        return String.format(Locale.ROOT, "%,d–%,d employees", (long) band[0], (long) band[1]);
    }

    private static Rule rule(Key key, String value, String id) {
        return switch (key.kind) {
            case TYPE -> signal(id, value, key.type, Set.of(), null);
            case ASSET_KIND -> signal(id, value, key.type, Set.of(key.detail), null);
            case ASSET -> signal(id, value, key.type, Set.of(), PagePattern.exactly(key.detail));
        };
    }

    private static SignalRule signal(String id, String label, ActivityType type, Set<String> assetKinds, PagePattern page) {
        return new SignalRule(id, label, Set.of(type), assetKinds, page, Set.of(), 0, null, null, Decay.NONE, Repeat.EACH, true);
    }
}
