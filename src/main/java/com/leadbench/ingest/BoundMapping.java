package com.leadbench.ingest;

import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * A mapping bound to one file's header: which cell (or constant) feeds each target field, which
 * columns are kept as custom fields, and what is wrong with the mapping for this file. Reading a
 * row's values records each unreadable cell as a problem of that row.
 */
final class BoundMapping {

    private final ImportMapping mapping;
    private final List<String> headers;
    private final FileHeader header;
    private final List<ImportFields.Field> fields;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final ValueSource[] sources;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> missingRequired = new ArrayList<>();
    private final int[] customColumns;
    private final String[] customNames;
    private final List<String> customConstantNames = new ArrayList<>();
    private final List<ValueSource> customConstants = new ArrayList<>();
    private final Set<String> nullValues;
    /** Per column, its value map (keys stripped and in lower case), or null; null when no column has one. */
    private final Map<String, String>[] valueMaps;
    /** Per target field, how its dates are read (null for fields that are no date, or that nothing feeds). */
    private final DateSource[] dateSources;
    /** Every distinct date source, in the order of the fields, then the outcome's date columns. */
    private final List<DateSource> allDates = new ArrayList<>();
    private final int outcomeColumn;
    private final DateSource outcomeDate;
    private final DateSource outcomeFallback;
    private final int[] generatedIdColumns;
    /** Per column, the most characters a cell may have (0: the column is dropped, so not limited), and what holds it. */
    private final int[] cellLimits;
    private final String[] cellHolders;
    private final int[] limitedColumns;

    private BoundMapping(ImportMapping mapping, List<String> headers) {
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

    /**
     * Binds {@code mapping} to a file with these column names. A shipped preset, unchanged, is
     * first fitted to them ({@link ImportMapping#fittedTo}): it names every column its product's
     * export can have, and a file lacking some of them is not wrong.
     */
    static BoundMapping bind(ImportMapping mapping, List<String> headers) {
        boolean preset = MappingPresets.all().contains(mapping);
        return new BoundMapping(preset ? mapping.fittedTo(headers) : mapping, headers);
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

    List<ImportProblem> problems() {
        return problems;
    }

    List<String> missingRequired() {
        return missingRequired;
    }

    ImportMapping mapping() {
        return mapping;
    }

    List<String> headers() {
        return headers;
    }

    List<ImportFields.Field> fields() {
        return fields;
    }

    /** True when a column or a constant feeds {@code target}. */
    boolean has(String target) {
        Integer t = fieldIndex.get(target);
        return t != null && sources[t] != null;
    }

    /** The index of {@code target} among {@link #fields()}, or -1 when nothing feeds it. */
    int index(String target) {
        Integer t = fieldIndex.get(target);
        return t != null && sources[t] != null ? t : -1;
    }

    /** The column (or constant) that feeds target {@code t}, for a problem report. */
    String label(int t) {
        return sources[t].label();
    }

    boolean hasCustomFields() {
        return customColumns.length > 0 || !customConstants.isEmpty();
    }

    /** The custom field names this mapping writes, in column order. */
    List<String> customFieldNames() {
        List<String> names = new ArrayList<>(List.of(customNames));
        names.addAll(customConstantNames);
        return names;
    }

    // ------------------------------------------------------------------ reading one row

    /**
     * Checks that every cell the mapping stores fits what it feeds ({@link ImportLimits}); a dropped
     * column is not checked. Each cell that does not fit is a problem of {@code row}; true when all fit.
     */
    boolean fits(CSVRecord r, RowProblems row) {
        boolean fits = true;
        for (int i : limitedColumns) {
            int max = cellLimits[i];
            String v = r.get(i);
            if (v.length() > max && v.strip().length() > max) {
                row.problem(headers.get(i), null, ImportLimits.count(v.strip().length()) + " characters, more than the "
                        + ImportLimits.count(max) + " " + cellHolders[i] + " can hold; shorten it or drop the column in the mapping");
                fits = false;
            }
        }
        return fits;
    }

    /** A cell's text: stripped, null when empty or a null placeholder. */
    String cell(CSVRecord r, int column) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return null;
        }
        v = v.strip();
        if (v.isEmpty() || (!nullValues.isEmpty() && nullValues.contains(v.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (valueMaps != null && valueMaps[column] != null) {
            String mapped = valueMaps[column].get(v.toLowerCase(Locale.ROOT));
            if (mapped != null) {
                return mapped.isEmpty() ? null : mapped;
            }
        }
        return v;
    }

    /** Target {@code t}'s text in row {@code r}, or null (also when nothing feeds it, t = -1). */
    String text(CSVRecord r, int t) {
        if (t < 0) {
            return null;
        }
        return value(r, sources[t]);
    }

    private String value(CSVRecord r, ValueSource s) {
        if (s.parts() == null) {
            return cell(r, s.column());
        }
        if (s.parts().size() == 1 && s.parts().get(0) instanceof String only) {
            return only.strip().isEmpty() ? null : only;
        }
        StringBuilder b = new StringBuilder();
        for (Object part : s.parts()) {
            if (part instanceof Integer col) {
                String v = cell(r, col);
                if (v == null) {
                    return null;
                }
                b.append(v);
            } else {
                b.append((String) part);
            }
        }
        String out = b.toString().strip();
        return out.isEmpty() ? null : out;
    }

    Instant date(CSVRecord r, int t, RowProblems row) {
        return t < 0 ? null : date(r, dateSources[t], row);
    }

    /** The text of a date source in row {@code r}, or null. */
    String dateText(CSVRecord r, DateSource s) {
        return s.column >= 0 ? cell(r, s.column) : text(r, s.target);
    }

    /** The date {@code s} gives in row {@code r}, or null (with a problem when its text is no date). */
    Instant date(CSVRecord r, DateSource s, RowProblems row) {
        if (s == null) {
            return null;
        }
        String v = dateText(r, s);
        if (v == null) {
            return null;
        }
        long ms = s.pattern != null ? s.pattern.millis(v) : CellDates.millis(v, s.order);
        if (ms == CellDates.NOT_A_DATE || ms == CellDates.AMBIGUOUS_DATE) {
            row.problem(s.label, v, s.problem(v));
            return null;
        }
        return Instant.ofEpochMilli(ms);
    }

    /** The date sources whose day order is still to be decided from their values ({@link DateColumns}). */
    List<DateSource> undecidedDates() {
        return allDates.stream().filter(DateSource::undecided).toList();
    }

    /** Reads {@code s} from now on as {@code detected} says. */
    void decide(DateSource s, DateColumn detected) {
        s.detected = detected;
        s.order = detected.order();
    }

    /** The outcome column's cell in row {@code r} (null values and value maps applied); null when empty or when there is no outcome column. */
    String outcomeCell(CSVRecord r) {
        return outcomeColumn < 0 ? null : cell(r, outcomeColumn);
    }

    /** The source of the outcome's date, or null. */
    DateSource outcomeDate() {
        return outcomeDate;
    }

    /** The source of the outcome's date when its date column is empty, or null. */
    DateSource outcomeFallback() {
        return outcomeFallback;
    }

    /** The cells a generated id is made from, in the order named; empty when the ids come from the row's position. */
    List<String> generatedIdCells(CSVRecord r) {
        List<String> out = new ArrayList<>(generatedIdColumns.length);
        for (int col : generatedIdColumns) {
            out.add(cell(r, col));
        }
        return out;
    }

    Double decimal(CSVRecord r, int t, RowProblems row) {
        String v = text(r, t);
        if (v == null) {
            return null;
        }
        Double d = CellValues.decimal(v, mapping.dayOrder());
        if (d == null) {
            row.problem(label(t), v, "not a number" + (mapping.dayOrder() == DayOrder.EUROPEAN ? " (1.234,56 or 1234,56)" : " (1,234.56 or 1234.56)"));
        }
        return d;
    }

    Integer integer(CSVRecord r, int t, RowProblems row) {
        String v = text(r, t);
        if (v == null) {
            return null;
        }
        Integer n = CellValues.integer(v, mapping.dayOrder());
        if (n == null || n < 0) {
            row.problem(label(t), v, "not a whole number of zero or more");
            return null;
        }
        return n;
    }

    Boolean bool(CSVRecord r, int t, RowProblems row) {
        String v = text(r, t);
        if (v == null) {
            return null;
        }
        Boolean b = CellValues.bool(v);
        if (b == null) {
            row.problem(label(t), v, "not a yes/no value (true/false, yes/no, y/n, 1/0)");
        }
        return b;
    }

    ActivityType activityType(CSVRecord r, int t, RowProblems row) {
        String v = text(r, t);
        if (v == null) {
            return null;
        }
        ActivityType type = CellValues.activityType(v);
        if (type == null) {
            row.problem(label(t), v, "not an activity type (PAGE_VIEW, DOWNLOAD, WEBINAR_REGISTRATION, ... or their labels; see docs/import.md)");
        }
        return type;
    }

    FollowUpKind followUpKind(CSVRecord r, int t, RowProblems row) {
        String v = text(r, t);
        if (v == null) {
            return null;
        }
        FollowUpKind kind = CellValues.followUpKind(v);
        if (kind == null) {
            row.problem(label(t), v, "not a follow-up kind (FIRST_CONTACT, ACCEPTED, REJECTED, WON, LOST)");
        }
        return kind;
    }

    String domain(CSVRecord r, int t) {
        String v = text(r, t);
        return v == null ? null : CellValues.domain(v);
    }

    /** The row's kept columns (and custom constants) with a value, by custom field name. */
    Map<String, String> customFields(CSVRecord r) {
        if (!hasCustomFields()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < customColumns.length; i++) {
            String v = cell(r, customColumns[i]);
            if (v != null) {
                out.put(customNames[i], v);
            }
        }
        for (int i = 0; i < customConstants.size(); i++) {
            String v = value(r, customConstants.get(i));
            if (v != null) {
                out.put(customConstantNames.get(i), v);
            }
        }
        return out;
    }
}
