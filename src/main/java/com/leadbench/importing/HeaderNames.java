package com.leadbench.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The names of a file's columns, from its header's cells: what {@link CsvSource#headers()} gives. */
final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * Names from the header's cells: stripped, blank ones by position, repeated ones numbered, each
     * repetition with a warning on {@code line} (the header's) added to {@code warnings}.
     */
    static List<String> of(List<String> cells, long line, List<ImportWarning> warnings) {
        List<String> names = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).replace("\uFEFF", "").strip();
            names.add(name.isEmpty() ? "column_" + (i + 1) : name);
        }
        Set<String> taken = new HashSet<>(names);
        Map<String, List<Integer>> repeated = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!seen.add(name)) {
                List<Integer> at = repeated.computeIfAbsent(name, k -> new ArrayList<>(List.of(names.indexOf(k))));
                at.add(i);
                int n = at.size();
                String renamed = name + " (" + n + ")";
                while (taken.contains(renamed)) {
                    renamed = name + " (" + ++n + ")";
                }
                taken.add(renamed);
                names.set(i, renamed);
            }
        }
        repeated.forEach((name, at) -> warnings.add(new ImportWarning(line, name, "the header names \"" + ImportLimits.cut(name)
                + "\" " + at.size() + " times (columns " + at.stream().limit(10).map(i -> String.valueOf(i + 1))
                .collect(Collectors.joining(", ")) + (at.size() > 10 ? ", ..." : "") + "); the first keeps the name, "
                + at.stream().skip(1).limit(3).map(i -> "\"" + ImportLimits.cut(names.get(i)) + "\"")
                .collect(Collectors.joining(", ")) + (at.size() > 4 ? ", ..." : "")
                + (at.size() == 2 ? " is the other" : " are the others"))));
        return List.copyOf(names);
    }
}
