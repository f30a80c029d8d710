package com.leadbench.gui.tuning;

/** One rule in the side-by-side breakdown: its points under the published and the draft scorecard. */
record CompareRow(String rule, String evidence, Double publishedPoints, Double draftPoints) {

    boolean changed() {
        double p = publishedPoints == null ? 0 : publishedPoints;
        double d = draftPoints == null ? 0 : draftPoints;
        return Math.abs(p - d) > 1e-9 || (publishedPoints == null) != (draftPoints == null);
    }
}
