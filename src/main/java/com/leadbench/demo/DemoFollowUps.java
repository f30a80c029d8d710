package com.leadbench.demo;

import static com.leadbench.demo.DemoCatalog.*;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo's sales follow-ups: how sales responds to a buying episode (sometimes late or never) and
 * whether it is won. Drawn from the generator's one random, so the demo stays the same for a seed.
 */
final class DemoFollowUps extends DemoDraws {

    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

    private final Instant end;
    private final List<SalesFollowUp> pendingFollowUps = new ArrayList<>();
    private final List<Closing> closings = new ArrayList<>();
    private long nextFollowUpId = 1;

    DemoFollowUps(SplittableRandom random, Instant end) {
        super(random);
        this.end = end;
    }

    /** The follow-ups made since the generator last took them (it clears the list). */
    List<SalesFollowUp> pending() {
        return pendingFollowUps;
    }

    /**
     * Sales' follow-up of one buying episode, drawn from the shared random in the generator's order:
     * first contact (or none), then accepted or rejected, then won or lost, as far as the history reaches.
     */
    void salesFollowUp(DemoGenerator.DemoPerson p, long qualifiedAt, double strength, String line, boolean urgent) {
        long id = p.contact().id();
        long now = end.toEpochMilli();
        if (random.nextDouble() < 0.12) {
            return; // never contacted
        }
        double hours = Math.exp(Math.log(urgent ? 6 : 20) + 1.1 * random.nextGaussian());
        long firstContact = qualifiedAt + (long) (hours * HOUR_MS);
        if (firstContact >= now) {
            return;
        }
        report(new SalesFollowUp(nextFollowUpId++, id, FollowUpKind.FIRST_CONTACT, Instant.ofEpochMilli(firstContact), null,
                "Called by " + pick(SALES_REPS)));
        long decidedAt = firstContact + (1 + random.nextInt(5)) * DAY_MS;
        if (decidedAt >= now) {
            return;
        }
        double accept = sigmoid(-2.2 + 3.0 * p.fit() + 1.8 * strength);
        if (random.nextDouble() >= accept) {
            report(new SalesFollowUp(nextFollowUpId++, id, FollowUpKind.REJECTED, Instant.ofEpochMilli(decidedAt), null,
                    p.fit() < 0.2 ? "Not a buyer" : "No project this year"));
            return;
        }
        report(new SalesFollowUp(nextFollowUpId++, id, FollowUpKind.ACCEPTED, Instant.ofEpochMilli(decidedAt), null, null));
        long closedAt = decidedAt + (20 + random.nextInt(100)) * DAY_MS;
        if (closedAt >= now) {
            return;
        }
        // decided once every contact is made (see close): whether it is won depends on the whole buying group
        closings.add(new Closing(nextFollowUpId++, id, p.contact().accountId(), closedAt, p.fit(), strength, line,
                random.nextDouble(), random.nextGaussian(), random.nextBoolean()));
    }

    /** A deal sales accepted and closed, waiting for the buying group to be known. The draws are made when it is met. */
    private record Closing(long followUpId, long contactId, Long accountId, long closedAt, double fit, double strength, String line,
                           double chance, double amountNoise, boolean postponed) {
    }

    /**
     * Won or lost, for every deal closed: industrial deals are bought by a group. The chance of a win grows
     * with the contact's fit and episode strength, but most with the number of buying-group roles
     * (engineering, maintenance, procurement, operations) in which someone at the account had a buying
     * episode in the year before the close. So a lone enthusiast rarely wins a deal, and an account
     * score that sees the whole group ranks deals better than the best single contact.
     */
    List<SalesFollowUp> close(BuyingGroups groups) {
        List<SalesFollowUp> out = new ArrayList<>(closings.size());
        for (Closing c : closings) {
            int roles = c.accountId() == null ? 0 : groups.rolesEngaged(c.accountId(), c.closedAt() - BuyingGroups.LOOKBACK_MS, c.closedAt());
            double win = sigmoid(-4.6 + 0.8 * c.fit() + 0.8 * c.strength() + 2.2 * roles);
            if (c.chance() < win) {
                double base = switch (c.line()) {
                    case EQUIPMENT -> 85_000;
                    case COMPONENTS -> 14_000;
                    default -> 26_000;
                };
                double amount = Math.round(base * Math.exp(0.6 * c.amountNoise()) / 100.0) * 100.0;
                out.add(new SalesFollowUp(c.followUpId(), c.contactId(), FollowUpKind.WON, Instant.ofEpochMilli(c.closedAt()), amount, c.line()));
            } else {
                out.add(new SalesFollowUp(c.followUpId(), c.contactId(), FollowUpKind.LOST, Instant.ofEpochMilli(c.closedAt()), null,
                        c.postponed() ? "Project postponed" : "Lost on price"));
            }
        }
        closings.clear();
        return out;
    }

    private void report(SalesFollowUp followUp) {
        pendingFollowUps.add(followUp);
    }
}
