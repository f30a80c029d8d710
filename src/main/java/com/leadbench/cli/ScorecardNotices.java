package com.leadbench.cli;

import com.leadbench.scoring.health.ScorecardHealth;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What the commands say on standard error about the scorecard in use, never on standard output
 * (whose last lines are contracts): that nothing is published yet and how to choose a starting
 * point, and the health warnings of {@link ScorecardHealth} (a rule that excludes most leads, a
 * scorecard that qualifies none).
 */
final class ScorecardNotices {

    private ScorecardNotices() {
    }

    /** The one line that says nothing is published and names the choice, with {@code db} in the commands. */
    static String nothingPublished(Path db) {
        String file = quoted(db.toString());
        return "leadbench: nothing is published yet; scores use the general B2B preset (not published) and no stage is recorded."
                + " Choose a starting point: leadbench publish --db " + file + " --preset general --note TEXT (or --preset industrial),"
                + " or leadbench learn --db " + file + " --out card.json (a scorecard learned from won leads), then leadbench publish --db "
                + file + " --scorecard card.json --note TEXT";
    }

    static void printNothingPublished(PrintWriter err, Path db) {
        err.println(nothingPublished(db));
        err.flush();
    }

    /** Each warning as a {@code leadbench: warning: ...} line. */
    static void printHealth(PrintWriter err, List<ScorecardHealth.Warning> warnings) {
        for (ScorecardHealth.Warning w : warnings) {
            err.println("leadbench: warning: " + w.text());
        }
        err.flush();
    }

    private static String quoted(String path) {
        return path.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"') ? "\"" + path + "\"" : path;
    }
}
