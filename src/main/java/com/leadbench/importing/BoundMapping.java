package com.leadbench.importing;

import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * A mapping bound to one file's header: which cell (or constant) feeds each target field, which
 * columns are kept as custom fields, and what is wrong with the mapping for this file. Reading a
 * row's values records each unreadable cell as a problem of that row.
 */
final class BoundMapping {

    private final ImportMapping mapping;
    private final List<String> headers;
    private final List<ImportFields.Field> fields;
    private final Map<String, Integer> fieldIndex;
    private final ValueSource[] sources;
    private final List<ImportProblem> problems;
    private final List<String> missingRequired;
    private final int[] customColumns;
    private final String[] customNames;
    private final List<String> customConstantNames;
    private final List<ValueSource> customConstants;
    private final Set<String> nullValues;
    /** Per column, its value map (keys stripped and in lower case), or null; null when no column has one. */
    private final Map<String, String>[] valueMaps;
    /** Per target field, how its dates are read (null for fields that are no date, or that nothing feeds). */
    private final DateSource[] dateSources;
    /** Every distinct date source, in the order of the fields, then the outcome's date columns. */
    private final List<DateSource> allDates;
    private final int outcomeColumn;
    private final DateSource outcomeDate;
    private final DateSource outcomeFallback;
    private final int[] generatedIdColumns;
    /** Per column, the most characters a cell may have (0: the column is dropped, so not limited), and what holds it. */
    private final int[] cellLimits;
    private final String[] cellHolders;
    private final int[] limitedColumns;

    private BoundMapping(MappingBinding b) {
        this.mapping = b.mapping;
        this.headers = b.headers;
        this.fields = b.fields;
        this.fieldIndex = b.fieldIndex;
        this.sources = b.sources;
        this.problems = b.problems;
        this.missingRequired = b.missingRequired;
        this.customColumns = b.customColumns;
        this.customNames = b.customNames;
        this.customConstantNames = b.customConstantNames;
        this.customConstants = b.customConstants;
        this.nullValues = b.nullValues;
        this.valueMaps = b.valueMaps;
        this.dateSources = b.dateSources;
        this.allDates = b.allDates;
        this.outcomeColumn = b.outcomeColumn;
        this.outcomeDate = b.outcomeDate;
        this.outcomeFallback = b.outcomeFallback;
        this.generatedIdColumns = b.generatedIdColumns;
        this.cellLimits = b.cellLimits;
        this.cellHolders = b.cellHolders;
        this.limitedColumns = b.limitedColumns;
    }

    /**
     * Binds {@code mapping} to a file with these column names. A shipped preset, unchanged, is
     * first fitted to them ({@link ImportMapping#fittedTo}): it names every column its product's
     * export can have, and a file lacking some of them is not wrong.
     */
    static BoundMapping bind(ImportMapping mapping, List<String> headers) {
        boolean preset = MappingPresets.all().contains(mapping);
        return new BoundMapping(new MappingBinding(preset ? mapping.fittedTo(headers) : mapping, headers));
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
