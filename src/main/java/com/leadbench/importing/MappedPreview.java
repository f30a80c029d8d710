package com.leadbench.importing;

import java.util.List;

/**
 * The first rows of a file as the mapping would import them: one column per target field (custom
 * fields as {@code custom:<name>}), values converted and shown as text (dates as ISO instants),
 * the required fields the mapping leaves unplaced, and the problems found so far.
 */
public record MappedPreview(List<String> targetFields, List<List<String>> rows, List<String> missingRequired,
                            List<ImportProblem> problems) {

    public MappedPreview {
        targetFields = List.copyOf(targetFields);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        missingRequired = List.copyOf(missingRequired);
        problems = List.copyOf(problems);
    }
}
