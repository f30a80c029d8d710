package com.leadbench.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binding a mapping to one file's header, worked out once: which cell (or constant) feeds each
 * target field, how each date is read, which columns are kept as custom fields, how many characters
 * each cell may have, and what is wrong with the mapping for this file. {@link BoundMapping} reads
 * rows with the result.
 */
final class MappingBinding {

    final ImportMapping mapping;
    final List<String> headers;
    private final FileHeader header;
    final List<ImportFields.Field> fields;
    final Map<String, Integer> fieldIndex = new HashMap<>();
    final ValueSource[] sources;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<String> missingRequired = new ArrayList<>();
    final int[] customColumns;
    final String[] customNames;
    final List<String> customConstantNames = new ArrayList<>();
    final List<ValueSource> customConstants = new ArrayList<>();
    final Set<String> nullValues;
    /** Per column, its value map (keys stripped and in lower case), or null; null when no column has one. */
    final Map<String, String>[] valueMaps;
    /** Per target field, how its dates are read (null for fields that are no date, or that nothing feeds). */
    final DateSource[] dateSources;
    /** Every distinct date source, in the order of the fields, then the outcome's date columns. */
    final List<DateSource> allDates = new ArrayList<>();
    final int outcomeColumn;
    final DateSource outcomeDate;
    final DateSource outcomeFallback;
    final int[] generatedIdColumns;
    /** Per column, the most characters a cell may have (0: the column is dropped, so not limited), and what holds it. */
    final int[] cellLimits;
    final String[] cellHolders;
    final int[] limitedColumns;

    MappingBinding(ImportMapping mapping, List<String> headers) {
        this.mapping = mapping;
        this.headers = headers;
        this.header = new FileHeader(headers);
        this.fields = ImportFields.of(mapping.kind());
        for (int i = 0; i < fields.size(); i++) {
            fieldIndex.put(fields.get(i).name(), i);
        }
        this.sources = new ValueSource[fields.size()];
        this.nullValues = mapping.nullValues().stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        problems.addAll(header.problems());
        this.cellLimits = new int[headers.size()];
        this.cellHolders = new String[headers.size()];

        boolean[] used = new boolean[headers.size()];
        Map<String, String> placedBy = new HashMap<>();
        List<Integer> customCols = new ArrayList<>();
        List<String> customNamesList = new ArrayList<>();
        mapping.columns().forEach((column, target) -> {
            int col = header.column(column);
            if (col < 0) {
                problems.add(new ImportProblem(1, column, null, "the mapping places this column into " + ImportLimits.cut(target)
                        + ", but the header has no such column" + header.hint()));
            } else {
                used[col] = true;
            }
            if (mapping.dropped().contains(column)) {
                problems.add(new ImportProblem(0, column, null, "the mapping both places and drops this column"));
            }
            if (target.startsWith(ImportFields.CUSTOM_PREFIX)) {
                String name = target.substring(ImportFields.CUSTOM_PREFIX.length()).strip();
                if (name.isEmpty()) {
                    problems.add(new ImportProblem(0, column, target, "a custom field needs a name after \"custom:\""));
                } else if (col >= 0) {
                    customCols.add(col);
                    customNamesList.add(name);
                    limit(col, target);
                }
                return;
            }
            Integer t = fieldIndex.get(target);
            if (t == null) {
                problems.add(new ImportProblem(0, column, target, "\"" + ImportLimits.cut(target) + "\" is not a target field of "
                        + kindName() + " import (see docs/import.md)"));
                return;
            }
            if (col >= 0) {
                limit(col, target);
            }
            String earlier = placedBy.putIfAbsent(target, "column \"" + ImportLimits.cut(column) + "\"");
            if (earlier != null) {
                problems.add(new ImportProblem(0, column, target, target + " is already placed by " + earlier));
                return;
            }
            if (col >= 0) {
                sources[t] = ValueSource.ofColumn(col, headers.get(col));
            }
        });
        mapping.constants().forEach((target, value) -> {
            ValueSource source = ValueSource.template(target, value, header, problems);
            if (source == null) {
                return;
            }
            source.parts().stream().filter(Integer.class::isInstance).forEach(col -> limit((Integer) col, target));
            if (target.startsWith(ImportFields.CUSTOM_PREFIX)) {
                customConstantNames.add(target.substring(ImportFields.CUSTOM_PREFIX.length()).strip());
                customConstants.add(source);
                return;
            }
            Integer t = fieldIndex.get(target);
            if (t == null) {
                problems.add(new ImportProblem(0, "constants." + target, value, "\"" + ImportLimits.cut(target)
                        + "\" is not a target field of " + kindName() + " import (see docs/import.md)"));
                return;
            }
            String earlier = placedBy.putIfAbsent(target, "a constant");
            if (earlier != null) {
                problems.add(new ImportProblem(0, "constants." + target, value, target + " is already placed by " + earlier));
                return;
            }
            sources[t] = source;
        });
        for (String column : mapping.dropped()) {
            int col = header.column(column);
            if (col < 0) {
                problems.add(new ImportProblem(1, column, null, "the mapping drops this column, but the header has no such column"
                        + header.hint()));
            } else {
                used[col] = true;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (!used[i]) {
                customCols.add(i);
                customNamesList.add(headers.get(i));
                limit(i, ImportFields.CUSTOM_PREFIX);
            }
        }
        this.limitedColumns = java.util.stream.IntStream.range(0, cellLimits.length).filter(i -> cellLimits[i] > 0).toArray();
        this.customColumns = customCols.stream().mapToInt(Integer::intValue).toArray();
        this.customNames = customNamesList.toArray(String[]::new);
        this.valueMaps = valueMaps();
        Map<Integer, DatePattern> patterns = patterns();
        Map<Integer, DateSource> byColumn = new HashMap<>();
        this.dateSources = new DateSource[fields.size()];
        for (int t = 0; t < fields.size(); t++) {
            if (fields.get(t).type() == ImportFields.Type.DATE && sources[t] != null) {
                int col = sources[t].column();
                int target = t;
                dateSources[t] = sources[t].parts() == null
                        ? byColumn.computeIfAbsent(col, c -> dateSource(c, -1, patterns.get(c)))
                        : dateSource(-1, target, null);
            }
        }
        OutcomeColumn outcome = mapping.outcome().orElse(null);
        if (outcome != null && mapping.kind() != ImportKind.CONTACTS) {
            problems.add(new ImportProblem(0, "outcome", null, "an outcome column belongs to a contacts import; "
                    + kindName() + " import has its own kind field"));
        }
        this.outcomeColumn = outcome == null ? -1 : named(outcome.column(), "the outcome is read from this column");
        int dateCol = outcome == null || outcome.dateColumn() == null ? -1
                : named(outcome.dateColumn(), "the outcome's date is read from this column");
        int fallbackCol = outcome == null || outcome.dateFallback() == null ? -1
                : named(outcome.dateFallback(), "the outcome's date is read from this column when its date column is empty");
        this.outcomeDate = dateCol < 0 ? null : byColumn.computeIfAbsent(dateCol, c -> dateSource(c, -1, patterns.get(c)));
        this.outcomeFallback = fallbackCol < 0 ? null : byColumn.computeIfAbsent(fallbackCol, c -> dateSource(c, -1, patterns.get(c)));
        GeneratedIds ids = mapping.generatedIds();
        if (ids.enabled() && mapping.kind() != ImportKind.CONTACTS) {
            problems.add(new ImportProblem(0, "generatedIds", null, "generated ids are for contacts; " + kindName()
                    + " import names contacts that exist"));
        }
        this.generatedIdColumns = ids.fromColumns().stream()
                .mapToInt(c -> named(c, "a generated id is made from this column")).toArray();
        checkRequired();
    }

    private DateSource dateSource(int column, int target, DatePattern pattern) {
        DateSource s = new DateSource(column >= 0 ? headers.get(column) : sources[target].label(), column, target, pattern,
                mapping.dayOrder());
        allDates.add(s);
        return s;
    }

    /** The index of column {@code name}, or -1 with a problem saying {@code why} it was looked for. */
    private int named(String name, String why) {
        int col = header.column(name);
        if (col < 0) {
            problems.add(new ImportProblem(1, name, null, why + ", but the header has no such column" + header.hint()));
        }
        return col;
    }

    /** The value maps by column; null when there are none. */
    @SuppressWarnings("unchecked")
    private Map<String, String>[] valueMaps() {
        if (mapping.values().isEmpty()) {
            return null;
        }
        Map<String, String>[] maps = new Map[headers.size()];
        mapping.values().forEach((column, map) -> {
            int col = named(column, "the mapping has a value map for this column");
            if (col >= 0 && !map.isEmpty()) {
                Map<String, String> keyed = new HashMap<>();
                map.forEach((from, to) -> keyed.put(from.strip().toLowerCase(Locale.ROOT), to.strip()));
                maps[col] = keyed;
            }
        });
        return maps;
    }

    /** The stated date formats by column; a format that is not one is a problem. */
    private Map<Integer, DatePattern> patterns() {
        Map<Integer, DatePattern> out = new HashMap<>();
        mapping.formats().forEach((column, format) -> {
            int col = named(column, "the mapping gives a date format for this column");
            try {
                DatePattern pattern = DatePattern.of(format);
                if (col >= 0) {
                    out.put(col, pattern);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(0, "formats." + column, format, e.getMessage()));
            }
        });
        return out;
    }


    private void checkRequired() {
        boolean generated = mapping.kind() == ImportKind.CONTACTS && mapping.generatedIds().enabled();
        for (String required : ImportFields.required(mapping.kind())) {
            if (generated && required.equals("external_id or email")) {
                continue;
            }
            boolean placed = false;
            for (String alternative : required.split(" or ")) {
                placed |= has(alternative);
            }
            if (!placed) {
                missingRequired.add(required);
                problems.add(new ImportProblem(1, null, null, "required field " + required + " is not placed by any column"
                        + " of the header or constant" + header.hint()));
            }
        }
        if (mapping.kind() == ImportKind.CONTACTS) {
            boolean anyActivity = fields.stream().filter(f -> f.name().startsWith("activity_")).anyMatch(f -> has(f.name()));
            if (anyActivity && !has("activity_type")) {
                problems.add(new ImportProblem(0, null, null, "the mapping places activity fields but no activity_type"
                        + " (a column or a constant such as PAGE_VIEW)"));
            }
            if (has("activity_type") && !has("activity_at") && !has("created_at")) {
                problems.add(new ImportProblem(0, null, null, "the first activity needs a time: place activity_at or created_at"));
            }
        }
    }

    /**
     * Column {@code col} feeds {@code target} (a field, or a custom field when it starts with
     * {@code custom:}): its cells may have no more characters than that target holds, and no more
     * than any other target the column feeds.
     */
    private void limit(int col, String target) {
        int max;
        String holder;
        if (target.startsWith(ImportFields.CUSTOM_PREFIX)) {
            max = ImportLimits.TEXT_CHARS;
            holder = "a custom field";
        } else {
            Integer t = fieldIndex.get(target);
            if (t == null) {
                return;
            }
            max = ImportLimits.maxChars(fields.get(t).type());
            holder = ImportLimits.holder(fields.get(t).type());
        }
        if (cellLimits[col] == 0 || max < cellLimits[col]) {
            cellLimits[col] = max;
            cellHolders[col] = holder;
        }
    }

    /** "a contacts", "an activities", "an outcomes". */
    private String kindName() {
        return (mapping.kind() == ImportKind.CONTACTS ? "a " : "an ") + mapping.kind().name().toLowerCase(Locale.ROOT);
    }
    /** True when a column or a constant feeds {@code target}. */
    private boolean has(String target) {
        Integer t = fieldIndex.get(target);
        return t != null && sources[t] != null;
    }
}
