package com.leadbench.importing;

import com.leadbench.model.Account;
import com.leadbench.model.Contact;
import com.leadbench.scoring.lead.LeadFacts;
import com.leadbench.scoring.Scorecard;
import com.leadbench.scoring.rules.ExclusionRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * What a person should know before a contacts file is written, found by reading it once: one
 * value shared by many rows in the email column (a placeholder such as {@code a@a.com}: such rows
 * are kept apart instead of merged into one contact), and what the published scorecard's
 * exclusions will do to the rows ("all 9,240 rows have no email: the published scorecard excludes
 * every one of them (rule: Invalid or disposable email)").
 */
public final class ImportChecks {

    /** Rows that must share one ordinary-looking email, with different names, before it is taken for a placeholder. */
    static final int PLACEHOLDER_ROWS = 3;
    /** Addresses people type when a form insists on one: {@code a@a.com}, {@code test@test.com}, {@code none@example.com}. */
    private static final java.util.regex.Pattern TYPED_PLACEHOLDER = java.util.regex.Pattern.compile(
            "^(?:([a-z0-9])\\1*|test|none|noemail|no-email|nomail|no|na|n/a|unknown|keine|x+|example|email|mail|abc|asdf)"
                    + "@(?:([a-z0-9])\\2*|test|none|example|email|mail|noemail|domain|abc|asdf)\\.[a-z]{2,3}$");

    /** What the checks found: the warnings, and the mapping adjusted so placeholder rows are kept apart. */
    public record Result(ImportMapping mapping, List<ImportWarning> warnings, Set<String> placeholders) {
    }

    private ImportChecks() {
    }

    /**
     * Reads {@code source} once through {@code mapping} (a contacts mapping; other kinds come back
     * unchanged) and checks it against {@code published} (null when nothing is published).
     */
    public static Result run(CsvSource source, ImportMapping mapping, Scorecard published) {
        if (mapping.kind() != ImportKind.CONTACTS) {
            return new Result(mapping, List.of(), Set.of());
        }
        List<String> headers = source.headers();
        int email = columnOf(headers, mapping, "email");
        int first = columnOf(headers, mapping, "first_name");
        int last = columnOf(headers, mapping, "last_name");
        int country = columnOf(headers, mapping, "country");
        int ipCountry = columnOf(headers, mapping, "ip_country");
        int domain = columnOf(headers, mapping, "domain");
        Set<String> nulls = new HashSet<>();
        mapping.nullValues().forEach(v -> nulls.add(v.strip().toLowerCase(Locale.ROOT)));

        Map<String, Seen> byEmail = new HashMap<>();
        Map<String, Integer> excludedBy = new LinkedHashMap<>();
        long rows = 0;
        try (CsvRows records = source.rows()) {
            CSVRecord r;
            while ((r = records.next()) != null) {
                if (CsvRows.isEmptyLine(r)) {
                    continue;
                }
                rows++;
                // placeholders are counted as written, even where the mapping already reads them as empty
                String address = cell(r, email, Set.of());
                if (address != null) {
                    String key = address.toLowerCase(Locale.ROOT);
                    byEmail.computeIfAbsent(key, k -> new Seen()).add(records.line(),
                            (Optional.ofNullable(cell(r, first, nulls)).orElse("") + " " + Optional.ofNullable(cell(r, last, nulls)).orElse(""))
                                    .strip().toLowerCase(Locale.ROOT));
                }
                if (published != null) {
                    LeadFacts facts = facts(cell(r, email, nulls), cell(r, country, nulls), cell(r, ipCountry, nulls), cell(r, domain, nulls));
                    for (ExclusionRule rule : published.exclusions()) {
                        if (rule.enabled() && rule.reason(facts).isPresent()) {
                            excludedBy.merge(rule.label(), 1, Integer::sum);
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvRows.Malformed e) {
            // the import itself reports a file that breaks CSV syntax, with its line
            return new Result(mapping, List.of(), Set.of());
        }

        List<ImportWarning> warnings = new ArrayList<>();
        Set<String> placeholders = new java.util.LinkedHashSet<>();
        String emailColumn = email >= 0 ? headers.get(email) : null;
        byEmail.forEach((address, seen) -> {
            int names = seen.names.size();
            if (isPlaceholder(address, seen.rows, names)) {
                placeholders.add(address);
                warnings.add(new ImportWarning(seen.lines.getFirst(), emailColumn, "\"" + ImportLimits.cut(address) + "\" is the email of "
                        + seen.rows + " rows" + (names >= 2 ? " with different names" : "") + " (lines " + listed(seen.lines, seen.rows)
                        + "): it looks like a placeholder, so these rows are kept as separate contacts with no email, not merged into one"));
            }
        });
        if (rows > 0 && email < 0 && !mapping.constants().containsKey("email")) {
            // nothing to check row by row: say it once
            warnings.add(new ImportWarning(0, null, "no column is placed as the email: contacts are matched by their id only, and"
                    + " email rules of the scorecard cannot judge them"));
        }
        long total = rows;
        excludedBy.forEach((rule, count) -> {
            if (count * 2 > total) {
                warnings.add(new ImportWarning(0, null, (count == total ? "all " + String.format(Locale.ROOT, "%,d", total) + " rows"
                        : String.format(Locale.ROOT, "%,d of %,d rows", count, total)) + describeCause(email, rule)
                        + ": the published scorecard excludes " + (count == total ? "every one of them" : "them") + " (rule: " + rule
                        + "). Choose or learn a scorecard that fits this data before relying on its tiers"));
            }
        });
        ImportMapping adjusted = mapping;
        if (!placeholders.isEmpty()) {
            Map<String, Map<String, String>> values = new LinkedHashMap<>(mapping.values());
            Map<String, String> forEmail = new LinkedHashMap<>(values.getOrDefault(emailColumn, Map.of()));
            placeholders.forEach(p -> forEmail.put(p, ""));
            values.put(emailColumn, forEmail);
            adjusted = mapping.withValues(values);
            if (!adjusted.generatedIds().enabled() && columnOf(headers, mapping, "external_id") < 0) {
                adjusted = adjusted.withGeneratedIds(new GeneratedIds(true, List.of()));
            }
        }
        return new Result(adjusted, warnings, placeholders);
    }

    /**
     * The one rule for a placeholder email, used here over the whole file and by the matcher over its
     * sample: a typed one ({@code a@a.com}) on two rows or more, or any address on {@value #PLACEHOLDER_ROWS}
     * rows or more of at least two different people (by first and last name). Without names, an ordinary
     * address shared by several rows may be one person exported twice, so it is not one.
     */
    public static boolean isPlaceholder(String address, int rows, int differentPeople) {
        if (rows >= 2 && TYPED_PLACEHOLDER.matcher(address.strip().toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        return rows >= PLACEHOLDER_ROWS && differentPeople >= 2;
    }

    private static String describeCause(int emailColumn, String rule) {
        String lower = rule.toLowerCase(Locale.ROOT);
        return emailColumn < 0 && lower.contains("email") ? " have no email" : "";
    }

    private static String listed(List<Long> lines, int rows) {
        return String.join(", ", lines.stream().map(String::valueOf).toList()) + (rows > lines.size() ? ", …" : "");
    }

    /** One email as the rows use it: how many, the first few lines, up to two names (two tell it is shared). */
    private static final class Seen {
        int rows;
        final List<Long> lines = new ArrayList<>(1);
        final Set<String> names = new HashSet<>(2);

        void add(long line, String name) {
            rows++;
            if (lines.size() < 5) {
                lines.add(line);
            }
            if (names.size() < 2 && !name.isEmpty()) {
                names.add(name);
            }
        }
    }

    private static LeadFacts facts(String email, String country, String ipCountry, String domain) {
        Contact contact = new Contact(0, null, email, null, null, null, null, country, ipCountry, null, null, Instant.EPOCH, null,
                domain == null ? null : 1L, Map.of());
        Optional<Account> account = domain == null ? Optional.empty()
                : Optional.of(new Account(1, domain, null, null, null, null, null, null, false, false, null, Map.of()));
        return new LeadFacts(contact, account, List.of());
    }

    private static String cell(CSVRecord r, int column, Set<String> nulls) {
        if (column < 0 || column >= r.size()) {
            return null;
        }
        String v = r.get(column).strip();
        return v.isEmpty() || nulls.contains(v.toLowerCase(Locale.ROOT)) ? null : v;
    }

    /** The header position of the column placed into {@code target}, or -1. */
    private static int columnOf(List<String> headers, ImportMapping mapping, String target) {
        for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
            if (e.getValue().equals(target)) {
                int at = headers.indexOf(e.getKey());
                if (at < 0) {
                    for (int i = 0; i < headers.size(); i++) {
                        if (headers.get(i).equalsIgnoreCase(e.getKey())) {
                            return i;
                        }
                    }
                }
                return at;
            }
        }
        return -1;
    }
}
