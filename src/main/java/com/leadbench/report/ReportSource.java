package com.leadbench.report;

import java.util.List;

/** Where a dashboard gets its figures: the store computes them over the open database. */
public interface ReportSource {

    /** The figures for {@code filter}; a tier whose latest monthly MQL-to-SQL rate is below {@code warnBelow} is warned about. */
    ProcessReport report(ReportFilter filter, double warnBelow);

    /** The published scorecard versions, oldest first. */
    List<Integer> versions();
}
