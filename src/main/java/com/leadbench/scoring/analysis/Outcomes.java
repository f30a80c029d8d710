package com.leadbench.scoring.analysis;

import java.util.Arrays;
import java.util.Objects;

/**
 * What sales reported per lead, indexed like {@link com.leadbench.scoring.preview.LeadColumns}.
 * Times are epoch millis; {@link #ABSENT} ({@code Long.MIN_VALUE}) when absent.
 *
 * <ul>
 *   <li>{@code won}: sales reported a won deal;</li>
 *   <li>{@code accepted}: sales accepted the lead; a won lead always counts as accepted;</li>
 *   <li>{@code firstFollowUpAt}: the first thing sales reported (first contact, accepted, rejected, won or lost);</li>
 *   <li>{@code qualifiedAt}: the first recorded stage transition to MQL or SQL.</li>
 * </ul>
 * The arrays are copied in; the accessors hand out the record's own arrays, read-only by convention.
 */
public record Outcomes(boolean[] won, boolean[] accepted, long[] firstFollowUpAt, long[] qualifiedAt) {

    /** The value of a time that is not known. */
    public static final long ABSENT = Long.MIN_VALUE;

    public Outcomes {
        int n = won.length;
        if (accepted.length != n || firstFollowUpAt.length != n || qualifiedAt.length != n) {
            throw new IllegalArgumentException("one entry per lead in every column: won " + n + ", accepted " + accepted.length
                    + ", firstFollowUpAt " + firstFollowUpAt.length + ", qualifiedAt " + qualifiedAt.length);
        }
        won = won.clone();
        accepted = accepted.clone();
        for (int i = 0; i < n; i++) {
            accepted[i] |= won[i];
        }
        firstFollowUpAt = firstFollowUpAt.clone();
        qualifiedAt = qualifiedAt.clone();
    }

    /** {@code n} leads of which sales reported nothing. */
    public static Outcomes none(int n) {
        long[] absent = new long[n];
        Arrays.fill(absent, ABSENT);
        return new Outcomes(new boolean[n], new boolean[n], absent, absent);
    }

    public int size() {
        return won.length;
    }

    /** How many leads were won. */
    public int wins() {
        int wins = 0;
        for (boolean w : won) {
            if (w) {
                wins++;
            }
        }
        return wins;
    }

    /** True when at least one lead was won or accepted: there is something to backtest against. */
    public boolean any() {
        for (boolean a : accepted) {
            if (a) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcomes other && Arrays.equals(won, other.won) && Arrays.equals(accepted, other.accepted)
                && Arrays.equals(firstFollowUpAt, other.firstFollowUpAt) && Arrays.equals(qualifiedAt, other.qualifiedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(won), Arrays.hashCode(accepted), Arrays.hashCode(firstFollowUpAt),
                Arrays.hashCode(qualifiedAt));
    }

    @Override
    public String toString() {
        return "Outcomes[" + size() + " leads, " + wins() + " won]";
    }
}
