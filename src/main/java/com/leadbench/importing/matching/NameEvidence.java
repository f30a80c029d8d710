package com.leadbench.importing.matching;

import com.leadbench.importing.matching.MappingMatcher.Candidate;
import com.leadbench.importing.matching.MappingMatcher.Column;
import com.leadbench.importing.ImportFields;
import com.leadbench.importing.ImportKind;
import com.leadbench.importing.ImportMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence from a column's name: the vocabulary's names for a target ({@link Vocabulary}), a preset's
 * placement, or a telling word inside the header. Each candidate carries a score and the reason a person
 * reads. Pure.
 */
final class NameEvidence {

    private NameEvidence() {
    }

    static final double VENDOR = 0.88;
    static final double PRESET = 0.90;
    static final double SYNONYM = 0.75;
    static final double WORD = 0.45;

    static Optional<Candidate> presetCandidate(ImportKind kind, Column c, ImportMapping start) {
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
}
