package com.leadbench.scoring.analysis;

import com.leadbench.scoring.rules.Windows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recency bands of a date field: how many whole days before the lead's attribution time the date lies, in the bands
 * 0–7, 8–30, 31–90, 91–180, 181–365 and 366+ days, neighbours that convert alike merged ({@link Bins#merge}). A date
 * after the attribution time was not known then and is in no band (the rule never matches it either).
 */
final class RecencyBands {

    /** The fixed bands' first days; each band ends the day before the next one starts, the last is open. */
    static final int[] STARTS = {0, 8, 31, 91, 181, 366};

    /** Dates {@code minDays} to {@code maxDays} (null: open) whole days before the attribution time. */
    record Band(int minDays, Integer maxDays, int leads, int wins) {

        /** "0–7 days ago", "366+ days ago". */
        String label() {
            if (maxDays == null) {
                return String.format(Locale.ROOT, "%,d+ days ago", minDays);
            }
            return minDays == maxDays ? String.format(Locale.ROOT, "%,d days ago", minDays)
                    : String.format(Locale.ROOT, "%,d–%,d days ago", minDays, maxDays);
        }
    }

    private RecencyBands() {
    }

    /** The bands of {@code dates} ({@link FieldProfiles.FieldProfile#NO_DATE}: none); none when they do not split. */
    static List<Band> of(long[] dates, OutcomeBasis basis) {
        int[] leads = new int[STARTS.length];
        int[] wins = new int[STARTS.length];
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == FieldProfiles.FieldProfile.NO_DATE) {
                continue;
            }
            long age = basis.asOf(i) - dates[i];
            if (age < 0) {
                continue;
            }
            int band = band(age / Windows.DAY_MS);
            leads[band]++;
            wins[band] += basis.won(i) ? 1 : 0;
        }
        List<Bins.Bin> bins = new ArrayList<>();
        for (int b = 0; b < STARTS.length; b++) {
            double hi = b + 1 < STARTS.length ? STARTS[b + 1] - 1 : Double.POSITIVE_INFINITY;
            bins.add(new Bins.Bin(STARTS[b], hi, leads[b], wins[b]));
        }
        List<Bins.Bin> merged = Bins.merge(bins, basis.minSupport());
        if (merged.size() < 2) {
            return List.of();
        }
        List<Band> out = new ArrayList<>();
        for (Bins.Bin b : merged) {
            out.add(new Band((int) b.lo(), Double.isInfinite(b.hi()) ? null : (int) b.hi(), b.leads(), b.wins()));
        }
        return out;
    }

    /** The fixed band a whole number of days falls in. */
    static int band(long days) {
        int b = 0;
        while (b + 1 < STARTS.length && days >= STARTS[b + 1]) {
            b++;
        }
        return b;
    }
}
