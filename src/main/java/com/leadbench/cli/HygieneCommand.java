package com.leadbench.cli;

import com.leadbench.format.ScorecardJson;
import com.leadbench.importing.hygiene.DuplicateFinder;
import com.leadbench.importing.hygiene.HygieneCheck;
import com.leadbench.importing.hygiene.DataFixQueue;
import com.leadbench.model.ContactFacts;
import com.leadbench.model.DataFixItem;
import com.leadbench.model.DataIssue;
import com.leadbench.model.DuplicatePair;
import com.leadbench.model.DuplicateRule;
import com.leadbench.scoring.Scorecard;
import com.leadbench.store.ContactFactsLoader;
import com.leadbench.store.Database;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.store.ScorecardRepository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hygiene}: the duplicate pairs and the data-fix queue of a database, counted and timed; changes nothing. */
@Command(name = "hygiene", mixinStandardHelpOptions = true,
        description = {"Finds duplicate contacts (same email; same name at the same company) and the records routing cannot use"
                + " (no account, country or job title; a missing, malformed or disposable address). Changes nothing:"
                + " merging is done in the window's Data hygiene tab.",
                "Ends with: hygiene: contacts=N pairs=P fixes=F load_ms=X duplicates_ms=Y fixes_ms=Z"})
public final class HygieneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--list", paramLabel = "N", defaultValue = "0", description = "also print the first N duplicate pairs")
    int list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Databases.openReadOnly(database)) {
            long t0 = System.nanoTime();
            List<ContactFacts> contacts = new ContactFactsLoader(db).load();
            Scorecard card = Databases.published(db).map(PublishedScorecard::scorecard)
                    .orElseGet(ScorecardJson::defaultPreset);
            long t1 = System.nanoTime();
            List<DuplicatePair> pairs = DuplicateFinder.find(contacts);
            long t2 = System.nanoTime();
            Set<String> disposable = HygieneCheck.disposableDomains(card);
            List<DataFixItem> fixes = DataFixQueue.build(contacts, disposable);
            long t3 = System.nanoTime();

            out.printf(Locale.ROOT, "Data hygiene of %s: %,d contacts%n", db.file().getFileName(), contacts.size());
            long email = pairs.stream().filter(p -> p.rules().equals(Set.of(DuplicateRule.SAME_EMAIL))).count();
            long name = pairs.stream().filter(p -> p.rules().equals(Set.of(DuplicateRule.SAME_NAME_AT_COMPANY))).count();
            out.printf(Locale.ROOT, "Duplicate pairs: %,d (same email only %,d, same name at the same company only %,d, both %,d)%n",
                    pairs.size(), email, name, pairs.size() - email - name);
            out.printf(Locale.ROOT, "Data-fix queue: %,d records (%,d incomplete)%n", fixes.size(),
                    fixes.stream().filter(DataFixItem::incomplete).count());
            for (DataIssue issue : DataIssue.values()) {
                out.printf(Locale.ROOT, "  %-24s %,8d%n", issue.label(), fixes.stream().filter(f -> f.has(issue)).count());
            }
            for (DuplicatePair p : pairs.subList(0, Math.min(Math.max(0, list), pairs.size()))) {
                out.printf(Locale.ROOT, "  #%d %s <%s>  =  #%d %s <%s>  (%s)%n", p.older().id(), p.older().displayName(), p.older().email(),
                        p.newer().id(), p.newer().displayName(), p.newer().email(), p.rulesLabel());
            }
            out.printf(Locale.ROOT, "hygiene: contacts=%d pairs=%d fixes=%d load_ms=%d duplicates_ms=%d fixes_ms=%d%n",
                    contacts.size(), pairs.size(), fixes.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
        }
        return 0;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
