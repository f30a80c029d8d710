package com.leadbench.gui.tuning;

import com.leadbench.gui.LatestOnly;
import com.leadbench.gui.TaskExecutor;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.analysis.AccountBacktest;
import com.leadbench.scoring.analysis.Backtest;
import com.leadbench.scoring.analysis.BacktestReport;
import com.leadbench.scoring.analysis.Calibration;
import com.leadbench.scoring.analysis.Candidate;
import com.leadbench.scoring.analysis.CandidateRules;
import com.leadbench.scoring.analysis.Outcomes;
import com.leadbench.scoring.analysis.Suggestion;
import com.leadbench.scoring.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scores against outcomes for the tuning studio: the backtest of published and draft side by side,
 * weights suggested from outcomes, and candidate rules. Everything runs off the FX thread; the
 * outcomes are read once.
 */
public final class AnalysisViewModel {

    /** Published and draft backtests of the same leads, and of their accounts against won deals per account. */
    public record Comparison(BacktestReport published, BacktestReport draft, AccountBacktest.Result publishedAccounts,
                             AccountBacktest.Result draftAccounts) {
    }

    private final TuningSource source;
    private final TuningViewModel tuning;
    private final TaskExecutor executor;
    private final LatestOnly<Scorecard, Comparison> backtests;
    private volatile Outcomes outcomes;
    private ReplayViewModel replay;

    private final ReadOnlyObjectWrapper<Comparison> backtest = new ReadOnlyObjectWrapper<>(this, "backtest");
    private final ReadOnlyObjectWrapper<Suggestion> suggestion = new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty includeFlagged = new SimpleBooleanProperty(this, "includeFlagged", false);

    public AnalysisViewModel(TuningSource source, TuningViewModel tuning, TaskExecutor executor) {
        this.source = source;
        this.tuning = tuning;
        this.executor = executor;
        this.backtests = new LatestOnly<>(executor, this::compare, result -> {
            backtest.set(result);
            message.set("");
        }, failure -> message.set("Backtest failed: " + failure.getMessage()));
    }

    /** The capacity replay of the same draft (made when first asked for). */
    public synchronized ReplayViewModel replay() {
        if (replay == null) {
            replay = new ReplayViewModel(source, tuning, executor);
        }
        return replay;
    }

    private Outcomes outcomes() {
        Outcomes o = outcomes;
        if (o == null) {
            o = source.outcomes();
            outcomes = o;
        }
        return o;
    }

    private long now() {
        return source.now().toEpochMilli();
    }

    // ------------------------------------------------------------------ backtest

    /** Backtests the published scorecard and the current draft (the newest request wins). */
    public void runBacktest() {
        message.set("Backtesting…");
        backtests.submit(tuning.draftProperty().get());
    }

    private Comparison compare(Scorecard draft) {
        Outcomes o = outcomes();
        if (!o.any()) {
            throw new IllegalStateException("no sales outcomes in this database yet (import or record won/accepted leads first)");
        }
        BacktestReport published = Backtest.run(source.columns(), tuning.published(), o, now());
        BacktestReport drafted = Backtest.run(source.columns(), draft, o, now());
        return new Comparison(published, drafted, AccountBacktest.run(source.columns(), o, tuning.published(), now()),
                AccountBacktest.run(source.columns(), o, draft, now()));
    }

    // ------------------------------------------------------------------ suggested weights

    public void suggestWeights(long seed) {
        message.set("Fitting weights to outcomes…");
        Scorecard draft = tuning.draftProperty().get();
        executor.execute(() -> {
            Outcomes o = outcomes();
            if (!o.any()) {
                throw new IllegalStateException("no sales outcomes in this database yet");
            }
            return Calibration.suggest(source.columns(), tuning.published(), draft, o, now(), seed);
        }, s -> {
            suggestion.set(s);
            message.set(String.format("Held-out AUC: current %.3f, draft %.3f, suggested %.3f (%,d train / %,d validation leads)",
                    s.aucCurrent(), s.aucDraft(), s.aucSuggested(), s.trainSize(), s.validationSize()));
        }, failure -> message.set("Could not suggest weights: " + failure.getMessage()));
    }

    /** Accepts one rule's suggested points into the draft (undoable). */
    public void accept(Suggestion.RuleSuggestion rule) {
        Suggestion s = suggestion.get();
        if (s == null) {
            return;
        }
        s.suggested().rule(rule.ruleId()).ifPresent(suggested -> tuning.edit(
                "Accept suggested points for " + rule.label() + " (" + fmt(rule.currentPoints()) + " → " + fmt(rule.suggestedPoints()) + ")",
                c -> c.rule(rule.ruleId()).isPresent() ? c.withRule(suggested) : c));
    }

    /** Accepts every suggestion at once, as one undoable edit. */
    public void acceptAll() {
        Suggestion s = suggestion.get();
        if (s == null) {
            return;
        }
        tuning.edit("Accept all suggested weights", c -> {
            List<Rule> next = new ArrayList<>();
            for (Rule r : c.rules()) {
                next.add(s.suggested().rule(r.id()).orElse(r));
            }
            return c.withRules(next);
        });
    }

    // ------------------------------------------------------------------ candidate rules

    public void findCandidates(int minSupport) {
        message.set("Looking for signals the scorecard misses…");
        int window = tuning.draftProperty().get().windowDays();
        executor.execute(() -> CandidateRules.find(source.columns(), outcomes(), now(), minSupport, window), found -> {
            candidates.setAll(found);
            long flagged = found.stream().filter(Candidate::leaks).count();
            message.set(found.isEmpty() ? "No value has enough leads (" + minSupport + "+) to judge."
                    : flagged == 0 ? "" : String.format(Locale.US, "%,d of %,d candidates look recorded after the outcome (flagged):"
                    + " Add all leaves them out.", flagged, found.size()));
        }, failure -> message.set("Could not look for candidates: " + failure.getMessage()));
    }

    /**
     * Adds every candidate not in the draft yet as a rule with 0 points, in one undoable edit; a candidate flagged as
     * recorded after the outcome only when {@link #includeFlaggedProperty()} is on. The message says how many were
     * added and how many flagged ones were left out.
     */
    public void addAll() {
        Set<String> inDraft = new HashSet<>();
        tuning.draftProperty().get().rules().forEach(r -> inDraft.add(r.id()));
        boolean flaggedToo = includeFlagged.get();
        List<Rule> added = new ArrayList<>();
        int leftOut = 0;
        int already = 0;
        int flaggedAdded = 0;
        for (Candidate c : candidates) {
            if (c.leaks() && !flaggedToo) {
                leftOut++;
            } else if (!inDraft.add(c.rule().id())) {
                already++;
            } else {
                added.add(c.rule());
                flaggedAdded += c.leaks() ? 1 : 0;
            }
        }
        String skipped = (already == 0 ? "" : String.format(Locale.US, "; %,d already in the draft", already))
                + (leftOut == 0 ? "" : String.format(Locale.US, "; %,d flagged as recorded after the outcome left out"
                + " (tick Include flagged to add them)", leftOut));
        if (added.isEmpty()) {
            message.set("No candidate added" + skipped + ".");
            return;
        }
        String name = String.format(Locale.US, "Add %,d candidate rule%s", added.size(), added.size() == 1 ? "" : "s");
        tuning.edit(name, c -> {
            List<Rule> next = new ArrayList<>(c.rules());
            for (Rule rule : added) {
                if (c.rule(rule.id()).isEmpty()) {
                    next.add(rule);
                }
            }
            return c.withRules(next);
        });
        message.set(String.format(Locale.US, "Added %,d candidate rule%s with 0 points%s%s. Run Suggest weights to price them.",
                added.size(), added.size() == 1 ? "" : "s",
                flaggedAdded == 0 ? "" : String.format(Locale.US, ", %,d of them flagged", flaggedAdded), skipped));
    }

    /** Adds a candidate as a rule with 0 points to the draft (undoable); "Suggest weights" prices it. */
    public void add(Candidate candidate) {
        Rule rule = candidate.rule();
        if (tuning.draftProperty().get().rule(rule.id()).isPresent()) {
            message.set(rule.label() + " is already in the draft.");
            return;
        }
        tuning.edit("Add candidate rule " + rule.label(), c -> {
            List<Rule> next = new ArrayList<>(c.rules());
            next.add(rule);
            return c.withRules(next);
        });
        message.set("Added " + rule.label() + " with 0 points: run Suggest weights to price it.");
    }

    private static String fmt(double v) {
        return com.leadbench.scoring.rules.Points.format(v);
    }

    public ReadOnlyObjectProperty<Comparison> backtestProperty() {
        return backtest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Suggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** Whether "Add all" adds the candidates flagged as recorded after the outcome too; off until the user ticks it. */
    public BooleanProperty includeFlaggedProperty() {
        return includeFlagged;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
