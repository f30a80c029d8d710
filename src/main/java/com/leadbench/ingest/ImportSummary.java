package com.leadbench.ingest;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do). {@code read} counts data rows; each accepted row
 * was {@code inserted}, {@code updated} (it matched a record already there) or {@code skipped}
 * (every cell empty). {@code rejected} counts rows with at least one problem; when there is any
 * problem nothing was written and {@code inserted} and {@code updated} are 0. {@code problems}
 * holds the first {@link #MAX_PROBLEMS}.
 */
public record ImportSummary(long read, long inserted, long updated, long skipped, long rejected,
                            List<ImportProblem> problems, boolean dryRun) {

    public static final int MAX_PROBLEMS = 1_000;

    public ImportSummary {
        problems = List.copyOf(problems);
    }

    /** True when the file had no problem: it landed whole (or, for a dry run, would have). */
    public boolean accepted() {
        return problems.isEmpty();
    }

    /** {@code read=N inserted=I updated=U skipped=S rejected=R}. */
    public String counts() {
        return "read=" + read + " inserted=" + inserted + " updated=" + updated + " skipped=" + skipped + " rejected=" + rejected;
    }
}
