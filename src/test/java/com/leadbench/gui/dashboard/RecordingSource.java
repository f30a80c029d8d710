package com.leadbench.gui.dashboard;

import com.leadbench.report.ProcessReport;
import com.leadbench.report.ReportFilter;
import com.leadbench.report.ReportSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A report source that answers with hand-made reports and remembers every filter it was asked for. */
final class RecordingSource implements ReportSource {

    /** One call of {@link #report}. */
    record Call(ReportFilter filter, double warnBelow) {
    }

    final List<Call> calls = new ArrayList<>();
    private volatile BiFunction<ReportFilter, Double, ProcessReport> answer = ReportFixture::full;
    private final List<Integer> versions;

    RecordingSource(Integer... versions) {
        this.versions = List.of(versions);
    }

    /** From now on, answers with {@code answer}. */
    void answer(BiFunction<ReportFilter, Double, ProcessReport> next) {
        answer = next;
    }

    @Override
    public synchronized ProcessReport report(ReportFilter filter, double warnBelow) {
        calls.add(new Call(filter, warnBelow));
        return answer.apply(filter, warnBelow);
    }

    @Override
    public List<Integer> versions() {
        return versions;
    }

    synchronized Call lastCall() {
        return calls.getLast();
    }
}
