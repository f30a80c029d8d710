package com.leadbench.importing.matching;

import com.leadbench.importing.matching.MappingMatcher.Candidate;
import com.leadbench.importing.matching.MappingMatcher.Column;
import com.leadbench.importing.DateColumn;
import com.leadbench.importing.DayOrder;
import com.leadbench.importing.ImportChecks;
import com.leadbench.importing.ImportMapping;
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
import java.util.Set;

/**
 * What a sample says of the whole file, before any column is placed: its columns as the matcher reads
 * them, its placeholders and null values, its day order, the product that wrote it, whether its rows are
 * deals. Pure.
 */
final class FileTraits {

    private FileTraits() {
    }

    /** Cell values that vendors write for "no value"; those seen in a file become its null values. */
    static final List<String> PLACEHOLDERS = List.of("--", "--None--", "Select", "[not provided]", "N/A", "#N/A", "NULL", "-",
            "(blank)", "(none)");

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
    static final Set<String> DEAL_OWN = Set.of("external_id", "first_name", "last_name", "job_title", "created_at", "owner", "source",
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
    static boolean namesThePerson(String header) {
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
}
