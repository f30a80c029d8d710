package com.leadbench.cli;

import com.leadbench.format.CandidatesTsv;
import com.leadbench.handoff.WholeFile;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.scoring.analysis.CandidateRules;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.store.Database;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.workflow.StartingPoints;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code candidates}: the candidate rules of a database's leads and outcomes, as TSV. */
@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = {"Lists the field values, bands, unanswered fields, counts, date recencies and activities whose leads converted"
                + " differently (docs/calibration.md, Candidate rules), one TSV row each, highest lift first:",
                "kind source value leads wins win_rate lift ci_low ci_high leak rule_id. A row whose leak column is filled looks"
                        + " recorded after the outcome. Opens the database read-only.",
                "Ends with: candidates: rows=N flagged=M"})
public final class CandidatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--out", paramLabel = "FILE.tsv", description = "write the TSV here, whole or not at all (default: standard output)")
    Path out;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "" + CandidateRules.DEFAULT_MIN_SUPPORT,
            description = "the least number of leads a candidate must have (default: ${DEFAULT-VALUE})")
    int minSupport;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the end of this day (UTC) is now for leads without outcomes; default: now")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        if (minSupport < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-support must be 1 or more, was " + minSupport);
        }
        long now = (asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate)).toEpochMilli();
        PrintWriter stdout = spec.commandLine().getOut();
        try (Database db = Databases.openReadOnly(database)) {
            LeadColumns leads = OutcomeInputs.leads(db);
            Outcomes outcomes = new OutcomesLoader(db).load(leads);
            if (outcomes.wins() == 0) {
                int accepted = 0;
                for (boolean a : outcomes.accepted()) {
                    accepted += a ? 1 : 0;
                }
                throw new CliFailure(String.format(Locale.ROOT, "%s: no lead was won (%,d leads, 0 won, %,d accepted), so no candidate can"
                        + " be judged against the outcome; import the won deals first (leadbench import --kind outcomes)",
                        db.file(), leads.size(), accepted));
            }
            // activities count inside the window of the scorecard in use, as in the Candidate rules tab
            int window = Databases.published(db).map(p -> p.scorecard().windowDays())
                    .orElseGet(() -> StartingPoints.general(leads, Instant.ofEpochMilli(now)).windowDays());
            List<Candidate> found = CandidateRules.find(leads, outcomes, now, minSupport, window);
            String tsv = CandidatesTsv.write(found);
            if (out == null) {
                stdout.print(tsv);
            } else {
                try {
                    WholeFile.write(out, tsv.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    Path folder = out.toAbsolutePath().getParent();
                    throw new CliFailure("cannot write " + out.getFileName() + " into " + folder + ": " + WholeFile.reason(e, folder), e);
                }
                stdout.printf(Locale.ROOT, "Wrote %,d candidates of %,d leads (%,d won) to %s%n", found.size(), leads.size(),
                        outcomes.wins(), out);
            }
            long flagged = found.stream().filter(Candidate::leaks).count();
            stdout.printf(Locale.ROOT, "candidates: rows=%d flagged=%d%n", found.size(), flagged);
            stdout.flush();
        }
        return 0;
    }
}
