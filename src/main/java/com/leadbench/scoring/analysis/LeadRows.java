package com.leadbench.scoring.analysis;

import java.util.List;
import java.util.SplittableRandom;

/** Lists of lead indexes as the learners split them: shuffled with a seeded random, joined into one array. */
final class LeadRows {

    private LeadRows() {
    }

    /** Shuffles {@code rows} in place (Fisher–Yates), so that the same seed gives the same order. */
    static void shuffle(List<Integer> rows, SplittableRandom random) {
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
    }

    /** {@code a} then {@code b}, as one array. */
    static int[] concat(List<Integer> a, List<Integer> b) {
        int[] out = new int[a.size() + b.size()];
        int k = 0;
        for (int v : a) {
            out[k++] = v;
        }
        for (int v : b) {
            out[k++] = v;
        }
        return out;
    }
}
