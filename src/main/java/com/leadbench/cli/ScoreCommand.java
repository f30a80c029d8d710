package com.leadbench.cli;

import com.leadbench.format.ScoreCsv;
import com.leadbench.format.ScorecardFormatException;
import com.leadbench.format.ScorecardJson;
import com.leadbench.handoff.WholeFile;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.Breakdown;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.ScoringEngine;
import com.leadbench.scoring.health.ScorecardHealth;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.store.Database;
import com.leadbench.store.LeadSnapshots;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.workflow.ScorecardPublisher;
import com.leadbench.workflow.StartingPoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score}: scores every contact and writes the scores CSV; records stage changes unless
 * --dry-run, or while nothing is published (the general B2B preset then scores, as version 0).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores every contact with the published scorecard (or --scorecard FILE) and writes a CSV.",
                "Without --dry-run, every stage change is recorded as a transition.",
                "While nothing is published, the general B2B preset scores the contacts and nothing is recorded;"
                        + " standard error says how to choose a starting point (leadbench publish --help).",
                "Warns on standard error when the scorecard excludes most contacts or qualifies none."})
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--scorecard", paramLabel = "FILE.json", description = "score with this scorecard document instead of the published one")
    Path scorecardFile;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "score as at the end of this day (default: now)")
    LocalDate asOfDate;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the CSV here (default: standard output)")
    Path out;

    @Option(names = "--dry-run", description = "record nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Instant asOf = asOfDate == null ? Instant.now() : endOf(asOfDate);
        try (Database db = dryRun ? Databases.openReadOnly(database) : Databases.openExisting(database)) {
            LeadColumns leads = LeadSnapshots.columns(db);
            Scorecard card;
            Integer version;
            String origin;
            boolean unpublished = false;
            if (scorecardFile != null) {
                card = readScorecard(scorecardFile);
                version = null;
                origin = scorecardFile.getFileName().toString();
            } else {
                PublishedScorecard published = Databases.published(db).orElse(null);
                unpublished = published == null;
                card = unpublished ? StartingPoints.general(leads, asOf) : published.scorecard();
                version = unpublished ? null : published.number();
                origin = unpublished ? "general B2B preset, not published" : "version " + published.number();
            }
            Scorecard scoring = card;
            Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
            Map<LifecycleStage, Integer> stages = new EnumMap<>(LifecycleStage.class);
            ScoreCsv.Rows rows = csv -> {
                for (int i = 0; i < leads.size(); i++) {
                    Breakdown b = ScoringEngine.score(scoring, leads.facts(i), asOf);
                    csv.write(leads.contact(i), b);
                    tiers.merge(b.tier(), 1, Integer::sum);
                    stages.merge(b.stage(), 1, Integer::sum);
                }
            };
            if (out == null) {
                try (ScoreCsv csv = new ScoreCsv(new NonClosingWriter(spec.commandLine().getOut()))) {
                    rows.writeTo(csv);
                }
            } else {
                try {
                    // whole or not at all: a failure or a kill leaves the previous file as it was
                    ScoreCsv.write(out, rows);
                } catch (IOException e) {
                    Path folder = out.getParent();
                    throw new CliFailure("cannot write " + out.getFileName() + (folder == null ? "" : " into " + folder) + ": "
                            + WholeFile.reason(e, folder == null ? out.toAbsolutePath().getParent() : folder), e);
                }
            }
            int recorded = 0;
            if (!dryRun && !unpublished) {
                recorded = new ScorecardPublisher(db).apply(card, version, asOf, leads).size();
            }
            // said once the scores are out, so that a failure to write them stays the one line on stderr
            PrintWriter err = spec.commandLine().getErr();
            if (unpublished) {
                ScorecardNotices.printNothingPublished(err, db.file());
            }
            ScorecardNotices.printHealth(err, ScorecardHealth.check(scoring, leads,
                    PreviewEngine.score(FeatureMatrix.build(leads, scoring, asOf.toEpochMilli()))));
            PrintWriter report = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
            report.printf("score: contacts=%d tier_a=%d tier_b=%d tier_c=%d excluded=%d mqls=%d sqls=%d transitions=%d%s (scorecard %s)%n",
                    leads.size(), tiers.getOrDefault(Tier.A, 0), tiers.getOrDefault(Tier.B, 0), tiers.getOrDefault(Tier.C, 0),
                    tiers.getOrDefault(Tier.EXCLUDED, 0), stages.getOrDefault(LifecycleStage.MQL, 0),
                    stages.getOrDefault(LifecycleStage.SQL, 0), recorded, dryRun ? " (dry run: nothing recorded)" : "", origin);
            report.flush();
        }
        return 0;
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }

    static Scorecard readScorecard(Path file) throws CliFailure {
        try {
            return ScorecardJson.read(file);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ScorecardFormatException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    /** Standard output must stay open after the CSV is written. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
