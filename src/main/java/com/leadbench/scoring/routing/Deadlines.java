package com.leadbench.scoring.routing;

import com.leadbench.model.LifecycleStage;
import com.leadbench.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Response deadlines: an MQL must be contacted within its tier's number of business days after
 * it qualified, an SQL within {@code sqlBusinessDays}; days are counted in {@code zone}, skipping
 * weekends and the holidays. The deadline is the end of the last allowed day.
 */
public record Deadlines(Map<Tier, Integer> tierBusinessDays, int sqlBusinessDays, Set<LocalDate> holidays, ZoneId zone) {

    public static final Deadlines DEFAULT = new Deadlines(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 5), 1, Set.of(), ZoneId.of("UTC"));

    public Deadlines {
        tierBusinessDays = Map.copyOf(new EnumMap<>(tierBusinessDays));
        holidays = Set.copyOf(holidays);
        Objects.requireNonNull(zone, "zone");
    }

    public BusinessCalendar calendar() {
        return new BusinessCalendar(holidays);
    }

    /** The business days allowed for a lead at {@code stage} in {@code tier}. */
    public int businessDays(Tier tier, LifecycleStage stage) {
        if (stage == LifecycleStage.SQL) {
            return sqlBusinessDays;
        }
        Integer days = tierBusinessDays.get(tier);
        if (days != null) {
            return days;
        }
        // a tier without a number (an overridden or fast-tracked lead below the tiers) gets the longest one
        return tierBusinessDays.values().stream().mapToInt(Integer::intValue).max().orElse(sqlBusinessDays);
    }

    /** When a lead that qualified at {@code qualifiedAt} must have been contacted. */
    public Deadline deadline(Instant qualifiedAt, Tier tier, LifecycleStage stage) {
        int days = businessDays(tier, stage);
        LocalDate start = qualifiedAt.atZone(zone).toLocalDate();
        LocalDate due = calendar().plusBusinessDays(start, days);
        Instant end = due.plusDays(1).atStartOfDay(zone).toInstant();
        return new Deadline(qualifiedAt, days, due, end);
    }

    /** A lead's deadline: the last allowed day ({@code due}) and the instant it ends ({@code endsAt}). */
    public record Deadline(Instant qualifiedAt, int businessDays, LocalDate due, Instant endsAt) {

        public boolean passed(Instant now) {
            return !now.isBefore(endsAt);
        }
    }
}
