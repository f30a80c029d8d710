package com.leadbench.importing;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The first rows of a file as a mapping reads them, for the import wizard; touches no database. */
public final class ImportPreview {

    private ImportPreview() {
    }

    /** Up to {@code rows} data rows of {@code source} read through {@code mapping}. */
    public static MappedPreview of(CsvSource source, ImportMapping mapping, int rows) {
        BoundMapping bound = BoundMapping.bind(mapping, source.headers());
        List<ImportFields.Field> placed = bound.fields().stream().filter(f -> bound.has(f.name())).toList();
        List<String> custom = bound.customFieldNames();
        List<String> targets = new ArrayList<>(placed.stream().map(ImportFields.Field::name).toList());
        custom.forEach(name -> targets.add(ImportFields.CUSTOM_PREFIX + name));
        List<ImportProblem> problems = new ArrayList<>(bound.problems());
        List<List<String>> out = new ArrayList<>();
        int width = source.headers().size();
        try (CsvRows csv = source.rows()) {
            while (out.size() < rows) {
                CSVRecord r;
                try {
                    r = csv.next();
                } catch (CsvRows.Malformed e) {
                    problems.add(new ImportProblem(e.line(), null, null, e.getMessage()));
                    break;
                }
                if (r == null) {
                    break;
                }
                if (CsvRows.isEmptyLine(r) && width > 1) {
                    continue;
                }
                if (r.size() != width) {
                    problems.add(new ImportProblem(csv.line(), null, null,
                            "the row has " + r.size() + " fields, the header has " + width));
                    continue;
                }
                RowProblems row = new RowProblems(csv.line());
                bound.fits(r, row);
                List<String> values = new ArrayList<>(targets.size());
                for (ImportFields.Field f : placed) {
                    values.add(show(bound, r, bound.index(f.name()), f.type(), row));
                }
                Map<String, String> fields = bound.customFields(r);
                for (String name : custom) {
                    values.add(fields.get(name));
                }
                out.add(values);
                problems.addAll(row.problems());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(0, null, null, source.file().getFileName() + " cannot be read (" + e.getMessage() + ")"));
        }
        return new MappedPreview(targets, out, bound.missingRequired(), problems);
    }

    private static String show(BoundMapping bound, CSVRecord r, int t, ImportFields.Type type, RowProblems row) {
        return switch (type) {
            case DATE -> {
                Instant at = bound.date(r, t, row);
                yield at == null ? null : at.toString();
            }
            case INTEGER -> {
                Integer n = bound.integer(r, t, row);
                yield n == null ? null : n.toString();
            }
            case DECIMAL -> {
                Double d = bound.decimal(r, t, row);
                yield d == null ? null : (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString());
            }
            case BOOLEAN -> {
                Boolean b = bound.bool(r, t, row);
                yield b == null ? null : b.toString();
            }
            case ACTIVITY_TYPE -> {
                var a = bound.activityType(r, t, row);
                yield a == null ? null : a.name();
            }
            case FOLLOW_UP_KIND -> {
                var k = bound.followUpKind(r, t, row);
                yield k == null ? null : k.name();
            }
            case DOMAIN -> bound.domain(r, t);
            case TEXT, LONG_TEXT -> bound.text(r, t);
        };
    }
}
