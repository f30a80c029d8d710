package com.leadbench.scoring;

import com.leadbench.model.Activity;
import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.rules.ActivityBased;
import com.leadbench.scoring.rules.ActivityRule;
import com.leadbench.scoring.rules.Decay;
import com.leadbench.scoring.rules.ExclusionRule;
import com.leadbench.scoring.rules.FormKeywordRule;
import com.leadbench.scoring.rules.ProfileRule;
import com.leadbench.scoring.rules.Repeat;
import com.leadbench.scoring.rules.Rule;
import com.leadbench.scoring.rules.RulePart;
import com.leadbench.scoring.rules.Windows;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference engine: (scorecard, lead, as-of time) to an explained breakdown. Pure; the
 * preview engine must agree with it on every score and tier.
 */
public final class ScoringEngine {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ScoringEngine() {
    }

    public static Breakdown score(Scorecard card, LeadFacts lead, Instant asOf) {
        Optional<String> exclusion = Optional.empty();
        for (ExclusionRule rule : card.exclusions()) {
            if (rule.enabled()) {
                exclusion = rule.reason(lead);
                if (exclusion.isPresent()) {
                    break;
                }
            }
        }
        List<Contribution> contributions = new ArrayList<>();
        boolean urgent = false;
        for (Rule rule : card.rules()) {
            if (!rule.enabled()) {
                continue;
            }
            Optional<Contribution> c = switch (rule) {
                case ProfileRule p -> p.evidenceAt(lead, asOf.toEpochMilli()).map(e -> {
                    double value = p.valueAt(lead, asOf.toEpochMilli());
                    return new Contribution(p.id(), p.label(), p.part(), e, p.points() * value, p.apply(value), null);
                });
                case ActivityRule a -> activityContribution(card, a, lead, asOf);
                case FormKeywordRule f -> activityContribution(card, f, lead, asOf);
            };
            if (c.isPresent()) {
                contributions.add(c.get());
                urgent |= rule.marksUrgent();
            }
        }
        Optional<String> request = fastTrackRequest(card, lead, asOf);
        double fit = sum(contributions, RulePart.FIT);
        double total = fit + sum(contributions, RulePart.INTENT);
        Thresholds t = card.thresholds();
        boolean excluded = exclusion.isPresent();
        Tier tier = TierPolicy.tier(t, excluded, fit, total);
        LifecycleStage stage = TierPolicy.stage(t, tier, excluded, fit, total, request.isPresent());
        boolean fastTrack = TierPolicy.fastTracked(t, excluded, fit, request.isPresent());
        String reason = TierPolicy.explain(t, tier, stage, fit, total, exclusion.orElse(null), request.orElse(null));
        return new Breakdown(lead.contact().id(), contributions, exclusion, tier, stage, fastTrack, request,
                urgent && !excluded, reason);
    }

    private static double sum(List<Contribution> contributions, RulePart part) {
        double sum = 0.0;
        for (Contribution c : contributions) {
            if (c.part() == part) {
                sum += c.points();
            }
        }
        return sum;
    }

    /**
     * Sums decay weights over matching activities, oldest first (the order the preview uses too): for
     * intent rules and form keywords alike, whose explanation names the latest match and its date.
     */
    private static Optional<Contribution> activityContribution(Scorecard card, ActivityBased rule, LeadFacts lead, Instant asOf) {
        int window = rule.effectiveWindowDays(card.windowDays());
        long now = asOf.toEpochMilli();
        double value = 0.0;
        int count = 0;
        Activity latest = null;
        for (Activity a : lead.activities()) {
            // the window first: it is a subtraction, matching reads the activity's words
            long age = now - a.occurredAt().toEpochMilli();
            if (!Windows.inside(age, window) || !rule.matches(a)) {
                continue;
            }
            double weight = rule.decay().weight(age, window);
            if (rule.repeat() == Repeat.EACH) {
                value += weight;
            } else {
                value = weight;
            }
            count++;
            latest = a;
        }
        if (count == 0) {
            return Optional.empty();
        }
        int counted = rule.repeat() == Repeat.EACH ? count : 1;
        String evidence = (count > 1 ? count + "× " : "") + rule.describe(latest)
                + (count > 1 ? ", latest on " : " on ") + DATE.format(latest.occurredAt())
                + (rule.repeat() == Repeat.ONCE && count > 1 ? " (counted once)" : "")
                + (rule.decay().kind() != Decay.Kind.NONE ? " (" + rule.decay().describe() + ")" : "");
        return Optional.of(new Contribution(rule.id(), rule.label(), rule.part(), evidence, rule.points() * counted,
                rule.apply(value), latest.occurredAt()));
    }

    private static Optional<String> fastTrackRequest(Scorecard card, LeadFacts lead, Instant asOf) {
        FastTrack ft = card.fastTrack();
        if (!ft.enabled()) {
            return Optional.empty();
        }
        int window = ft.effectiveWindowDays(card.windowDays());
        Activity latest = null;
        for (Activity a : lead.activities()) {
            if (ft.types().contains(a.type()) && Windows.inside(asOf.toEpochMilli() - a.occurredAt().toEpochMilli(), window)) {
                latest = a;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(describeRequest(latest));
    }

    /** How a fast-track request reads in a reason: "demo request on 2026-10-01". */
    static String describeRequest(Activity request) {
        return request.type().label().toLowerCase(java.util.Locale.ROOT) + " on " + DATE.format(request.occurredAt());
    }
}
