package com.leadbench.demo;

import com.leadbench.model.FollowUpKind;
import com.leadbench.model.SalesFollowUp;
import com.leadbench.scoring.StageChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo sales answer Leadbench's alerts. The generator times sales' first contact from the end of
 * each burst of activity, but a lead qualifies part-way through its burst, when the scorecard
 * crosses a threshold; once the demo history is replayed (so the qualification times are known),
 * each follow-up chain (a first contact and the reports after it) is moved earlier so that the first
 * contact comes a log-normal delay (median 20 hours, a tail of a few days) after the alert sales
 * answered: two times in three the lead's becoming an MQL (the start of its qualified run), else its
 * latest move (to SQL, say). Chains are only ever moved earlier, never before that alert; a chain
 * with no qualification before it stays as generated. Seeded: the same data gives the same times.
 */
public final class SalesResponse {

    private static final double MEDIAN_HOURS = 20;
    private static final double SIGMA = 1.1;
    private static final long HOUR_MS = 3_600_000L;

    private SalesResponse() {
    }

    /**
     * The follow-ups of one contact with their new times (all of them, in their order), given the
     * contact's stage changes, oldest first.
     */
    public static List<SalesFollowUp> retime(List<SalesFollowUp> followUps, List<StageChange> changes, long seed) {
        List<SalesFollowUp> out = new ArrayList<>(followUps.size());
        int i = 0;
        while (i < followUps.size()) {
            int end = i + 1;
            while (end < followUps.size() && followUps.get(end).kind() != FollowUpKind.FIRST_CONTACT) {
                end++;
            }
            List<SalesFollowUp> chain = followUps.subList(i, end);
            SalesFollowUp first = chain.getFirst();
            Instant runStart = null;
            Instant latest = null;
            for (StageChange c : changes) {
                if (c.at().isAfter(first.at())) {
                    break;
                }
                boolean qualifies = c.to().isQualified();
                if (qualifies && !c.from().isQualified()) {
                    runStart = c.at();
                } else if (!qualifies) {
                    runStart = null;
                }
                latest = qualifies ? c.at() : null;
            }
            long shift = 0;
            if (first.kind() == FollowUpKind.FIRST_CONTACT && latest != null && runStart != null) {
                Random random = new Random(seed * 1_000_003L + first.contactId() * 31L + i);
                Instant qualified = random.nextDouble() < 2.0 / 3 ? runStart : latest;
                long delay = (long) (Math.exp(Math.log(MEDIAN_HOURS) + SIGMA * random.nextGaussian()) * HOUR_MS);
                long wanted = qualified.toEpochMilli() + delay;
                shift = Math.max(0, first.at().toEpochMilli() - wanted);
            }
            for (SalesFollowUp f : chain) {
                out.add(shift == 0 ? f : new SalesFollowUp(f.id(), f.contactId(), f.kind(), f.at().minusMillis(shift), f.amount(), f.note()));
            }
            i = end;
        }
        return out;
    }
}
