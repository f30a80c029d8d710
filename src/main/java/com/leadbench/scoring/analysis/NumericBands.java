package com.leadbench.scoring.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bands of a numeric field that convert differently. The numbers are first cut into up to 10 bins at the
 * deciles, equal numbers always in the same bin, and a number held by a tenth of the leads or more (a mass at 0,
 * typically) in a bin of its own; then neighbouring bins are merged ({@link Bins#merge}). The bands tile the number
 * line: the first is open below, the last open above, and each cut lies between the last number of one band and the
 * first of the next, at the roundest number there (between 499 and 500 the cut is 500; between 1.67 and 1.75 it is
 * 1.7). A band holds the numbers from its cut (included) to the next cut (excluded).
 */
final class NumericBands {

    private static final int BINS = 10;

    /**
     * One band.
     *
     * @param lo    the smallest number a lead in it holds
     * @param hi    the largest
     * @param min   its lower end for a range rule (null: open below)
     * @param max   its upper end (null: open above), just below the next band's lower end
     */
    record Band(double lo, double hi, Double min, Double max, int leads, int wins) {

        /** "1,000–1,400", or "0" for a band of one number. */
        String label() {
            return lo == hi ? format(lo) : format(lo) + "–" + format(hi);
        }
    }

    private NumericBands() {
    }

    /**
     * The bands of {@code numbers} (NaN: the lead holds none and is in no band); none when they do not split into
     * at least two bands of {@code minSupport} leads that convert differently.
     */
    static List<Band> of(double[] numbers, OutcomeBasis basis) {
        List<Bins.Bin> bins = Bins.merge(quantileBins(numbers, basis), basis.minSupport());
        if (bins.size() < 2) {
            return List.of();
        }
        List<Band> out = new ArrayList<>();
        for (int k = 0; k < bins.size(); k++) {
            Bins.Bin b = bins.get(k);
            Double min = k == 0 ? null : cut(bins.get(k - 1).hi(), b.lo());
            Double max = k == bins.size() - 1 ? null : Math.nextDown(cut(b.hi(), bins.get(k + 1).lo()));
            out.add(new Band(b.lo(), b.hi(), min, max, b.leads(), b.wins()));
        }
        return out;
    }

    /** Bins at the deciles, ties kept together, a number held by a tenth of the leads or more alone in its bin. */
    static List<Bins.Bin> quantileBins(double[] numbers, OutcomeBasis basis) {
        double[] wonValues = new double[numbers.length];
        double[] lostValues = new double[numbers.length];
        int w = 0;
        int l = 0;
        for (int i = 0; i < numbers.length; i++) {
            if (!Double.isNaN(numbers[i])) {
                if (basis.won(i)) {
                    wonValues[w++] = numbers[i];
                } else {
                    lostValues[l++] = numbers[i];
                }
            }
        }
        Arrays.sort(wonValues, 0, w);
        Arrays.sort(lostValues, 0, l);
        // runs of equal numbers: value, leads, wins
        int total = w + l;
        double[] value = new double[total];
        int[] count = new int[total];
        int[] wins = new int[total];
        int runs = 0;
        for (int a = 0, b = 0; a < w || b < l; ) {
            double v = b >= l || a < w && wonValues[a] <= lostValues[b] ? wonValues[a] : lostValues[b];
            int c = 0;
            int cw = 0;
            while (a < w && wonValues[a] == v) {
                a++;
                c++;
                cw++;
            }
            while (b < l && lostValues[b] == v) {
                b++;
                c++;
            }
            value[runs] = v;
            count[runs] = c;
            wins[runs] = cw;
            runs++;
        }
        if (runs == 0) {
            return List.of();
        }
        boolean[] cutAfter = new boolean[runs];
        int cumulative = 0;
        int k = 1;
        for (int r = 0; r < runs; r++) {
            cumulative += count[r];
            while (k < BINS && cumulative >= Math.ceil((double) k * total / BINS)) {
                cutAfter[r] = true;
                k++;
            }
            if (count[r] * BINS >= total) {
                cutAfter[r] = true;
                if (r > 0) {
                    cutAfter[r - 1] = true;
                }
            }
        }
        cutAfter[runs - 1] = false;
        List<Bins.Bin> bins = new ArrayList<>();
        int start = 0;
        int leads = 0;
        int won = 0;
        for (int r = 0; r < runs; r++) {
            leads += count[r];
            won += wins[r];
            if (cutAfter[r] || r == runs - 1) {
                bins.add(new Bins.Bin(value[start], value[r], leads, won));
                start = r + 1;
                leads = 0;
                won = 0;
            }
        }
        return bins;
    }

    /**
     * The roundest number above {@code below} and at most {@code above}: the first multiple of the largest power of
     * ten that fits (499, 500 gives 500; 1.67, 1.75 gives 1.7; 14, 16 gives 15; 1,200, 1,450 gives 1,300).
     */
    static double cut(double below, double above) {
        BigDecimal a = new BigDecimal(Double.toString(below));
        BigDecimal b = new BigDecimal(Double.toString(above));
        for (int exponent = 18; exponent >= -12; exponent--) {
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            BigDecimal next = a.divide(step).setScale(0, RoundingMode.FLOOR).multiply(step).add(step);
            if (next.compareTo(b) <= 0 && next.doubleValue() > below) {
                return next.doubleValue();
            }
        }
        return above;
    }

    /** A number as a person reads it: thousands separated, no trailing zeros ("1,234.5", "1.67", "0"). */
    static String format(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.US));
        String s = f.format(v);
        return s.equals("-0") ? "0" : s;
    }
}
