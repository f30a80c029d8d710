package com.leadbench.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the columns of a CSV file become records (format and examples in {@code docs/import.md}).
 *
 * <ul>
 *   <li>{@code columns}: CSV column name to target field ({@link ImportFields}), or to
 *       {@code custom:<name>} to keep the column as a custom field under another name;</li>
 *   <li>{@code dropped}: CSV columns that are neither placed nor kept;</li>
 *   <li>every other column is kept as a custom field named by its header, on the contact or on the
 *       account ({@code customFieldsOn});</li>
 *   <li>{@code constants}: target field to a fixed value, which may name cells of the row as
 *       {@code {column}} (e.g. {@code "olist-seller-{seller_id}"}); naming a cell does not place it;</li>
 *   <li>{@code nullValues}: cell values read as empty (compared ignoring case), e.g. {@code Select};</li>
 *   <li>{@code dayOrder}: how the file writes day-first and month-first dates (and, for EUROPEAN, decimal
 *       commas); AUTO (the default) decides it per column from the column's values ({@link DateColumns});</li>
 *   <li>{@code formats}: CSV column name to the date format of that column (a {@code DateTimeFormatter}
 *       pattern such as {@code d/M/yy H:mm}, or {@code epoch-seconds} / {@code epoch-millis}),
 *       overriding {@code dayOrder} for it;</li>
 *   <li>{@code values}: CSV column name to a value map (cell value, compared ignoring case, to the
 *       value stored), e.g. {@code Sales Qualified -> SQL}, {@code Yes -> true};</li>
 *   <li>{@code outcome}: the column that carries the row's outcome ({@link OutcomeColumn}), if any;</li>
 *   <li>{@code generatedIds}: whether rows without an id or an email get one ({@link GeneratedIds}).</li>
 * </ul>
 * Maps and sets keep their order; the record is immutable.
 */
public record ImportMapping(String name, ImportKind kind, Map<String, String> columns, Set<String> dropped,
                            DayOrder dayOrder, Set<String> nullValues, String customFieldsOn,
                            Map<String, String> constants, Map<String, String> formats,
                            Map<String, Map<String, String>> values, java.util.Optional<OutcomeColumn> outcome,
                            GeneratedIds generatedIds) {

    public static final String ON_CONTACT = "contact";
    public static final String ON_ACCOUNT = "account";

    public ImportMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        columns = frozen(Objects.requireNonNullElse(columns, Map.of()));
        dropped = frozen(Objects.requireNonNullElse(dropped, Set.of()));
        dayOrder = Objects.requireNonNullElse(dayOrder, DayOrder.AUTO);
        nullValues = frozen(Objects.requireNonNullElse(nullValues, Set.of()));
        customFieldsOn = customFieldsOn == null ? ON_CONTACT : customFieldsOn.strip().toLowerCase(Locale.ROOT);
        if (!customFieldsOn.equals(ON_CONTACT) && !customFieldsOn.equals(ON_ACCOUNT)) {
            throw new IllegalArgumentException("customFieldsOn must be \"contact\" or \"account\", was \"" + customFieldsOn + "\"");
        }
        constants = frozen(Objects.requireNonNullElse(constants, Map.of()));
        formats = frozen(Objects.requireNonNullElse(formats, Map.of()));
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        Objects.requireNonNullElse(values, Map.<String, Map<String, String>>of()).forEach((column, map) -> maps.put(column, frozen(map)));
        values = Collections.unmodifiableMap(maps);
        outcome = Objects.requireNonNullElse(outcome, java.util.Optional.empty());
        generatedIds = Objects.requireNonNullElse(generatedIds, GeneratedIds.OFF);
    }

    /** A mapping without per-column formats, value maps, outcome column or generated ids. */
    public ImportMapping(String name, ImportKind kind, Map<String, String> columns, Set<String> dropped, DayOrder dayOrder,
                         Set<String> nullValues, String customFieldsOn, Map<String, String> constants) {
        this(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, Map.of(), Map.of(),
                java.util.Optional.empty(), GeneratedIds.OFF);
    }

    public ImportMapping withFormats(Map<String, String> newFormats) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, newFormats, values,
                outcome, generatedIds);
    }

    public ImportMapping withValues(Map<String, Map<String, String>> newValues) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, formats, newValues,
                outcome, generatedIds);
    }

    public ImportMapping withOutcome(java.util.Optional<OutcomeColumn> newOutcome) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, formats, values,
                newOutcome, generatedIds);
    }

    public ImportMapping withGeneratedIds(GeneratedIds newIds) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, formats, values,
                outcome, newIds);
    }

    /** An empty mapping of {@code kind}: every column is kept as a custom field until placed; the day order is AUTO. */
    public static ImportMapping empty(String name, ImportKind kind) {
        return new ImportMapping(name, kind, Map.of(), Set.of(), DayOrder.AUTO, Set.of(), ON_CONTACT, Map.of());
    }

    public ImportMapping withName(String newName) {
        return new ImportMapping(newName, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withColumns(Map<String, String> newColumns) {
        return new ImportMapping(name, kind, newColumns, dropped, dayOrder, nullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    /** Places {@code column} into {@code target}; a null target removes the column's placement. */
    public ImportMapping withColumn(String column, String target) {
        Map<String, String> next = new LinkedHashMap<>(columns);
        if (target == null) {
            next.remove(column);
        } else {
            next.put(column, target);
        }
        Set<String> nextDropped = new LinkedHashSet<>(dropped);
        nextDropped.remove(column);
        return new ImportMapping(name, kind, next, nextDropped, dayOrder, nullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withDropped(Set<String> newDropped) {
        return new ImportMapping(name, kind, columns, newDropped, dayOrder, nullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withDayOrder(DayOrder order) {
        return new ImportMapping(name, kind, columns, dropped, order, nullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withNullValues(Set<String> newNullValues) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, newNullValues, customFieldsOn, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withCustomFieldsOn(String on) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, on, constants, formats, values, outcome,
                generatedIds);
    }

    public ImportMapping withConstants(Map<String, String> newConstants) {
        return new ImportMapping(name, kind, columns, dropped, dayOrder, nullValues, customFieldsOn, newConstants, formats, values, outcome,
                generatedIds);
    }

    /**
     * This mapping without the columns (placed, dropped, with a date format or a value map) that
     * {@code headers} lacks. Presets name every column a product's export can have; fitting one to a
     * file leaves out the ones it does not have (required fields are still checked). Custom mappings
     * are used as written.
     */
    public ImportMapping fittedTo(List<String> headers) {
        Map<String, String> fitted = new LinkedHashMap<>();
        columns.forEach((column, target) -> {
            if (headers.contains(column)) {
                fitted.put(column, target);
            }
        });
        Set<String> fittedDropped = new LinkedHashSet<>();
        for (String column : dropped) {
            if (headers.contains(column)) {
                fittedDropped.add(column);
            }
        }
        Map<String, String> fittedFormats = new LinkedHashMap<>();
        formats.forEach((column, format) -> {
            if (headers.contains(column)) {
                fittedFormats.put(column, format);
            }
        });
        Map<String, Map<String, String>> fittedValues = new LinkedHashMap<>();
        values.forEach((column, map) -> {
            if (headers.contains(column)) {
                fittedValues.put(column, map);
            }
        });
        return new ImportMapping(name, kind, fitted, fittedDropped, dayOrder, nullValues, customFieldsOn, constants, fittedFormats,
                fittedValues, outcome, generatedIds);
    }

    private static <K, V> Map<K, V> frozen(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value of " + k)));
        return Collections.unmodifiableMap(copy);
    }

    private static <T> Set<T> frozen(Set<T> set) {
        Set<T> copy = new LinkedHashSet<>();
        for (T t : set) {
            copy.add(Objects.requireNonNull(t, "set element"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
