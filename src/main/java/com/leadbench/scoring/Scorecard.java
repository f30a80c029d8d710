package com.leadbench.scoring;

import com.leadbench.model.Tier;
import com.leadbench.scoring.routing.Deadlines;
import com.leadbench.scoring.routing.RouteRule;
import com.leadbench.scoring.routing.Routing;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.Points;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.rules.ScorecardProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A named set of rules with point values: exclusions, fit and intent rules (in the order they are
 * evaluated and shown: the fit rules, then the intent rules), the default intent window, the thresholds, the fast-track requests, and
 * where qualified leads go and by when (routing and response deadlines).
 */
public record Scorecard(String name, int windowDays, List<ExclusionRule> exclusions, List<Rule> rules,
                        Thresholds thresholds, FastTrack fastTrack, Routing routing, Deadlines deadlines, AccountScoring accounts) {

    /** A scorecard that scores accounts the default way ({@link AccountScoring#DEFAULT}). */
    public Scorecard(String name, int windowDays, List<ExclusionRule> exclusions, List<Rule> rules,
                     Thresholds thresholds, FastTrack fastTrack, Routing routing, Deadlines deadlines) {
        this(name, windowDays, exclusions, rules, thresholds, fastTrack, routing, deadlines, AccountScoring.DEFAULT);
    }

    /** A scorecard that sends every lead to one queue with the default deadlines. */
    public Scorecard(String name, int windowDays, List<ExclusionRule> exclusions, List<Rule> rules,
                     Thresholds thresholds, FastTrack fastTrack) {
        this(name, windowDays, exclusions, rules, thresholds, fastTrack, Routing.SINGLE_QUEUE, Deadlines.DEFAULT);
    }

    public Scorecard {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(name, "name");
        exclusions = List.copyOf(exclusions);
        // fit rules first, as a document lists them, so that a card added to in any order reads back the same
        rules = Stream.concat(rules.stream().filter(r -> r.part() == RulePart.FIT), rules.stream().filter(r -> r.part() == RulePart.INTENT))
                .toList();
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(fastTrack, "fastTrack");
    }

    public List<Rule> rules(RulePart part) {
        return rules.stream().filter(r -> r.part() == part).toList();
    }

    public Optional<Rule> rule(String id) {
        // a plain loop: the handoff looks up every contribution's rule for every queued lead
        for (Rule r : rules) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** This scorecard with the rule of the same id replaced. */
    public Scorecard withRule(Rule replacement) {
        List<Rule> next = new ArrayList<>(rules);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(replacement.id())) {
                next.set(i, replacement);
                return new Scorecard(name, windowDays, exclusions, next, thresholds, fastTrack, routing, deadlines, accounts);
            }
        }
        throw new IllegalArgumentException("no rule " + replacement.id());
    }

    public Scorecard withRules(List<Rule> next) {
        return new Scorecard(name, windowDays, exclusions, next, thresholds, fastTrack, routing, deadlines, accounts);
    }

    public Scorecard withExclusions(List<ExclusionRule> next) {
        return new Scorecard(name, windowDays, next, rules, thresholds, fastTrack, routing, deadlines, accounts);
    }

    public Scorecard withThresholds(UnaryOperator<Thresholds> change) {
        return new Scorecard(name, windowDays, exclusions, rules, change.apply(thresholds), fastTrack, routing, deadlines, accounts);
    }

    public Scorecard withRouting(com.leadbench.scoring.routing.Routing next) {
        return new Scorecard(name, windowDays, exclusions, rules, thresholds, fastTrack, next, deadlines, accounts);
    }

    public Scorecard withAccounts(AccountScoring next) {
        return new Scorecard(name, windowDays, exclusions, rules, thresholds, fastTrack, routing, deadlines, next);
    }

    public Scorecard withWindowDays(int days) {
        return new Scorecard(name, days, exclusions, rules, thresholds, fastTrack, routing, deadlines, accounts);
    }

    /** Every problem that makes this scorecard unusable, with the path of the field at fault. */
    public List<ScorecardProblem> problems() {
        List<ScorecardProblem> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add(ScorecardProblem.empty("$.name"));
        }
        if (windowDays < 1) {
            problems.add(new ScorecardProblem("$.windowDays", "the window must be at least 1 day, was " + windowDays));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < exclusions.size(); i++) {
            String at = "$.exclusions[" + i + "]";
            if (exclusions.get(i).id().isBlank()) {
                problems.add(ScorecardProblem.empty(at + ".id"));
            } else if (!ids.add(exclusions.get(i).id())) {
                problems.add(new ScorecardProblem(at + ".id", "rule id \"" + exclusions.get(i).id() + "\" is used twice"));
            }
            problems.addAll(exclusions.get(i).problems(at));
        }
        List<Rule> fit = rules(RulePart.FIT);
        List<Rule> intent = rules(RulePart.INTENT);
        checkRules("$.fit", fit, ids, problems);
        checkRules("$.intent", intent, ids, problems);
        Thresholds t = thresholds;
        checkNumber("$.fitGate", t.fitGate(), problems);
        checkNumber("$.tiers.A.minScore", t.a().minScore(), problems);
        checkNumber("$.tiers.B.minScore", t.b().minScore(), problems);
        checkNumber("$.tiers.C.minScore", t.c().minScore(), problems);
        checkNumber("$.sqlThreshold", t.sqlThreshold(), problems);
        if (!(t.a().minScore() > t.b().minScore())) {
            problems.add(new ScorecardProblem("$.tiers.A.minScore", "Tier A (" + Points.format(t.a().minScore())
                    + ") must be above Tier B (" + Points.format(t.b().minScore()) + ")"));
        }
        if (!(t.b().minScore() > t.c().minScore())) {
            problems.add(new ScorecardProblem("$.tiers.B.minScore", "Tier B (" + Points.format(t.b().minScore())
                    + ") must be above Tier C (" + Points.format(t.c().minScore()) + ")"));
        }
        if (!t.mqlTier().isTier()) {
            problems.add(new ScorecardProblem("$.mqlTier", "the MQL tier must be A, B or C"));
        } else if (t.sqlThreshold() < t.spec(t.mqlTier()).minScore()) {
            problems.add(new ScorecardProblem("$.sqlThreshold", "the SQL threshold (" + Points.format(t.sqlThreshold())
                    + ") is below the MQL tier's (" + Points.format(t.spec(t.mqlTier()).minScore()) + "): every MQL would be an SQL"));
        }
        checkRouting(problems);
        problems.addAll(accounts.problems(rules));
        if (fastTrack.enabled() && fastTrack.types().isEmpty()) {
            problems.add(new ScorecardProblem("$.fastTrack.types", "must not be empty: name the requests that fast-track a lead, "
                    + "or switch fast-track off"));
        }
        if (fastTrack.windowDays() != null && fastTrack.windowDays() < 1) {
            problems.add(new ScorecardProblem("$.fastTrack.windowDays", "the window must be at least 1 day"));
        }
        return problems;
    }

    private void checkRouting(List<ScorecardProblem> problems) {
        Set<String> routeIds = new HashSet<>();
        for (int i = 0; i < routing.rules().size(); i++) {
            RouteRule r = routing.rules().get(i);
            String at = "$.routing.rules[" + i + "]";
            if (r.id().isBlank()) {
                problems.add(ScorecardProblem.empty(at + ".id"));
            } else if (!routeIds.add(r.id())) {
                problems.add(new ScorecardProblem(at + ".id", "routing rule id \"" + r.id() + "\" is used twice"));
            }
            if (r.queue().isBlank()) {
                problems.add(new ScorecardProblem(at + ".queue", "names no queue or owner"));
            }
            if (r.tiers().stream().anyMatch(t -> !t.isTier())) {
                problems.add(new ScorecardProblem(at + ".tiers", "tiers must be A, B or C"));
            }
        }
        for (var e : deadlines.tierBusinessDays().entrySet()) {
            if (!e.getKey().isTier()) {
                problems.add(new ScorecardProblem("$.deadlines.businessDays", "tiers must be A, B or C, not " + e.getKey().label()));
            } else if (e.getValue() < 0 || e.getValue() > 60) {
                problems.add(new ScorecardProblem("$.deadlines.businessDays." + e.getKey().name(),
                        "must be between 0 and 60 business days, was " + e.getValue()));
            }
        }
        if (deadlines.sqlBusinessDays() < 0 || deadlines.sqlBusinessDays() > 60) {
            problems.add(new ScorecardProblem("$.deadlines.sqlBusinessDays", "must be between 0 and 60 business days, was "
                    + deadlines.sqlBusinessDays()));
        }
    }

    private static void checkNumber(String path, double value, List<ScorecardProblem> problems) {
        if (!Double.isFinite(value)) {
            problems.add(ScorecardProblem.notANumber(path));
        }
    }

    private static void checkRules(String base, List<Rule> list, Set<String> ids, List<ScorecardProblem> problems) {
        for (int i = 0; i < list.size(); i++) {
            Rule r = list.get(i);
            String at = base + "[" + i + "]";
            if (r.id().isBlank()) {
                problems.add(ScorecardProblem.empty(at + ".id"));
            } else if (!ids.add(r.id())) {
                problems.add(new ScorecardProblem(at + ".id", "rule id \"" + r.id() + "\" is used twice"));
            }
            if (!Double.isFinite(r.points())) {
                problems.add(new ScorecardProblem(at + ".points", "points must be a number"));
            }
            problems.addAll(r.problems(at));
            if (r instanceof ActivityBased a) {
                if (a.cap() != null && !Double.isFinite(a.cap())) {
                    problems.add(ScorecardProblem.notANumber(at + ".cap"));
                } else if (a.cap() != null && a.cap() < 0) {
                    problems.add(new ScorecardProblem(at + ".cap", "a cap cannot be negative, was " + Points.format(a.cap())));
                }
                if (a.windowDays() != null && a.windowDays() < 1) {
                    problems.add(new ScorecardProblem(at + ".windowDays", "the window must be at least 1 day, was " + a.windowDays()));
                }
                if (a.decay().kind() == Decay.Kind.HALF_LIFE && Double.isInfinite(a.decay().halfLifeDays())) {
                    problems.add(ScorecardProblem.notANumber(at + ".decay.halfLifeDays"));
                } else if (a.decay().kind() == Decay.Kind.HALF_LIFE && !(a.decay().halfLifeDays() > 0)) {
                    problems.add(new ScorecardProblem(at + ".decay.halfLifeDays", "a half-life must be more than 0 days"));
                }
            }
        }
    }
}
