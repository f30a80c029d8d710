package com.leadbench.importing.matching;

import com.leadbench.importing.matching.ValueEvidence.Evidence;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.GeneratedIds;
import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import com.leadbench.importing.MappingPresets;
import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.matching.ValueProfile.DateStyle;
import com.leadbench.importing.matching.ValueProfile.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fills in a mapping from a file's header and its first rows. Each column is read three ways:
 * <ol>
 *   <li>its name, against the names HubSpot, Salesforce (Data Export API names and report labels),
 *       Marketo, Pardot / Account Engagement, Zoho CRM, Pipedrive, Mautic and ActiveCampaign give their
 *       columns, and common synonyms ({@link Vocabulary}), ignoring case, spacing, punctuation, accents,
 *       a reader's {@code " (2)"} and object prefixes ({@link HeaderNames});</li>
 *   <li>its values ({@link ValueProfile}): they confirm a name (a {@code Create Date} of dates), overrule
 *       it (an {@code Employees} of ranges is no number), or decide alone (a column of email addresses is
 *       the email whatever its name);</li>
 *   <li>a preset, when one fits the file ({@link MappingPresets#closest}) or a person picked it.</li>
 * </ol>
 * No target gets two columns: the better evidence wins and the other column stays a custom field.
 * Columns that fit no target stay custom fields, empty ones too (nothing in a file is lost; empty cells
 * are not stored anyway). A file whose rows are deals ({@code StageName}, {@code IsWon}, {@code CloseDate}
 * and no person names) has the deal's id, dates, owner and source, so those stay custom fields.
 * On a contacts file the matcher also looks for the column that carries the outcome ({@link Outcomes}).
 * Pure: no I/O beyond the shipped vocabulary.
 */
public final class MappingMatcher {

    /** How many rows to sample: the matcher reads no more. */
    public static final int SAMPLE_ROWS = 200;

    /** One column of the file as the matcher sees it. */
    record Column(int index, String header, ValueProfile values, List<HeaderNames.Reading> readings) {
    }

    /** Evidence that a column belongs in a target. */
    record Candidate(Column column, String target, double score, String reason) {
    }

    private MappingMatcher() {
    }

    /**
     * The mapping the matcher suggests for a file of {@code kind}, starting from the preset that fits
     * its columns best, if any.
     *
     * @param sampleRows the file's first rows (about {@value #SAMPLE_ROWS}; more are ignored)
     * @param fileName   names the mapping ({@code auto (leads.csv)})
     */
    public static MappingGuess guess(ImportKind kind, List<String> headers, List<List<String>> sampleRows, String fileName) {
        return guess(kind, headers, sampleRows, fileName, MappingPresets.closest(kind, headers).orElse(null));
    }

    /**
     * The mapping the matcher suggests, starting from {@code startingPoint} (a preset a person picked,
     * or null for none): its placements count as strong evidence, still checked against the values;
     * its constants, null values, day order and custom-field owner are kept.
     */
    public static MappingGuess guess(ImportKind kind, List<String> headers, List<List<String>> sampleRows, String fileName,
                                     ImportMapping startingPoint) {
        List<List<String>> rows = sampleRows.size() > SAMPLE_ROWS ? sampleRows.subList(0, SAMPLE_ROWS) : sampleRows;
        ImportMapping start = startingPoint != null && startingPoint.kind() == kind ? startingPoint : null;
        Set<String> nullValues = new LinkedHashSet<>(start != null ? start.nullValues() : Set.of());
        nullValues.addAll(FileTraits.placeholdersIn(rows));
        List<Column> columns = FileTraits.columns(headers, rows, nullValues);
        DayOrder dayOrder = FileTraits.dayOrder(start, columns);

        // 1. evidence per column: the starting point, the names, the values
        String vendor = FileTraits.vendorOf(columns);
        List<String> dealColumns = kind == ImportKind.CONTACTS ? FileTraits.dealColumns(columns) : List.of();
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, String> rejections = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.header()) || (c.values().isEmpty() && c.values().rows() > 0)) {
                continue;
            }
            if (NameEvidence.ownField(c, vendor)) {
                rejections.put(c.index(), "it is " + vendor + "'s own field of this name, which fits no target field");
                continue;
            }
            List<Candidate> byName = new ArrayList<>();
            if (start != null) {
                NameEvidence.presetCandidate(kind, c, start).ifPresent(byName::add);
            }
            byName.addAll(NameEvidence.nameCandidates(kind, c, vendor));
            if (byName.isEmpty()) {
                NameEvidence.wordCandidate(kind, c).ifPresent(byName::add);
            }
            boolean accepted = false;
            for (Candidate candidate : byName) {
                Evidence checked = ValueEvidence.checked(kind, candidate, dayOrder);
                if (checked.candidate() != null) {
                    candidates.add(checked.candidate());
                    accepted = true;
                } else {
                    rejections.putIfAbsent(c.index(), "its name suggests " + candidate.target() + ", but " + checked.note());
                }
            }
            candidates.addAll(ValueEvidence.valueCandidates(kind, c, accepted));
        }
        if (!dealColumns.isEmpty()) {
            String deals = String.join(", ", dealColumns.subList(0, Math.min(3, dealColumns.size())));
            candidates.removeIf(candidate -> {
                if (!FileTraits.DEAL_OWN.contains(candidate.target()) || FileTraits.namesThePerson(candidate.column().header())) {
                    return false;
                }
                rejections.put(candidate.column().index(), "the rows are deals (" + deals + "), so its " + candidate.target().replace('_', ' ')
                        + " is the deal's, not the contact's");
                return true;
            });
        }
        // 2. the strongest evidence first; a target taken stays taken, a column placed stays placed
        Set<String> constantTargets = start != null ? start.constants().keySet() : Set.of();
        Map<Integer, Candidate> chosen = new HashMap<>();
        Map<Integer, Candidate> beaten = new HashMap<>();
        Map<String, Candidate> byTarget = new HashMap<>();
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(c -> c.column().index()));
        for (Candidate candidate : candidates) {
            int index = candidate.column().index();
            if (chosen.containsKey(index) || constantTargets.contains(candidate.target())) {
                continue;
            }
            Candidate holder = byTarget.get(candidate.target());
            if (holder != null) {
                beaten.putIfAbsent(index, candidate);
                continue;
            }
            chosen.put(index, candidate);
            byTarget.put(candidate.target(), candidate);
        }

        // 2b. what the chosen columns say of the whole file: decimal commas, placeholder emails
        if (dayOrder == DayOrder.AUTO) {
            for (String t : List.of("annual_revenue", "amount", "employees")) {
                Candidate number = byTarget.get(t);
                String comma = number == null ? null : FileTraits.decimalComma(number.column().values());
                boolean monthFirst = columns.stream().anyMatch(c -> c.values().filled() > 0 && c.values().share(Shape.DATE) >= 0.9
                        && c.values().dateStyle() == DateStyle.MONTH_FIRST);
                if (comma != null && !monthFirst) {
                    dayOrder = DayOrder.EUROPEAN;
                    Candidate noted = new Candidate(number.column(), t, number.score(), number.reason() + "; " + comma
                            + " has a decimal comma, so the file is read with decimal commas (and day-first dates)");
                    chosen.put(number.column().index(), noted);
                    byTarget.put(t, noted);
                    break;
                }
            }
        }
        Candidate emailColumn = byTarget.get(kind == ImportKind.CONTACTS ? "email" : "contact_email");
        if (emailColumn != null) {
            nullValues.addAll(FileTraits.placeholderEmails(emailColumn.column(), byTarget, rows));
        }

        // 3. the outcome, among the columns left
        Optional<Outcomes.Found> outcome = Optional.empty();
        if (kind == ImportKind.CONTACTS) {
            List<Column> free = columns.stream().filter(c -> !chosen.containsKey(c.index())).toList();
            Candidate created = byTarget.get("created_at");
            outcome = Outcomes.detect(free, created == null ? null : created.column().header(), vendor);
        }

        // 4. one line per column, and the mapping that follows them
        List<ColumnMatch> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            String header = c.header();
            List<String> samples = c.values().samples();
            if (!seen.add(header)) {
                lines.add(new ColumnMatch(header, ImportFields.CUSTOM_PREFIX + header, 0.5,
                        "a second column of this name: a mapping can only name the first", samples));
                continue;
            }
            Candidate placed = chosen.get(c.index());
            if (placed != null) {
                lines.add(new ColumnMatch(header, placed.target(), round(placed.score()), placed.reason(), samples));
            } else if (outcome.isPresent() && outcome.get().column().index() == c.index()) {
                lines.add(new ColumnMatch(header, ColumnMatch.OUTCOME, round(outcome.get().score()), outcome.get().reason(), samples));
            } else if (outcome.isPresent() && outcome.get().dateColumn() != null && outcome.get().dateColumn().equals(header)) {
                lines.add(new ColumnMatch(header, ImportFields.CUSTOM_PREFIX + header, 0.8,
                        "the date of the outcome (" + outcome.get().column().header() + "); also kept as a custom field", samples));
            } else if (c.values().isEmpty() && c.values().rows() > 0) {
                lines.add(new ColumnMatch(header, ImportFields.CUSTOM_PREFIX + header, 0.8, "empty in all " + c.values().rows()
                        + " sampled rows; kept as a custom field (empty cells are not stored)", samples));
            } else {
                lines.add(kept(c, beaten.get(c.index()), byTarget, rejections.get(c.index())));
            }
        }

        ImportMapping base = new ImportMapping(name(fileName, start), kind, Map.of(), Set.of(), dayOrder, nullValues,
                start != null ? start.customFieldsOn() : ImportMapping.ON_CONTACT, start != null ? start.constants() : Map.of());
        base = base.withOutcome(outcome.map(Outcomes.Found::outcome));
        base = base.withGeneratedIds(generatedIds(kind, byTarget, rows, constantTargets, nullValues));
        return MappingGuess.of(base, lines);
    }

    /**
     * The outcome a person makes of {@code column} (a yes/no, a status or stage, or an id that is there
     * only for won rows), from its sampled values; its date comes from the best outcome-date column, or
     * from {@code createdColumn}. Empty when its values say neither won nor lost.
     */
    public static Optional<OutcomeColumn> outcomeOf(String column, List<String> headers, List<List<String>> sampleRows,
                                                    String createdColumn) {
        Set<String> nullValues = FileTraits.placeholdersIn(sampleRows);
        List<Column> columns = FileTraits.columns(headers, sampleRows, nullValues);
        return columns.stream().filter(c -> c.header().equals(column)).findFirst()
                .flatMap(c -> Outcomes.of(c, columns, createdColumn));
    }

    /**
     * The lines of a mapping that is already chosen (a saved one, or a preset used as it is): every
     * column as the mapping has it, sure, for the reason given ({@code "saved for files with these columns"}).
     */
    public static MappingGuess explain(ImportMapping mapping, List<String> headers, List<List<String>> sampleRows, String reason) {
        List<Column> columns = FileTraits.columns(headers, sampleRows, mapping.nullValues());
        List<ColumnMatch> lines = new ArrayList<>();
        for (Column c : columns) {
            String header = c.header();
            String target;
            if (mapping.dropped().contains(header)) {
                target = null;
            } else if (mapping.outcome().isPresent() && mapping.outcome().get().column().equals(header)) {
                target = ColumnMatch.OUTCOME;
            } else {
                target = mapping.columns().getOrDefault(header, ImportFields.CUSTOM_PREFIX + header);
            }
            lines.add(new ColumnMatch(header, target, 1.0, reason, c.values().samples()));
        }
        return new MappingGuess(mapping, lines);
    }

    // ---- results ------------------------------------------------------------------------------

    private static ColumnMatch kept(Column c, Candidate beaten, Map<String, Candidate> byTarget, String rejection) {
        String header = c.header();
        String custom = ImportFields.CUSTOM_PREFIX + header;
        List<String> samples = c.values().samples();
        if (beaten != null) {
            Candidate winner = byTarget.get(beaten.target());
            return new ColumnMatch(header, custom, 0.6, "kept as a custom field: it also looks like " + beaten.target() + " ("
                    + beaten.reason() + "), but " + winner.column().header() + " fits better ("
                    + String.format(Locale.ROOT, "%.2f", round(winner.score())) + " against "
                    + String.format(Locale.ROOT, "%.2f", round(beaten.score())) + ")", samples);
        }
        if (rejection != null) {
            return new ColumnMatch(header, custom, 0.7, "kept as a custom field: " + rejection, samples);
        }
        Shape shape = c.values().shape();
        String what = shape == null ? "no target field fits" : "its values are " + describe(shape) + ", and no target field fits";
        if (shape == Shape.FLAG) {
            what = "yes/no values: a flag; no target field fits";
        }
        return new ColumnMatch(header, custom, 0.8, what + "; kept as a custom field", samples);
    }

    private static GeneratedIds generatedIds(ImportKind kind, Map<String, Candidate> byTarget, List<List<String>> rows, Set<String> constants,
                                             Set<String> nullValues) {
        if (kind != ImportKind.CONTACTS || constants.contains("external_id") || constants.contains("email")) {
            return GeneratedIds.OFF;
        }
        Candidate id = byTarget.get("external_id");
        Candidate email = byTarget.get("email");
        if (id == null && email == null) {
            return new GeneratedIds(true, List.of());
        }
        for (List<String> row : rows) {
            if (blank(row, id, nullValues) && blank(row, email, nullValues)) {
                return new GeneratedIds(true, List.of());
            }
        }
        return GeneratedIds.OFF;
    }

    /** The row has no value for {@code c}: an empty cell, or one of the file's null values (a placeholder email). */
    private static boolean blank(List<String> row, Candidate c, Set<String> nullValues) {
        if (c == null) {
            return true;
        }
        int i = c.column().index();
        if (row == null || i >= row.size() || row.get(i) == null || row.get(i).isBlank()) {
            return true;
        }
        String v = row.get(i).strip();
        return nullValues.stream().anyMatch(n -> n.equalsIgnoreCase(v));
    }

    private static String name(String fileName, ImportMapping start) {
        String file = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        return start == null ? "auto (" + file + ")" : "auto (" + file + ", from " + start.name() + ")";
    }

    static String describe(Shape shape) {
        return switch (shape) {
            case EMAIL -> "email addresses";
            case URL -> "web addresses";
            case PHONE -> "phone numbers";
            case DATE -> "dates";
            case FLAG -> "yes/no values";
            case INTEGER -> "whole numbers";
            case DECIMAL -> "numbers";
            case COUNTRY -> "countries";
        };
    }

    static String percent(double share) {
        return Math.round(Math.min(1, Math.max(0, share)) * 100) + "%";
    }

    static double round(double score) {
        return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100.0;
    }
}
