package com.leadbench.ingest.matching;

import com.leadbench.ingest.DateColumn;
import com.leadbench.ingest.DayOrder;
import com.leadbench.ingest.GeneratedIds;
import com.leadbench.ingest.ImportChecks;
import com.leadbench.ingest.ImportFields;
import com.leadbench.ingest.ImportKind;
import com.leadbench.ingest.ImportMapping;
import com.leadbench.ingest.MappingPresets;
import com.leadbench.ingest.OutcomeColumn;
import com.leadbench.ingest.matching.ValueProfile.DateStyle;
import com.leadbench.ingest.matching.ValueProfile.Shape;
import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** Cell values that vendors write for "no value"; those seen in a file become its null values. */
    static final List<String> PLACEHOLDERS = List.of("--", "--None--", "Select", "[not provided]", "N/A", "#N/A", "NULL", "-",
            "(blank)", "(none)");

    static final double VENDOR = 0.88;
    static final double PRESET = 0.90;
    static final double SYNONYM = 0.75;
    static final double WORD = 0.45;
    static final double CONFIRMED = 0.09;

    private static final Set<String> ACTIVITY_TYPES = new HashSet<>();
    private static final Set<String> FOLLOW_UP_KINDS = new HashSet<>();

    static {
        for (ActivityType t : ActivityType.values()) {
            ACTIVITY_TYPES.add(HeaderNames.key(t.name()));
            ACTIVITY_TYPES.add(HeaderNames.key(t.label()));
        }
        for (FollowUpKind k : FollowUpKind.values()) {
            FOLLOW_UP_KINDS.add(HeaderNames.key(k.name()));
            FOLLOW_UP_KINDS.add(HeaderNames.key(k.label()));
        }
        FOLLOW_UP_KINDS.add("closedwon");
        FOLLOW_UP_KINDS.add("closedlost");
    }

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
        nullValues.addAll(placeholdersIn(rows));
        List<Column> columns = columns(headers, rows, nullValues);
        DayOrder dayOrder = dayOrder(start, columns);

        // 1. evidence per column: the starting point, the names, the values
        String vendor = vendorOf(columns);
        List<String> dealColumns = kind == ImportKind.CONTACTS ? dealColumns(columns) : List.of();
        List<Candidate> candidates = new ArrayList<>();
        Map<Integer, String> rejections = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.header()) || (c.values().isEmpty() && c.values().rows() > 0)) {
                continue;
            }
            if (ownField(c, vendor)) {
                rejections.put(c.index(), "it is " + vendor + "'s own field of this name, which fits no target field");
                continue;
            }
            List<Candidate> byName = new ArrayList<>();
            if (start != null) {
                presetCandidate(kind, c, start).ifPresent(byName::add);
            }
            byName.addAll(nameCandidates(kind, c, vendor));
            if (byName.isEmpty()) {
                wordCandidate(kind, c).ifPresent(byName::add);
            }
            boolean accepted = false;
            for (Candidate candidate : byName) {
                Evidence checked = checked(kind, candidate, dayOrder);
                if (checked.candidate() != null) {
                    candidates.add(checked.candidate());
                    accepted = true;
                } else {
                    rejections.putIfAbsent(c.index(), "its name suggests " + candidate.target() + ", but " + checked.note());
                }
            }
            candidates.addAll(valueCandidates(kind, c, accepted));
        }
        if (!dealColumns.isEmpty()) {
            String deals = String.join(", ", dealColumns.subList(0, Math.min(3, dealColumns.size())));
            candidates.removeIf(candidate -> {
                if (!DEAL_OWN.contains(candidate.target()) || namesThePerson(candidate.column().header())) {
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
                String comma = number == null ? null : decimalComma(number.column().values());
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
            nullValues.addAll(placeholderEmails(emailColumn.column(), byTarget, rows));
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
        Set<String> nullValues = placeholdersIn(sampleRows);
        List<Column> columns = columns(headers, sampleRows, nullValues);
        return columns.stream().filter(c -> c.header().equals(column)).findFirst()
                .flatMap(c -> Outcomes.of(c, columns, createdColumn));
    }

    /**
     * The lines of a mapping that is already chosen (a saved one, or a preset used as it is): every
     * column as the mapping has it, sure, for the reason given ({@code "saved for files with these columns"}).
     */
    public static MappingGuess explain(ImportMapping mapping, List<String> headers, List<List<String>> sampleRows, String reason) {
        List<Column> columns = columns(headers, sampleRows, mapping.nullValues());
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

    // ---- reading the file ---------------------------------------------------------------------

    static List<Column> columns(List<String> headers, List<List<String>> rows, Set<String> nullValues) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            List<String> values = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                values.add(row != null && i < row.size() ? row.get(i) : null);
            }
            String header = headers.get(i) == null ? "column_" + (i + 1) : headers.get(i);
            out.add(new Column(i, header, ValueProfile.of(values, nullValues), HeaderNames.readings(header)));
        }
        return companysCopies(out);
    }

    /**
     * A repeated name whose first copy comes before the company's columns and whose second comes after
     * one ({@code Associated Company}, {@code Company Name}, an {@code Account.} field) is the company's:
     * HubSpot writes the contact's {@code Country/Region}, then the associated company's.
     */
    private static List<Column> companysCopies(List<Column> columns) {
        int company = -1;
        for (Column c : columns) {
            boolean isCompany = c.readings().stream().anyMatch(r -> r.scope() == HeaderNames.Scope.ACCOUNT
                    || Vocabulary.shipped().lookup(r.key()).stream().anyMatch(n -> n.target().equals("company")));
            if (isCompany) {
                company = c.index();
                break;
            }
        }
        if (company < 0) {
            return columns;
        }
        int companyIndex = company;
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            String base = HeaderNames.withoutDuplicateMark(c.header().strip());
            boolean copy = c.index() > company && !base.equals(c.header().strip()) && columns.stream()
                    .anyMatch(o -> o.index() < companyIndex && o.header().strip().equals(base));
            if (!copy) {
                out.add(c);
                continue;
            }
            List<HeaderNames.Reading> readings = new ArrayList<>();
            for (HeaderNames.Reading r : c.readings()) {
                boolean marked = !r.note().isEmpty() && r.scope() == HeaderNames.Scope.PERSON;
                readings.add(marked ? new HeaderNames.Reading(r.key(), r.note() + " after the company's columns: the company's",
                        r.penalty(), HeaderNames.Scope.ACCOUNT) : r);
            }
            out.add(new Column(c.index(), c.header(), c.values(), readings));
        }
        return out;
    }

    /**
     * The day order of the starting point, unless the sampled dates contradict it (a HubSpot export
     * re-saved by Excel writes {@code 4/28/24 6:45}, not the preset's ISO dates): then AUTO, so that
     * the import decides each column from its values. AUTO without a starting point.
     */
    static DayOrder dayOrder(ImportMapping start, List<Column> columns) {
        DayOrder order = start != null ? start.dayOrder() : DayOrder.AUTO;
        if (order == DayOrder.AUTO) {
            return order;
        }
        for (Column c : columns) {
            ValueProfile v = c.values();
            if (v.filled() == 0 || v.share(Shape.DATE) < 0.9) {
                continue;
            }
            DateStyle style = v.dateStyle();
            boolean contradicts = switch (order) {
                case ISO -> style == DateStyle.DAY_FIRST || style == DateStyle.MONTH_FIRST;
                case US -> style == DateStyle.DAY_FIRST;
                case EUROPEAN -> style == DateStyle.MONTH_FIRST;
                case AUTO -> false;
            };
            if (contradicts && DateColumn.detect(c.header(), v.counts().keySet()) instanceof DateColumn.Dates) {
                return DayOrder.AUTO;
            }
        }
        return order;
    }

    /** A value of a number column written with a decimal comma ({@code 4100463,83}, {@code 1.250,5}), or null. */
    static String decimalComma(ValueProfile v) {
        for (String value : v.counts().keySet()) {
            String s = value.strip();
            if (DECIMAL_COMMA.matcher(s).matches()) {
                return s;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile(
            "^[-+]?[^,.\\s]*\\d(?:\\.\\d{3})*,(?:\\d{1,2}|\\d{4,})\\s*\\S{0,3}$|^[-+]?\\d{1,3}(?:\\.\\d{3})+,\\d+\\s*\\S{0,3}$");
    /**
     * The addresses of the email column that stand for "no email" in the sample, by the import's one
     * rule ({@link ImportChecks#isPlaceholder}). Read as empty, so those people are not merged into one.
     */
    static Set<String> placeholderEmails(Column email, Map<String, Candidate> byTarget, List<List<String>> rows) {
        Set<String> out = new LinkedHashSet<>();
        Candidate first = byTarget.get("first_name");
        Candidate last = byTarget.get("last_name");
        for (Map.Entry<String, Integer> e : email.values().counts().entrySet()) {
            String address = e.getKey().strip();
            if (e.getValue() < 2) {
                continue;
            }
            Set<String> people = new HashSet<>();
            if (first != null || last != null) {
                for (List<String> row : rows) {
                    if (row != null && address.equalsIgnoreCase(cell(row, email.index()))) {
                        people.add((cell(row, first) + "|" + cell(row, last)).toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (ImportChecks.isPlaceholder(address, e.getValue(), people.size())) {
                out.add(address);
            }
        }
        return out;
    }

    private static String cell(List<String> row, Candidate c) {
        return c == null ? "" : cell(row, c.column().index());
    }

    private static String cell(List<String> row, int index) {
        String v = index < row.size() ? row.get(index) : null;
        return v == null ? "" : v.strip();
    }

    /** Targets a deal record has of its own: in a file of deals, these columns are not the contact's. */
    private static final Set<String> DEAL_OWN = Set.of("external_id", "first_name", "last_name", "job_title", "created_at", "owner", "source",
            "campaign");

    /**
     * The columns that only a deal or opportunity has ({@code @deal} in the vocabulary, or a {@code Deal - }
     * prefix), when there are at least three and no column names a person's first or last name: the
     * file's rows are deals. Empty otherwise.
     */
    static List<String> dealColumns(List<Column> columns) {
        List<String> deal = new ArrayList<>();
        for (Column c : columns) {
            boolean person = c.readings().stream().anyMatch(r -> r.scope() != HeaderNames.Scope.ACCOUNT
                    && Vocabulary.shipped().lookup(r.key()).stream().anyMatch(n -> n.target().equals("first_name")
                    || n.target().equals("last_name")));
            if (person) {
                return List.of();
            }
            boolean isDeal = c.readings().stream().anyMatch(r -> r.scope() == HeaderNames.Scope.DEAL
                    || Vocabulary.shipped().lookup(r.key()).stream().anyMatch(n -> n.target().equals("@deal")));
            if (isDeal) {
                deal.add(c.header());
            }
        }
        return deal.size() >= 3 ? deal : List.of();
    }

    /** A header that says it is the person's ({@code Contact ID}, {@code Person - Owner}), even in a file of deals. */
    private static boolean namesThePerson(String header) {
        List<String> words = HeaderNames.words(header);
        return !words.isEmpty() && Set.of("contact", "person", "prospect").contains(words.get(0));
    }

    /** The placeholders of {@link #PLACEHOLDERS} that occur in the sample, as the file writes them. */
    static Set<String> placeholdersIn(List<List<String>> rows) {
        Set<String> found = new LinkedHashSet<>();
        Map<String, String> known = new HashMap<>();
        for (String p : PLACEHOLDERS) {
            known.put(p.toLowerCase(Locale.ROOT), p);
        }
        for (List<String> row : rows) {
            if (row == null) {
                continue;
            }
            for (String cell : row) {
                if (cell != null && cell.length() <= 16) {
                    String p = known.get(cell.strip().toLowerCase(Locale.ROOT));
                    if (p != null) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The product whose names the header uses most, or null when none stands out: each column counts
     * for every product that writes its name, shared evenly ({@code Country} is everybody's), and the
     * leader needs the weight of two names of its own.
     */
    static String vendorOf(List<Column> columns) {
        Map<String, Double> hits = new HashMap<>();
        for (Column c : columns) {
            Set<String> vendors = new HashSet<>();
            for (HeaderNames.Reading r : c.readings()) {
                for (Vocabulary.Name n : Vocabulary.shipped().lookup(r.key())) {
                    if (n.fromVendor() && !n.source().equals("lead lists")) {
                        vendors.add(n.vendor());
                    }
                }
            }
            vendors.forEach(v -> hits.merge(v, 1.0 / vendors.size(), Double::sum));
        }
        return hits.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    // ---- evidence from names ------------------------------------------------------------------

    private static Optional<Candidate> presetCandidate(ImportKind kind, Column c, ImportMapping start) {
        for (Map.Entry<String, String> e : start.columns().entrySet()) {
            if (e.getKey().equalsIgnoreCase(c.header().strip()) && !e.getValue().startsWith(ImportFields.CUSTOM_PREFIX)
                    && ImportFields.find(kind, e.getValue()).isPresent()) {
                return Optional.of(new Candidate(c, e.getValue(), PRESET, "header is in the " + start.name() + " preset"));
            }
        }
        return Optional.empty();
    }

    /**
     * The file's own product names a field of its own this way ({@code @custom} in the vocabulary:
     * Mautic's contact {@code website} is the person's site), whatever other products mean by it.
     */
    static boolean ownField(Column c, String vendor) {
        return vendor != null && c.readings().stream().anyMatch(r -> Vocabulary.shipped().lookup(r.key()).stream()
                .anyMatch(n -> n.target().equals("@custom") && n.vendor().equals(vendor)));
    }

    /** A candidate per target that some reading of the header names, from the best name for it. */
    static List<Candidate> nameCandidates(ImportKind kind, Column c, String vendor) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<Vocabulary.Name>> names = new LinkedHashMap<>();
        Map<String, HeaderNames.Reading> readings = new HashMap<>();
        for (HeaderNames.Reading r : c.readings()) {
            for (Vocabulary.Name n : Vocabulary.shipped().lookup(r.key())) {
                String target = targetFor(kind, n.target(), r);
                if (target == null) {
                    continue;
                }
                double score = (n.fromVendor() ? VENDOR : SYNONYM) - r.penalty();
                if (vendor != null && n.fromVendor() && n.vendor().equals(vendor)) {
                    score += 0.02; // the file's own product: its Mautic "position" beats another product's "title"
                }
                if (kind != ImportKind.CONTACTS && r.key().equals("id")) {
                    score = 0.5; // in an activities or outcomes file a bare "Id" is more often the row's own id
                }
                if (kind == ImportKind.ACTIVITIES && n.target().equals("created_at")) {
                    score -= 0.1;
                }
                Double known = scores.get(target);
                if (known == null || score > known + 1e-9) {
                    scores.put(target, score);
                    names.put(target, new ArrayList<>(List.of(n)));
                    readings.put(target, r);
                } else if (Math.abs(score - known) < 1e-9 && readings.get(target) == r) {
                    names.get(target).add(n);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        scores.forEach((target, score) -> {
            HeaderNames.Reading r = readings.get(target);
            List<Vocabulary.Name> same = names.get(target);
            String what = same.get(0).target().equals(target) ? target : target + " (" + same.get(0).target() + ")";
            String reason = describe(same, vendor, what);
            if (!r.note().isEmpty()) {
                reason += ", once " + r.note() + " is taken off";
            }
            out.add(new Candidate(c, target, score, reason));
        });
        return out;
    }

    /** Who names a column this way: the file's own vendor if it is one of them, else all of them. */
    static String describe(List<Vocabulary.Name> names, String vendor, String what) {
        for (Vocabulary.Name n : names) {
            if (vendor != null && n.fromVendor() && n.vendor().equals(vendor)) {
                return n.describe(what);
            }
        }
        List<String> vendors = names.stream().filter(Vocabulary.Name::fromVendor)
                .map(n -> n.source().equals("lead lists") ? "common lead lists" : n.vendor()).distinct().toList();
        if (vendors.size() < 2) {
            return names.get(0).describe(what);
        }
        String who = vendors.size() > 3 ? String.join(", ", vendors.subList(0, 3)) + " and others"
                : String.join(", ", vendors.subList(0, vendors.size() - 1)) + " and " + vendors.get(vendors.size() - 1);
        return "header is how " + who + " name " + what;
    }

    /** The target a vocabulary name stands for in a file of {@code kind}, or null (an outcome role, another kind's field). */
    private static String targetFor(ImportKind kind, String target, HeaderNames.Reading reading) {
        if (target.startsWith("@")) {
            return null;
        }
        String t = target;
        if (reading.scope() == HeaderNames.Scope.ACCOUNT) {
            t = switch (target) {
                case "country" -> "company_country";
                case "owner" -> "account_manager";
                case "external_id", "email", "first_name", "last_name", "job_title", "created_at", "phone" -> null;
                default -> target;
            };
        } else if (reading.scope() == HeaderNames.Scope.DEAL) {
            t = switch (target) {
                case "external_id", "email", "first_name", "last_name", "job_title", "created_at" -> null;
                default -> target;
            };
        }
        if (t == null) {
            return null;
        }
        if (kind != ImportKind.CONTACTS) {
            t = switch (t) {
                case "external_id" -> "contact_external_id";
                case "email" -> "contact_email";
                case "created_at" -> kind == ImportKind.ACTIVITIES ? "occurred_at" : null;
                default -> t;
            };
        }
        return t != null && ImportFields.find(kind, t).isPresent() ? t : null;
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("email", "email"), Map.entry("mail", "email"), Map.entry("phone", "phone"), Map.entry("mobile", "phone"),
            Map.entry("telephone", "phone"), Map.entry("company", "company"), Map.entry("organization", "company"),
            Map.entry("organisation", "company"), Map.entry("employer", "company"), Map.entry("country", "country"),
            Map.entry("industry", "industry"), Map.entry("employees", "employees"), Map.entry("revenue", "annual_revenue"),
            Map.entry("website", "domain"), Map.entry("domain", "domain"), Map.entry("homepage", "domain"),
            Map.entry("campaign", "campaign"), Map.entry("owner", "owner"), Map.entry("created", "created_at"),
            Map.entry("creation", "created_at"), Map.entry("signup", "created_at"), Map.entry("registered", "created_at"),
            Map.entry("firstname", "first_name"), Map.entry("lastname", "last_name"), Map.entry("surname", "last_name"),
            Map.entry("jobtitle", "job_title"), Map.entry("source", "source"));

    /** The weakest evidence from a name: a telling word inside it ({@code "Primary e-mail (work)"} has "mail"). */
    static Optional<Candidate> wordCandidate(ImportKind kind, Column c) {
        List<String> words = HeaderNames.words(c.header());
        if (words.isEmpty() || Set.of("is", "has", "do", "does", "did", "can", "opt", "opted", "allow").contains(words.get(0))
                || isQuestion(c.header(), words)
                || Set.of("id", "ids", "by", "count", "flag").contains(words.get(words.size() - 1))
                || words.stream().anyMatch(w -> Set.of("not", "no", "opt", "opted", "out", "optout", "unsubscribe", "unsubscribed", "bounced",
                "bounce", "invalid", "spent", "time", "views", "visits", "clicks", "opens").contains(w))) {
            return Optional.empty();
        }
        List<String> joined = new ArrayList<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            joined.add(words.get(i) + words.get(i + 1));
        }
        for (String w : joined) {
            String target = WORDS.get(w);
            if (target == null) {
                continue;
            }
            HeaderNames.Reading plain = new HeaderNames.Reading(w, "", 0, HeaderNames.Scope.PERSON);
            String t = targetFor(kind, target, plain);
            if (t != null) {
                return Optional.of(new Candidate(c, t, WORD, "header has the word \"" + w + "\""));
            }
        }
        return Optional.empty();
    }

    private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "how", "why", "when", "where", "who", "are", "were", "would",
            "will", "should", "could", "have", "was", "please");

    /** A survey question ({@code What is your current occupation}, {@code How many employees ...?}): its answers are no field. */
    static boolean isQuestion(String header, List<String> words) {
        return header.strip().endsWith("?") || (words.size() >= 3 && QUESTION_WORDS.contains(words.get(0)));
    }

    // ---- evidence from values -----------------------------------------------------------------

    /** A candidate after its values were read: confirmed (a higher score), unchanged, or refused with a note why. */
    record Evidence(Candidate candidate, String note) {
    }

    static Evidence checked(ImportKind kind, Candidate c, DayOrder dayOrder) {
        ValueProfile v = c.column().values();
        if (v.isEmpty()) {
            return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.05, c.reason() + " (no values to confirm it)"), null);
        }
        String t = c.target();
        return switch (t) {
            case "email", "contact_email" -> share(c, v, Shape.EMAIL, 0.8, 0.3, "email addresses");
            case "created_at", "activity_at", "occurred_at" -> dates(c, v, dayOrder);
            case "employees" -> strict(c, v, Shape.INTEGER, "whole numbers");
            case "annual_revenue", "amount" -> strict(c, v, Shape.DECIMAL, "numbers");
            case "is_customer" -> strict(c, v, Shape.FLAG, "yes/no values");
            case "domain" -> v.share(Shape.URL) + v.share(Shape.EMAIL) >= 0.7
                    ? confirmed(c, percent(v.share(Shape.URL) + v.share(Shape.EMAIL)) + " of values are web addresses")
                    : refuseIfShaped(c, v, Set.of(Shape.DATE, Shape.INTEGER, Shape.FLAG));
            case "phone" -> v.share(Shape.PHONE) >= 0.7
                    ? confirmed(c, percent(v.share(Shape.PHONE)) + " of values are phone numbers")
                    : refuseIfShaped(c, v, Set.of(Shape.EMAIL, Shape.DATE, Shape.URL, Shape.FLAG));
            case "country", "company_country", "ip_country" -> v.share(Shape.COUNTRY) >= 0.7
                    ? confirmed(c, percent(v.share(Shape.COUNTRY)) + " of values are countries")
                    : refuseIfShaped(c, v, Set.of(Shape.EMAIL, Shape.DATE, Shape.URL, Shape.FLAG, Shape.DECIMAL));
            case "external_id" -> v.uniqueness() >= 0.95
                    ? confirmed(c, "its values are unique")
                    : new Evidence(null, "its values repeat (" + percent(1 - v.uniqueness()) + " are repeats), so it cannot tell contacts apart");
            case "type" -> known(c, v, ACTIVITY_TYPES, "activity types");
            case "kind" -> known(c, v, FOLLOW_UP_KINDS, "follow-up kinds (WON, LOST, Closed Won, ...)");
            case "owner", "account_manager" -> {
                Evidence e = refuseIfShaped(c, v, Set.of(Shape.DATE, Shape.FLAG));
                yield e.candidate() == null ? e : new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + 0.04, 0.97),
                        c.reason()), null);
            }
            case "contact_external_id", "note", "form_text", "activity_form_text", "asset", "activity_asset" -> new Evidence(c, null);
            default -> text(c, v);
        };
    }

    private static Evidence share(Candidate c, ValueProfile v, Shape shape, double confirm, double refuse, String what) {
        double s = v.share(shape);
        if (s >= confirm) {
            return confirmed(c, percent(s) + " of values are " + what);
        }
        if (s < refuse) {
            return new Evidence(null, "only " + percent(s) + " of its values are " + what);
        }
        return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.1, c.reason() + ", though only " + percent(s)
                + " of values are " + what), null);
    }

    /** A typed field the import must read from every value: a value it cannot read would reject the file. */
    private static Evidence strict(Candidate c, ValueProfile v, Shape shape, String what) {
        double s = v.share(shape);
        if (s >= 0.98 && (shape != Shape.FLAG || v.shape() == Shape.FLAG)) {
            return confirmed(c, "its values are " + what);
        }
        return new Evidence(null, "only " + percent(s) + " of its values are " + what + " (" + String.join(", ", v.samples()) + ")");
    }

    private static Evidence dates(Candidate c, ValueProfile v, DayOrder dayOrder) {
        double s = v.share(Shape.DATE);
        // the import's own reader: yyyyMMdd, epoch seconds, month names, two-digit years
        DateColumn read = DateColumn.detect(c.column().header(), v.counts().keySet());
        if (read instanceof DateColumn.Dates d && (d.order() == DayOrder.AUTO || dayOrder == DayOrder.AUTO || dayOrder == d.order())) {
            String how = d.decidedBy() == null ? "" : dayOrder == DayOrder.AUTO
                    ? ", written " + (d.order() == DayOrder.US ? "month first" : "day first") + " (" + d.decidedBy() + "), as the import will read them"
                    : "";
            return confirmed(c, "its values are dates" + how);
        }
        if (s < 0.5) {
            return new Evidence(null, "only " + percent(s) + " of its values are dates");
        }
        if (s < 0.9) {
            return new Evidence(new Candidate(c.column(), c.target(), c.score() - 0.15,
                    c.reason() + ", though only " + percent(s) + " of values are dates"), null);
        }
        DateStyle style = v.dateStyle();
        boolean readable = switch (style) {
            case ISO -> true;
            case MONTH_FIRST -> dayOrder == DayOrder.US;
            case DAY_FIRST -> dayOrder == DayOrder.EUROPEAN;
            case AMBIGUOUS -> dayOrder != DayOrder.ISO;
            case OTHER -> false;
        };
        if (readable) {
            return confirmed(c, "its values are dates");
        }
        String how = switch (style) {
            case MONTH_FIRST -> "written month first (" + v.samples().get(0) + ")";
            case DAY_FIRST -> "written day first (" + v.samples().get(0) + ")";
            case AMBIGUOUS -> "written day or month first (" + v.samples().get(0) + ")";
            default -> "written as " + v.samples().get(0);
        };
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score(), 0.7),
                c.reason() + "; its values are dates " + how + ", so their format must be chosen"), null);
    }

    private static Evidence known(Candidate c, ValueProfile v, Set<String> keys, String what) {
        int known = 0;
        for (Map.Entry<String, Integer> e : v.counts().entrySet()) {
            if (keys.contains(HeaderNames.key(e.getKey()))) {
                known += e.getValue();
            }
        }
        double s = (double) known / v.filled();
        return s >= 0.98 ? confirmed(c, "its values are " + what)
                : new Evidence(null, "only " + percent(s) + " of its values are " + what);
    }

    private static final Set<String> SALUTATIONS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "m",
            "mme", "mlle", "sr", "sra", "srta", "dott", "ing");

    private static Evidence text(Candidate c, ValueProfile v) {
        if (c.target().equals("job_title")) {
            int salutations = 0;
            for (Map.Entry<String, Integer> e : v.counts().entrySet()) {
                if (SALUTATIONS.contains(HeaderNames.key(e.getKey()))) {
                    salutations += e.getValue();
                }
            }
            if (salutations >= 0.8 * v.filled()) {
                return new Evidence(null, "its values are salutations (" + String.join(", ", v.samples()) + ")");
            }
        }
        Shape shape = v.shape();
        boolean person = Set.of("first_name", "last_name", "job_title", "industry", "region").contains(c.target());
        if (shape == Shape.EMAIL || shape == Shape.DATE || (shape == Shape.URL && person)) {
            return new Evidence(null, "its values are " + describe(shape) + ", not " + c.target().replace('_', ' ') + "s");
        }
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + 0.04, 0.97), c.reason()), null);
    }

    private static Evidence refuseIfShaped(Candidate c, ValueProfile v, Set<Shape> wrong) {
        Shape shape = v.shape();
        if (shape != null && wrong.contains(shape)) {
            return new Evidence(null, "its values are " + describe(shape));
        }
        return new Evidence(c, null);
    }

    private static Evidence confirmed(Candidate c, String why) {
        return new Evidence(new Candidate(c.column(), c.target(), Math.min(c.score() + CONFIRMED, 0.97), c.reason() + ", and " + why), null);
    }

    /** What the values alone suggest: an email, a phone, a web address, a country, a creation date, an id. */
    static List<Candidate> valueCandidates(ImportKind kind, Column c, boolean named) {
        ValueProfile v = c.values();
        List<Candidate> out = new ArrayList<>();
        if (v.filled() < 1) {
            return out;
        }
        String email = kind == ImportKind.CONTACTS ? "email" : "contact_email";
        double emails = v.share(Shape.EMAIL);
        if (emails >= 0.8) {
            out.add(new Candidate(c, email, 0.55 + 0.3 * emails, percent(emails) + " of values are email addresses"));
        }
        if (kind == ImportKind.ACTIVITIES || named) {
            return out;
        }
        List<String> words = HeaderNames.words(c.header());
        double phones = v.share(Shape.PHONE);
        if (phones >= 0.9 && v.share(Shape.DATE) == 0 && !words.contains("ip") && !words.contains("fax")) {
            out.add(new Candidate(c, "phone", 0.5 + 0.25 * phones, percent(phones) + " of values are phone numbers"));
        }
        double urls = v.share(Shape.URL);
        boolean profileLinks = words.stream().anyMatch(w -> Set.of("linkedin", "twitter", "facebook", "xing", "instagram", "page", "landing",
                "referrer", "referer", "image", "photo", "avatar", "profile").contains(w));
        if (urls >= 0.8 && !profileLinks && v.distinct() >= Math.min(3, v.filled())) {
            out.add(new Candidate(c, "domain", 0.5 + 0.25 * urls, percent(urls) + " of values are web addresses"));
        }
        double countries = v.share(Shape.COUNTRY);
        if (countries >= 0.8 && v.shape() != Shape.FLAG) {
            boolean company = words.stream().anyMatch(w -> Set.of("company", "account", "organization", "organisation", "billing", "hq")
                    .contains(w));
            boolean ip = words.contains("ip") || words.contains("geoip");
            out.add(new Candidate(c, company ? "company_country" : ip ? "ip_country" : "country", 0.5 + 0.2 * countries,
                    percent(countries) + " of values are countries"));
        }
        if (kind == ImportKind.CONTACTS && v.share(Shape.DATE) >= 0.9) {
            boolean creation = words.stream().anyMatch(w -> Set.of("created", "create", "creation", "added", "signup", "registered",
                    "registration", "subscribed", "first", "acquired", "joined").contains(w));
            boolean other = words.stream().anyMatch(w -> Set.of("modified", "updated", "update", "last", "birth", "birthday", "close",
                    "closed", "won", "lost", "converted", "due", "end", "next", "became").contains(w));
            if (creation && !other) {
                out.add(new Candidate(c, "created_at", 0.6, "its values are dates and its name says when the contact came"));
            }
        }
        if (kind == ImportKind.CONTACTS && isIdLike(words) && v.uniqueness() >= 0.999 && v.fill() >= 0.95) {
            out.add(new Candidate(c, "external_id", 0.6, "its name says id and its values are unique"));
        }
        return out;
    }

    private static final Set<String> ID_WORDS = Set.of("id", "number", "key", "uuid", "guid", "no", "nr", "num", "code");
    private static final Set<String> FOREIGN = Set.of("account", "owner", "company", "org", "organization", "organisation", "campaign",
            "created", "modified", "converted", "opportunity", "deal", "page", "landing", "seller", "sdr", "sr", "parent", "master",
            "type", "session", "visitor", "form", "list", "program", "product", "territory", "phone", "order", "invoice", "zip",
            "postal", "tax", "vat", "batch", "job", "activity", "event", "source", "stage", "status", "region", "country", "hubspot",
            "salesforce", "crm", "sfdc", "google", "facebook", "click", "gclid", "fbclid", "utm", "ip", "ad", "adgroup", "keyword");

    private static boolean isIdLike(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        boolean id = ID_WORDS.contains(last) || last.endsWith("id") && last.length() <= 8;
        return id && words.stream().noneMatch(FOREIGN::contains);
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
