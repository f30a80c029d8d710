package com.leadbench.importing;

import com.leadbench.model.FollowUpKind;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A contacts file that carries its own outcome: one column whose values mean won, lost, or nothing
 * yet (open), and where its date comes from.
 *
 * <ul>
 *   <li>{@code won}: the values that mean won, compared ignoring case and surrounding spaces;
 *       {@value #ANY} alone means "any non-empty value" (e.g. a converted-opportunity id);</li>
 *   <li>{@code lost}: the values that mean lost; when empty, every other non-empty value is lost;
 *       an empty cell is always skipped (no outcome);</li>
 *   <li>{@code skip}: values that mean "still open", never an outcome (e.g. an open stage);</li>
 *   <li>{@code dateColumn}: the column with the outcome's date, or null;</li>
 *   <li>{@code dateFallback}: the column used when {@code dateColumn} is absent or empty on a row,
 *       or null: then the time of the import (the summary says how many rows took it).</li>
 * </ul>
 */
public record OutcomeColumn(String column, Set<String> won, Set<String> lost, Set<String> skip, String dateColumn,
                            String dateFallback) {

    /** "Any non-empty value means won." */
    public static final String ANY = "*";

    public OutcomeColumn {
        Objects.requireNonNull(column, "column");
        won = normalised(Objects.requireNonNull(won, "won"));
        lost = normalised(Objects.requireNonNullElse(lost, Set.of()));
        skip = normalised(Objects.requireNonNullElse(skip, Set.of()));
        if (won.isEmpty()) {
            throw new IllegalArgumentException("an outcome column needs at least one value that means won (or \"*\")");
        }
    }

    /** What {@code cell} means: WON, LOST, or empty for no outcome (an empty cell, a skipped or unknown value). */
    public Optional<FollowUpKind> classify(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String value = key(cell);
        if (skip.contains(value)) {
            return Optional.empty();
        }
        if (won.contains(ANY) || won.contains(value)) {
            return Optional.of(FollowUpKind.WON);
        }
        if (lost.isEmpty() || lost.contains(value)) {
            return Optional.of(FollowUpKind.LOST);
        }
        return Optional.empty();
    }

    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalised(Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            out.add(key(Objects.requireNonNull(v, "value")));
        }
        return Collections.unmodifiableSet(out);
    }
}
