package com.leadbench.scoring.analysis;

import java.util.Arrays;

/**
 * How well a score ranks the leads it never saw: the AUC, the share of wins in the top 35%, and the conversion of
 * the top quartile over the bottom quartile. Ties at a cut count in proportion (a tie that straddles the top 35%
 * counts as its share of the wins), so the figures do not depend on the order of tied leads.
 *
 * @param auc          chance that a won lead outscores a lead that was not won, ties half
 * @param top35Capture share of the wins among the 35% best-scored leads
 * @param quartileLift conversion of the best-scored quarter over the worst-scored quarter (infinite when the worst
 *                     quarter converted none)
 */
public record HoldoutMetrics(double auc, double top35Capture, double quartileLift) {

    /** The metrics of {@code score} against {@code won} over {@code rows}. */
    public static HoldoutMetrics of(double[] score, boolean[] won, int[] rows) {
        double auc = Auc.of(score, won, rows);
        double wins = 0;
        for (int i : rows) {
            wins += won[i] ? 1 : 0;
        }
        double top35 = wins == 0 ? Double.NaN : winsInTop(score, won, rows, 0.35) / wins;
        double quarter = rows.length / 4.0;
        double top = winsInTop(score, won, rows, 0.25) / quarter;
        double bottom = (wins - winsInTop(score, won, rows, 0.75)) / quarter;
        double lift = bottom == 0 ? (top == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : top / bottom;
        return new HoldoutMetrics(auc, top35, lift);
    }

    /** The wins expected among the best {@code share} of {@code rows} by score, ties at the cut counted in proportion. */
    static double winsInTop(double[] score, boolean[] won, int[] rows, double share) {
        Integer[] order = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        double room = share * rows.length;
        double wins = 0;
        int k = 0;
        while (k < order.length && room > 0) {
            int end = k;
            int tiedWins = 0;
            while (end < order.length && score[order[end]] == score[order[k]]) {
                tiedWins += won[order[end]] ? 1 : 0;
                end++;
            }
            int tied = end - k;
            double taken = Math.min(room, tied);
            wins += tiedWins * taken / tied;
            room -= taken;
            k = end;
        }
        return wins;
    }
}
