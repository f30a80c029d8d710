package com.leadbench.scoring.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Neighbouring bins of an ordered quantity (a field's numbers, a date's age in days) and how they are merged into
 * bands that convert differently:
 * <ol>
 *   <li>while a bin holds fewer than the minimum support, the smallest such bin joins the neighbour whose win rate is
 *       closer to its own (the left one on a tie);</li>
 *   <li>then, while some neighbouring pair's win rates do not differ at the 95% level (two-proportion z-test), the
 *       pair whose rates differ least is joined.</li>
 * </ol>
 * What is left are bands each with enough leads, each converting differently from its neighbours.
 */
final class Bins {

    /**
     * Leads whose quantity lies in [{@code lo}, {@code hi}] (the observed ends, or the fixed ends of an age band),
     * and how many of them were won.
     */
    record Bin(double lo, double hi, int leads, int wins) {

        double rate() {
            return leads == 0 ? Double.NaN : (double) wins / leads;
        }

        Bin join(Bin right) {
            return new Bin(lo, right.hi, leads + right.leads, wins + right.wins);
        }
    }

    private Bins() {
    }

    /** Merges {@code bins} (ordered, neighbours adjacent) as described above; returns a new list. */
    static List<Bin> merge(List<Bin> bins, int minSupport) {
        List<Bin> out = new ArrayList<>(bins);
        while (out.size() > 1) {
            int small = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).leads() < minSupport && (small < 0 || out.get(i).leads() < out.get(small).leads())) {
                    small = i;
                }
            }
            if (small >= 0) {
                join(out, small, closerNeighbour(out, small));
                continue;
            }
            int best = -1;
            double bestGap = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < out.size(); i++) {
                Bin a = out.get(i);
                Bin b = out.get(i + 1);
                double gap = Math.abs(a.rate() - b.rate());
                if (!OutcomeBasis.differ(a.wins(), a.leads(), b.wins(), b.leads()) && gap < bestGap) {
                    best = i;
                    bestGap = gap;
                }
            }
            if (best < 0) {
                break;
            }
            join(out, best, best + 1);
        }
        return out;
    }

    private static int closerNeighbour(List<Bin> bins, int i) {
        if (i == 0) {
            return 1;
        }
        if (i == bins.size() - 1) {
            return i - 1;
        }
        double rate = bins.get(i).rate();
        if (Double.isNaN(rate)) {
            return i - 1; // an empty bin: either neighbour takes its range
        }
        double left = Math.abs(bins.get(i - 1).rate() - rate);
        double right = Math.abs(bins.get(i + 1).rate() - rate);
        return right < left ? i + 1 : i - 1;
    }

    private static void join(List<Bin> bins, int i, int j) {
        int first = Math.min(i, j);
        Bin joined = bins.get(first).join(bins.get(first + 1));
        bins.set(first, joined);
        bins.remove(first + 1);
    }
}
