package com.leadbench.format;

import com.leadbench.scoring.analysis.Candidate;
import java.util.List;
import java.util.Locale;

/**
 * Candidate rules as tab-separated text, one row per candidate in the order given, after a header line:
 * {@code kind source value leads wins win_rate lift ci_low ci_high leak rule_id}. The kind in lower case
 * ({@code value}, {@code band}, {@code unanswered}, {@code per_unit}, {@code recency}, {@code activity}); rates with 3
 * decimals ({@code NaN} where there is none); the leak reason or nothing. Tabs and line breaks inside a cell become
 * spaces, so every row is one line of 11 cells.
 */
public final class CandidatesTsv {

    public static final List<String> HEADER = List.of("kind", "source", "value", "leads", "wins", "win_rate", "lift", "ci_low",
            "ci_high", "leak", "rule_id");

    private CandidatesTsv() {
    }

    /** The whole text: header and rows, each line ending in a line feed. */
    public static String write(List<Candidate> candidates) {
        StringBuilder out = new StringBuilder(String.join("\t", HEADER)).append('\n');
        for (Candidate c : candidates) {
            out.append(String.join("\t", c.kind().name().toLowerCase(Locale.ROOT), cell(c.source()), cell(c.value()),
                    Integer.toString(c.leads()), Integer.toString(c.wins()), rate(c.winRate()), rate(c.lift()), rate(c.ciLow()),
                    rate(c.ciHigh()), c.leak() == null ? "" : cell(c.leak()), cell(c.rule().id()))).append('\n');
        }
        return out.toString();
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String cell(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
