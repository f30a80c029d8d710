package com.leadbench.importing.matching;

import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.OutcomeColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping the matcher suggests, with one {@link ColumnMatch} per column of the file, in file order.
 * The mapping follows the lines: placed columns in {@code columns}, left-out ones in {@code dropped},
 * the outcome column in {@code outcome}; a column kept under its own name is simply not named (the
 * mapping keeps it), one kept under another name is placed as {@code custom:<name>}.
 */
public record MappingGuess(ImportMapping mapping, List<ColumnMatch> columns) {

    public MappingGuess {
        Objects.requireNonNull(mapping, "mapping");
        columns = List.copyOf(columns);
    }

    /** The line of {@code column}, if the file has it. */
    public Optional<ColumnMatch> column(String column) {
        return columns.stream().filter(c -> c.column().equals(column)).findFirst();
    }

    /** The column placed into {@code target}, if any. */
    public Optional<String> columnFor(String target) {
        return columns.stream().filter(c -> target.equals(c.target())).map(ColumnMatch::column).findFirst();
    }

    /** One line per column, as the CLI prints them: {@code Email Address -> email (0.97)}. */
    public List<String> lines() {
        return columns.stream().map(ColumnMatch::line).toList();
    }

    /**
     * This guess with {@code column} sent to {@code target} (a target field, {@code custom:<name>},
     * or null to leave it out), as a person chose. A column that held that target before is kept as a
     * custom field instead, so no target is placed twice. {@link ColumnMatch#OUTCOME} cannot be chosen
     * here (an outcome needs its values: see {@link MappingMatcher#outcomeOf}); choosing another target for
     * the outcome column removes the outcome.
     */
    public MappingGuess withTarget(String column, String target) {
        if (ColumnMatch.OUTCOME.equals(target)) {
            throw new IllegalArgumentException("the outcome column is chosen with its values: MappingMatcher.outcomeOf");
        }
        if (column(column).isEmpty()) {
            throw new IllegalArgumentException("the file has no column \"" + column + "\"");
        }
        boolean isField = target != null && !target.startsWith(ImportFields.CUSTOM_PREFIX);
        List<ColumnMatch> next = new ArrayList<>();
        for (ColumnMatch c : columns) {
            if (c.column().equals(column)) {
                next.add(c.chosen(target));
            } else if (isField && target.equals(c.target())) {
                next.add(new ColumnMatch(c.column(), ImportFields.CUSTOM_PREFIX + c.column(), c.confidence(),
                        "kept as a custom field: " + column + " is the " + target + " now", c.samples()));
            } else {
                next.add(c);
            }
        }
        Optional<OutcomeColumn> outcome = mapping.outcome().filter(o -> !o.column().equals(column));
        return of(mapping.withOutcome(outcome), next);
    }

    /** This guess with {@code outcome} as the outcome column (or none), its line saying so. */
    public MappingGuess withOutcome(Optional<OutcomeColumn> outcome, String reason) {
        List<ColumnMatch> next = new ArrayList<>();
        for (ColumnMatch c : columns) {
            boolean isIt = outcome.isPresent() && outcome.get().column().equals(c.column());
            if (isIt) {
                next.add(new ColumnMatch(c.column(), ColumnMatch.OUTCOME, 1.0, reason, c.samples()));
            } else if (ColumnMatch.OUTCOME.equals(c.target())) {
                next.add(new ColumnMatch(c.column(), ImportFields.CUSTOM_PREFIX + c.column(), c.confidence(),
                        "kept as a custom field", c.samples()));
            } else {
                next.add(c);
            }
        }
        return of(mapping.withOutcome(outcome), next);
    }

    /** The guess whose mapping follows {@code lines}, keeping everything else of {@code base} (name, constants, day order, ...). */
    static MappingGuess of(ImportMapping base, List<ColumnMatch> lines) {
        Map<String, String> placed = new LinkedHashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ColumnMatch c : lines) {
            if (!seen.add(c.column())) {
                continue; // a repeated name: the mapping can only speak of the first
            }
            if (c.dropped()) {
                dropped.add(c.column());
            } else if (c.placed() || (c.isCustom() && !c.target().equals(ImportFields.CUSTOM_PREFIX + c.column()))) {
                placed.put(c.column(), c.target());
            }
        }
        return new MappingGuess(base.withColumns(placed).withDropped(dropped), lines);
    }
}
