package com.leadbench.importing;

import java.util.List;
import java.util.Objects;

/**
 * What an import did (or, for a dry run, would do). {@code read} counts data rows; each accepted row
 * was {@code inserted}, {@code updated} (it matched a record already there) or {@code skipped}
 * (every cell empty). {@code rejected} counts rows with at least one problem; when there is any
 * problem nothing was written and {@code inserted} and {@code updated} are 0. {@code problems}
 * holds the first {@link #MAX_PROBLEMS}. {@code outcomes} counts what a contacts file's outcome column
 * gave ({@link Outcomes#NONE} without one); {@code generatedIds} counts the rows that got a generated id.
 */
public record ImportSummary(long read, long inserted, long updated, long skipped, long rejected,
                            List<ImportProblem> problems, boolean dryRun, Outcomes outcomes, long generatedIds) {

    public static final int MAX_PROBLEMS = 1_000;

    public ImportSummary {
        problems = List.copyOf(problems);
        outcomes = Objects.requireNonNullElse(outcomes, Outcomes.NONE);
    }

    /** A summary without outcomes or generated ids. */
    public ImportSummary(long read, long inserted, long updated, long skipped, long rejected, List<ImportProblem> problems,
                         boolean dryRun) {
        this(read, inserted, updated, skipped, rejected, problems, dryRun, Outcomes.NONE, 0);
    }

    /** True when the file had no problem: it landed whole (or, for a dry run, would have). */
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** {@code read=N inserted=I updated=U skipped=S rejected=R}. */
    public String counts() {
        return "read=" + read + " inserted=" + inserted + " updated=" + updated + " skipped=" + skipped + " rejected=" + rejected;
    }

    /**
     * The follow-ups an outcome column gave: {@code won} and {@code lost} rows ({@code added} of them new,
     * the others already stored), and where their dates came from: the {@code dateColumn}
     * ({@code byColumn} rows), else the {@code dateFallback} column ({@code byFallback}), else the time of
     * the import ({@code byImportTime}). The columns are null when the mapping names none.
     */
    public record Outcomes(long won, long lost, long added, String dateColumn, long byColumn, String dateFallback, long byFallback,
                           long byImportTime) {

        public static final Outcomes NONE = new Outcomes(0, 0, 0, null, 0, null, 0, 0);

        /**
         * {@code outcomes: won=120 lost=480 added=600; dated by column 'ConvertedDate' 100, fallback
         * 'Created Date' 20, import time 480} (the parts with no rows left out).
         */
        public String describe() {
            StringBuilder b = new StringBuilder("outcomes: won=").append(won).append(" lost=").append(lost).append(" added=").append(added);
            List<String> dated = new java.util.ArrayList<>();
            if (byColumn > 0) {
                dated.add("column '" + dateColumn + "' " + byColumn);
            }
            if (byFallback > 0) {
                dated.add("fallback '" + dateFallback + "' " + byFallback);
            }
            if (byImportTime > 0) {
                dated.add("import time " + byImportTime);
            }
            if (!dated.isEmpty()) {
                b.append("; dated by ").append(String.join(", ", dated));
            }
            return b.toString();
        }
    }
}
