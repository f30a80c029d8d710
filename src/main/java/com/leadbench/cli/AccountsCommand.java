package com.leadbench.cli;

import com.leadbench.model.Tier;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.account.AccountRollup;
import com.leadbench.scoring.account.AccountScore;
import com.leadbench.scoring.account.Accounts;
import com.leadbench.scoring.analysis.AccountBacktest;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.preview.FeatureMatrix;
import com.leadbench.scoring.preview.LeadColumns;
import com.leadbench.scoring.preview.PreviewEngine;
import com.leadbench.scoring.rules.Points;
import com.leadbench.store.Database;
import com.leadbench.store.OutcomesLoader;
import com.leadbench.store.PublishedScorecard;
import com.leadbench.workflow.StartingPoints;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code accounts}: every company scored from its contacts, best first, and how account scores line up with won deals. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = {"Lists the accounts (companies) best first, each scored from its contacts under the published scorecard"
                + " (or --scorecard): account fit, engagement capped per contact, buying-group breadth; its tier, whether it is a"
                + " marketing-qualified account (MQA), the roles engaged and those missing. See docs/scorecard.md, section 7c.",
                "When sales reported wins, compares the account score with the best single contact's score against won deals per account.",
                "Ends with: accounts: accounts=N mqas=M engaged_contacts=K (over the accounts listed)"})
public final class AccountsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path database;

    @Option(names = "--scorecard", paramLabel = "FILE.json", description = "score with this scorecard document instead of the published one")
    Path scorecardFile;

    @Option(names = "--tier", paramLabel = "A|B|C", description = "list only the accounts in this account tier")
    String tier;

    @Option(names = "--limit", paramLabel = "N", description = "print at most N accounts (the last line still counts them all)")
    Integer limit;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "score as of the end of this day (UTC); default: now")
    LocalDate asOfDate;

    @Override
    public Integer call() throws Exception {
        Tier only = null;
        if (tier != null) {
            String t = tier.strip().toUpperCase(Locale.ROOT);
            if (!List.of("A", "B", "C").contains(t)) {
                throw new ParameterException(spec.commandLine(), "--tier takes an account tier: A, B or C (was \"" + tier + "\")");
            }
            only = Tier.valueOf(t);
        }
        if (limit != null && limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit takes 0 or more accounts");
        }
        Instant asOf = asOfDate == null ? Instant.now() : ScoreCommand.endOf(asOfDate);
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Databases.openReadOnly(database)) {
            LeadColumns leads = OutcomeInputs.leads(db);
            Optional<PublishedScorecard> published = Databases.published(db);
            Scorecard card = scorecardFile != null ? ScoreCommand.readScorecard(scorecardFile)
                    : published.map(PublishedScorecard::scorecard).orElseGet(() -> StartingPoints.general(leads, asOf));
            String origin = scorecardFile != null ? scorecardFile.getFileName().toString()
                    : published.map(p -> "version " + p.number()).orElse("the general B2B preset, nothing is published");
            Accounts accounts = AccountRollup.of(leads, PreviewEngine.score(FeatureMatrix.build(leads, card, asOf.toEpochMilli())), card);
            Tier wanted = only;
            List<AccountScore> listed = accounts.all().stream().filter(a -> wanted == null || a.tier() == wanted).toList();

            out.printf(Locale.ROOT, "Accounts under \"%s\" (%s) as of %s: %,d with contacts; MQA from account %s (%s points)%n", card.name(), origin,
                    asOf, accounts.size(), card.accounts().mqaTier().label(), Points.format(card.accounts().minimum(card.accounts().mqaTier())));
            if (accounts.size() == 0) {
                out.println("No contact belongs to an account: import contacts with a company name or domain to score accounts.");
            } else if (listed.isEmpty()) {
                out.printf(Locale.ROOT, "No account is in account %s.%n", wanted.label());
            } else {
                print(out, listed, limit == null ? listed.size() : limit);
            }
            backtest(db, leads, card, asOf, out);
            int engaged = listed.stream().mapToInt(a -> a.engaged().size()).sum();
            long mqas = listed.stream().filter(AccountScore::mqa).count();
            out.printf(Locale.ROOT, "accounts: accounts=%d mqas=%d engaged_contacts=%d%n", listed.size(), mqas, engaged);
            out.flush();
        }
        return 0;
    }

    private static void print(PrintWriter out, List<AccountScore> listed, int limit) {
        out.println();
        out.printf(Locale.ROOT, "%5s  %-32s %-13s %4s %7s %6s %8s %8s %9s %8s  %s%n", "rank", "account", "tier", "MQA", "score", "fit",
                "engaged", "breadth", "contacts", "engaged", "roles engaged; missing");
        for (int k = 0; k < Math.min(limit, listed.size()); k++) {
            AccountScore a = listed.get(k);
            String roles = (a.roles().isEmpty() ? "none" : String.join(", ", a.roles())) + (a.missingRoles().isEmpty() ? "" : "; " + a.missingText());
            out.printf(Locale.ROOT, "%5d  %-32s %-13s %4s %7s %6s %8s %8s %,9d %8d  %s%n", k + 1, BacktestCommand.cut(a.displayName(), 32),
                    a.tier().label(), a.mqa() ? "yes" : "", Points.format(a.score()), Points.format(a.fit()), Points.format(a.engagement()),
                    Points.format(a.breadth()), a.contactCount(), a.engaged().size(), roles);
        }
        if (listed.size() > limit) {
            out.printf(Locale.ROOT, "… and %,d more%n", listed.size() - limit);
        }
    }

    /** The account score against won deals per account, beside the best single contact's, when sales reported any win. */
    private static void backtest(Database db, LeadColumns leads, Scorecard card, Instant asOf, PrintWriter out) {
        Outcomes outcomes = new OutcomesLoader(db).load(leads);
        out.println();
        if (outcomes.wins() == 0) {
            out.println("No won deal is recorded yet, so account scores cannot be checked against outcomes.");
            return;
        }
        AccountBacktest.Result r = AccountBacktest.run(leads, outcomes, card, asOf.toEpochMilli());
        out.printf(Locale.ROOT, "Backtest against won deals per account (%,d accounts, %,d won; each scored just before sales first followed up"
                + " anyone there):%n", r.accounts(), r.won());
        if (r.won() == r.accounts()) {
            out.println("  Every account with a contact was won (the accounts came with the deals): there is nothing to rank them against.");
        } else {
            out.printf(Locale.ROOT, "  AUC of the account score %.3f; of its best single contact's score %.3f%n", r.accountAuc(), r.bestContactAuc());
        }
        out.printf(Locale.ROOT, "  won rate of the %,d MQAs %s; of the %,d accounts with an MQL %s%n", r.mqas(), BacktestCommand.percent(r.mqaWonRate()),
                r.withMql(), BacktestCommand.percent(r.mqlWonRate()));
    }
}
