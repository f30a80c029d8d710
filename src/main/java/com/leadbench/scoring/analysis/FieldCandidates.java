package com.leadbench.scoring.analysis;

import com.leadbench.scoring.lead.FieldValues;
import com.leadbench.scoring.analysis.FieldProfiles.FieldProfile;
import com.leadbench.scoring.analysis.FieldProfiles.Shape;
import com.leadbench.scoring.analysis.FieldProfiles.Use;
import com.leadbench.scoring.rules.FieldAgeRule;
import com.leadbench.scoring.rules.FieldRule;
import com.leadbench.scoring.rules.PerUnitRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidates one field offers, each at 0 points:
 * <ul>
 *   <li>a categorical field: each answered value (ignoring case and surrounding spaces) as {@code field = value},
 *       except one every lead holds;</li>
 *   <li>a numeric field: its bands ({@link NumericBands}) as ranges, and for a count, points per unit capped at its
 *       95th percentile (a placeholder the learner rescales);</li>
 *   <li>a date field: its recency bands ({@link RecencyBands});</li>
 *   <li>any field but an id-like one: its being unanswered ({@link FieldValues#isUnanswered}), when both the
 *       unanswered and the answered leads number at least the minimum support.</li>
 * </ul>
 * Every candidate of a field that {@link LeakGuard#field} flags carries that reason; the others are checked one by
 * one ({@link LeakGuard#lopsided}).
 */
final class FieldCandidates {

    private static final double CAP_QUANTILE = 0.95;

    private FieldCandidates() {
    }

    static List<Candidate> of(FieldProfile field, OutcomeBasis basis) {
        if (field.shape() == Shape.ID_LIKE) {
            return List.of();
        }
        String fieldLeak = LeakGuard.field(field, basis);
        List<Candidate> out = new ArrayList<>();
        if (field.shape() == Shape.CATEGORICAL && field.use() != Use.SIZE && field.use() != Use.MEASURE) {
            values(field, basis, fieldLeak, out);
        }
        if (field.use() != Use.FLAG) {
            unanswered(field, basis, fieldLeak, out);
        }
        if (field.shape() == Shape.NUMERIC) {
            for (NumericBands.Band band : NumericBands.of(field.numbers(), basis)) {
                String label = field.name() + " " + band.label();
                out.add(basis.candidate(field.path(), band.label(), band.leads(), band.wins(),
                        id -> new FieldRule(id, label, field.path(), FieldRule.Operator.RANGE, List.of(), band.min(), band.max(), 0, true),
                        Candidate.Kind.BAND, leak(fieldLeak, band.leads(), band.wins(), basis)));
            }
            if (field.count()) {
                perUnit(field, basis, fieldLeak, out);
            }
        }
        if (field.shape() == Shape.DATE) {
            for (RecencyBands.Band band : RecencyBands.of(field.dates(), basis)) {
                String label = field.name() + " " + band.label();
                out.add(basis.candidate(field.path(), band.label(), band.leads(), band.wins(),
                        id -> new FieldAgeRule(id, label, field.path(), band.minDays(), band.maxDays(), 0, true),
                        Candidate.Kind.RECENCY, leak(fieldLeak, band.leads(), band.wins(), basis)));
            }
        }
        return out;
    }

    private static String leak(String fieldLeak, int leads, int wins, OutcomeBasis basis) {
        return fieldLeak != null ? fieldLeak : LeakGuard.lopsided(leads, wins, basis);
    }

    /** Counts for one value; {@code shown} is its first spelling. */
    private static final class Tally {
        final String shown;
        int leads;
        int wins;

        Tally(String shown) {
            this.shown = shown;
        }
    }

    private static void values(FieldProfile field, OutcomeBasis basis, String fieldLeak, List<Candidate> out) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Tally> byText = new HashMap<>(); // each distinct text is normalised once
        String[] values = field.values();
        boolean[] filled = field.filled();
        for (int i = 0; i < values.length; i++) {
            if (!filled[i]) {
                continue;
            }
            Tally t = byText.computeIfAbsent(values[i], v -> {
                String shown = v.strip();
                return tallies.computeIfAbsent(shown.toLowerCase(Locale.ROOT), k -> new Tally(shown));
            });
            t.leads++;
            t.wins += basis.won(i) ? 1 : 0;
        }
        for (Tally t : tallies.values()) {
            if (t.leads >= basis.minSupport() && t.leads < basis.leads()) { // a value every lead holds tells nothing
                out.add(basis.candidate(field.path(), t.shown, t.leads, t.wins,
                        id -> new FieldRule(id, field.name() + " = " + t.shown, field.path(), FieldRule.Operator.EQUALS,
                                List.of(t.shown), null, null, 0, true),
                        Candidate.Kind.VALUE, leak(fieldLeak, t.leads, t.wins, basis)));
            }
        }
    }

    private static void unanswered(FieldProfile field, OutcomeBasis basis, String fieldLeak, List<Candidate> out) {
        int leads = basis.leads() - field.answered();
        if (leads < basis.minSupport() || field.answered() < basis.minSupport()) {
            return;
        }
        int wins = 0;
        boolean[] filled = field.filled();
        for (int i = 0; i < filled.length; i++) {
            wins += basis.won(i) && !filled[i] ? 1 : 0;
        }
        String label = field.name() + " is empty";
        out.add(basis.candidate(field.path(), "is empty", leads, wins,
                id -> new FieldRule(id, label, field.path(), FieldRule.Operator.EMPTY, List.of(), null, null, 0, true),
                Candidate.Kind.UNANSWERED, leak(fieldLeak, leads, wins, basis)));
    }

    /** Points per unit of a count; its leads are those with a number above 0, the only ones it gives points to. */
    private static void perUnit(FieldProfile field, OutcomeBasis basis, String fieldLeak, List<Candidate> out) {
        double[] numbers = field.numbers();
        double[] held = new double[numbers.length];
        int m = 0;
        int leads = 0;
        int wins = 0;
        for (int i = 0; i < numbers.length; i++) {
            if (Double.isNaN(numbers[i])) {
                continue;
            }
            held[m++] = numbers[i];
            if (numbers[i] > 0) {
                leads++;
                wins += basis.won(i) ? 1 : 0;
            }
        }
        if (leads < basis.minSupport()) {
            return;
        }
        Arrays.sort(held, 0, m);
        double cap = held[Math.max(0, (int) Math.ceil(CAP_QUANTILE * m) - 1)];
        double capped = cap > 0 ? cap : held[m - 1];
        String label = field.name() + " per unit";
        int leadsAbove = leads;
        int winsAbove = wins;
        out.add(basis.candidate(field.path(), "per unit", leads, wins, id -> new PerUnitRule(id, label, field.path(), 0, capped, true),
                Candidate.Kind.PER_UNIT, leak(fieldLeak, leadsAbove, winsAbove, basis)));
    }
}
