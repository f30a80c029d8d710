package com.leadbench.bench;

import com.leadbench.format.ScorecardJson;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.preview.DemoColumns;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.preview.PreviewScores;
import com.leadbench.scoring.rules.ActivityBased;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The preview engine on the demo data in memory: a full rescore with the transition matrix after a
 * threshold edit, and after an edit that rebuilds one rule's column. Run with
 * {@code ./mvnw -q -Pjmh test-compile exec:exec} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PreviewBenchmark {

    @Param({"100000"})
    int contacts;

    private FeatureMatrix matrix;
    private PreviewScores published;
    private Scorecard preset;
    private ActivityBased firstActivityBased;
    private int edit;

    @Setup
    public void setUp() {
        LocalDate end = LocalDate.of(2026, 11, 1);
        LeadColumns leads = DemoColumns.generate(contacts, 42, end);
        preset = ScorecardJson.defaultPreset();
        matrix = FeatureMatrix.build(leads, preset, end.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        published = PreviewEngine.score(matrix);
        firstActivityBased = preset.rules().stream().filter(r -> r instanceof ActivityBased).map(r -> (ActivityBased) r).findFirst().orElseThrow();
    }

    /** A tier-threshold drag: no column rebuilt, every contact rescored, matrix counted. */
    @Benchmark
    public int thresholdEdit() {
        edit++;
        Scorecard draft = preset.withThresholds(t -> t.withTierMin(Tier.B, t.b().minScore() + (edit % 11) - 5));
        return PreviewEngine.preview(matrix, draft, published).transitions().moved();
    }

    /** A points edit on one rule. */
    @Benchmark
    public int pointsEdit() {
        edit++;
        Scorecard draft = preset.withRule(firstActivityBased.withPoints(1 + edit % 9));
        return PreviewEngine.preview(matrix, draft, published).transitions().moved();
    }

    /** A window edit: that rule's column is rebuilt from the activity columns, then everything rescored. */
    @Benchmark
    public int windowEdit() {
        edit++;
        Scorecard draft = preset.withRule(firstActivityBased.withWindowDays(20 + edit % 60));
        return PreviewEngine.preview(matrix, draft, published).transitions().moved();
    }
}
