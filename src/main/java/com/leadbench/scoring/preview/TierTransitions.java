package com.leadbench.scoring.preview;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * How contacts move from one scoring to another: the published-tier by draft-tier matrix
 * (excluded and not qualified included), and the new MQLs, new SQLs and drop-outs.
 */
public final class TierTransitions {

    private static final int TIERS = Tier.values().length;

    private final int[][] matrix;
    private final int newMqls;
    private final int newSqls;
    private final int droppedOut;
    private final PreviewScores from;
    private final PreviewScores to;

    private TierTransitions(int[][] matrix, int newMqls, int newSqls, int droppedOut, PreviewScores from, PreviewScores to) {
        this.matrix = matrix;
        this.newMqls = newMqls;
        this.newSqls = newSqls;
        this.droppedOut = droppedOut;
        this.from = from;
        this.to = to;
    }

    public static TierTransitions between(PreviewScores from, PreviewScores to) {
        if (from.size() != to.size()) {
            throw new IllegalArgumentException("scorings of different databases: " + from.size() + " vs " + to.size());
        }
        int[][] m = new int[TIERS][TIERS];
        int mqls = 0;
        int sqls = 0;
        int dropped = 0;
        int mql = LifecycleStage.MQL.ordinal();
        int sql = LifecycleStage.SQL.ordinal();
        for (int i = 0; i < from.size(); i++) {
            m[from.tierOrdinal(i)][to.tierOrdinal(i)]++;
            int before = from.stageOrdinal(i);
            int after = to.stageOrdinal(i);
            boolean wasQualified = before == mql || before == sql;
            boolean isQualified = after == mql || after == sql;
            if (!wasQualified && after == mql) {
                mqls++;
            }
            if (before != sql && after == sql) {
                sqls++;
            }
            if (wasQualified && !isQualified) {
                dropped++;
            }
        }
        return new TierTransitions(m, mqls, sqls, dropped, from, to);
    }

    /** Contacts that were in {@code from} and are in {@code to}. */
    public int count(Tier fromTier, Tier toTier) {
        return matrix[fromTier.ordinal()][toTier.ordinal()];
    }

    /** Indexes (into {@link LeadColumns}) of the contacts in one cell of the matrix. */
    public List<Integer> contacts(Tier fromTier, Tier toTier) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (from.tierOrdinal(i) == fromTier.ordinal() && to.tierOrdinal(i) == toTier.ordinal()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Contacts whose tier changed. */
    public int moved() {
        int moved = 0;
        for (int f = 0; f < TIERS; f++) {
            for (int t = 0; t < TIERS; t++) {
                if (f != t) {
                    moved += matrix[f][t];
                }
            }
        }
        return moved;
    }

    /** Leads that become MQLs (from below MQL). */
    public int newMqls() {
        return newMqls;
    }

    /** Leads that become SQLs. */
    public int newSqls() {
        return newSqls;
    }

    /** MQLs and SQLs that fall below MQL. */
    public int droppedOut() {
        return droppedOut;
    }
}
