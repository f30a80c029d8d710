package com.leadbench.scoring.analysis;

import java.util.Arrays;

/** The area under the ROC curve as the Mann-Whitney statistic: the chance a positive outranks a negative, ties half. */
final class Auc {

    private Auc() {
    }

    /**
     * AUC of {@code score} against {@code positive} over the rows {@code rows}; NaN when there is no
     * positive or no negative among them.
     */
    static double of(double[] score, boolean[] positive, int[] rows) {
        int n = rows.length;
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = rows[k];
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double positiveRanks = 0;
        long positives = 0;
        int k = 0;
        while (k < n) {
            int end = k;
            while (end + 1 < n && score[order[end + 1]] == score[order[k]]) {
                end++;
            }
            double rank = (k + end) / 2.0 + 1.0; // ranks k+1 .. end+1, averaged over the tie
            for (int j = k; j <= end; j++) {
                if (positive[order[j]]) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            k = end + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
