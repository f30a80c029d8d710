package com.leadbench.scoring.analysis;

import com.leadbench.scoring.routing.Deadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * How fast sales works through the leads it is sent, as observed: the first contacts sales recorded in a
 * period, per business day of that period (the scorecard's calendar: weekends and holidays are not
 * worked). A replay uses it to say how many of the leads a scorecard would have sent were contacted
 * within their deadline at that pace.
 */
public record TeamPace(double perBusinessDay, int firstContacts, int businessDays) {

    /** The pace over [from, to), or empty when no first contact was recorded in it (the pace is then unknown). */
    public static Optional<TeamPace> observed(Collection<Instant> firstContacts, Instant from, Instant to, Deadlines deadlines) {
        int contacts = 0;
        for (Instant at : firstContacts) {
            if (!at.isBefore(from) && at.isBefore(to)) {
                contacts++;
            }
        }
        int days = 0;
        var calendar = deadlines.calendar();
        LocalDate last = to.minusMillis(1).atZone(deadlines.zone()).toLocalDate();
        for (LocalDate d = from.atZone(deadlines.zone()).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            days += calendar.isBusinessDay(d) ? 1 : 0;
        }
        if (contacts == 0 || days == 0) {
            return Optional.empty();
        }
        return Optional.of(new TeamPace((double) contacts / days, contacts, days));
    }
}
