package com.leadbench.store;

import com.leadbench.report.ProcessReport;
import com.leadbench.report.ReportFilter;
import com.leadbench.report.ReportSource;
import java.util.List;

/** The process figures over an open workspace. */
public final class ProcessFigures implements ReportSource {

    private final Workspace workspace;

    public ProcessFigures(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public ProcessReport report(ReportFilter filter, double warnBelow) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Integer> versions() {
        return workspace.scorecards().history().stream().map(v -> v.version()).sorted().toList();
    }
}
