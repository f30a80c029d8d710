package com.leadbench.importing.matching;

import com.leadbench.importing.OutcomeColumn;
import com.leadbench.importing.matching.MappingMatcher.Column;
import com.leadbench.importing.matching.ValueProfile.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the column of a contacts file that says how each lead ended, in this order of trust:
 * <ol>
 *   <li>a won flag ({@code IsWon}, {@code Is Won}): true = won, false = lost; but a stage column with
 *       open values beats it, since false is also what an open deal has;</li>
 *   <li>a status or stage whose values say won ({@code Closed Won}, {@code Won}, {@code Customer},
 *       {@code Closed - Converted}), lost ({@code Closed Lost}, {@code Lost}, {@code Disqualified}) or
 *       neither (open stages, skipped);</li>
 *   <li>a converted flag ({@code IsConverted}, {@code Converted} 0/1): true = won, false = no outcome
 *       (an unconverted lead is no loss that sales reported);</li>
 *   <li>an id that is there only for converted leads ({@code ConvertedOpportunityId}): any value = won.</li>
 * </ol>
 * A marketing stage ({@code Lifecycle Stage}, Mautic's {@code stage}) is never taken by itself: it says
 * where a lead is in the marketing funnel, set by forms, workflows and imports, and never says lost.
 * Its date comes from the outcome-date column that fits it ({@code ConvertedDate} for conversions,
 * {@code CloseDate} for deals, {@code Became a Customer Date} for a lifecycle), with the creation date
 * as the fallback; or from the creation date alone.
 */
final class Outcomes {

    /** The outcome found, the column it reads, how sure, why. */
    record Found(OutcomeColumn outcome, Column column, double score, String reason, Role role) {

        String dateColumn() {
            return outcome.dateColumn();
        }
    }

    enum Role { WON_FLAG, STAGE, CONVERTED_FLAG, CONVERTED_ID }

    private static final Set<String> WON = Set.of("closed won", "won", "customer", "converted", "closed converted", "deal won", "evangelist",
            "client", "signed", "purchased", "sold", "closed won converted", "qualified converted", "became customer", "paying customer");
    private static final Set<String> LOST = Set.of("closed lost", "lost", "closed not converted", "not converted", "disqualified",
            "unqualified", "not qualified", "junk", "junk lead", "lost lead", "rejected", "dead", "closed lost to competition",
            "closed disqualified", "deal lost", "closed rejected", "bad fit");
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "t", "1");
    private static final Map<String, String> OPPOSITE = Map.ofEntries(Map.entry("true", "false"), Map.entry("false", "true"),
            Map.entry("yes", "no"), Map.entry("no", "yes"), Map.entry("y", "n"), Map.entry("n", "y"), Map.entry("t", "f"),
            Map.entry("f", "t"), Map.entry("1", "0"), Map.entry("0", "1"));
    private static final Set<String> FLAG_WORDS = OPPOSITE.keySet();

    private Outcomes() {
    }

    /**
     * The most trusted outcome among {@code columns}; {@code createdColumn} (or null) is the date fallback;
     * {@code vendor} (or null) is the product whose names the file uses, for the reasons.
     */
    static Optional<Found> detect(List<Column> columns, String createdColumn, String vendor) {
        Found best = null;
        Found openStage = null;
        for (Column c : columns) {
            Optional<Found> found = found(c, columns, createdColumn, false, vendor);
            if (found.isPresent() && (best == null || found.get().score() > best.score() + 1e-9)) {
                best = found.get();
            }
            if (found.isPresent() && found.get().role() == Role.STAGE && !found.get().outcome().skip().isEmpty()
                    && (openStage == null || found.get().score() > openStage.score() + 1e-9)) {
                openStage = found.get();
            }
        }
        if (best != null && best.role() == Role.WON_FLAG && openStage != null) {
            // IsWon is false for open deals too: the stage tells them from lost ones
            Found b = best;
            return Optional.of(new Found(openStage.outcome(), openStage.column(), openStage.score(), openStage.reason()
                    + "; preferred to " + b.column().header() + ", which is false for open deals too", Role.STAGE));
        }
        return Optional.ofNullable(best);
    }

    /** The outcome a person makes of column {@code c}, whatever its name. */
    static Optional<OutcomeColumn> of(Column c, List<Column> columns, String createdColumn) {
        return found(c, columns, createdColumn, true, null).map(Found::outcome);
    }

    private static Optional<Found> found(Column c, List<Column> columns, String createdColumn, boolean chosen, String vendor) {
        if (!chosen && marketingStage(c, vendor)) {
            return Optional.empty();
        }
        Role role = null;
        double score = 0;
        String named = null;
        for (HeaderNames.Reading r : c.readings()) {
            for (Role candidate : Role.values()) {
                List<Vocabulary.Name> names = Vocabulary.shipped().lookup(r.key()).stream()
                        .filter(n -> n.target().equals(tag(candidate))).toList();
                if (names.isEmpty() || (role != null && candidate.ordinal() >= role.ordinal())) {
                    continue;
                }
                boolean fromVendor = names.stream().anyMatch(Vocabulary.Name::fromVendor);
                role = candidate;
                score = base(candidate) - r.penalty() - (fromVendor ? 0 : 0.03);
                named = NameEvidence.describe(names, vendor, switch (candidate) {
                    case WON_FLAG -> "a won flag";
                    case STAGE -> "a status or stage";
                    case CONVERTED_FLAG -> "a converted flag";
                    case CONVERTED_ID -> "the id of a converted lead's opportunity";
                });
            }
        }
        if (role == null) {
            List<String> words = HeaderNames.words(c.header());
            if (words.stream().anyMatch(w -> Set.of("stage", "status", "outcome", "result").contains(w))) {
                role = Role.STAGE;
                score = 0.6;
                named = "header names a status or stage";
            } else if (chosen) {
                role = c.values().shape() == Shape.FLAG ? Role.CONVERTED_FLAG : Role.STAGE;
                score = 1.0;
                named = "chosen by you";
            } else {
                return Optional.empty();
            }
        }
        ValueProfile v = c.values();
        Set<String> won = new LinkedHashSet<>();
        Set<String> lost = new LinkedHashSet<>();
        Set<String> skip = new LinkedHashSet<>();
        String how;
        switch (role) {
            case WON_FLAG, CONVERTED_FLAG -> {
                if (!v.counts().keySet().stream().allMatch(x -> FLAG_WORDS.contains(x.toLowerCase(Locale.ROOT)))) {
                    if (!chosen) {
                        return Optional.empty();
                    }
                    return stage(c, v, columns, createdColumn, score, named);
                }
                for (String value : v.counts().keySet()) {
                    (TRUE.contains(value.toLowerCase(Locale.ROOT)) ? won : lost).add(value);
                }
                if (won.isEmpty() && lost.isEmpty()) {
                    won.add("true");
                    lost.add("false");
                } else if (won.isEmpty()) {
                    lost.forEach(x -> won.add(opposite(x)));
                } else if (lost.isEmpty()) {
                    won.forEach(x -> lost.add(opposite(x)));
                }
                if (role == Role.CONVERTED_FLAG) {
                    // not converted is no loss sales reported: no outcome (README of the import corpus, "Outcome semantics")
                    skip.addAll(lost);
                    how = String.join("/", won) + " = won, " + String.join("/", lost) + " = no outcome (a lead not converted is not lost)";
                    for (String w : FLAG_WORDS) {
                        if (!TRUE.contains(w)) {
                            skip.add(w); // whichever way the file writes "not converted"
                        }
                    }
                    lost.clear(); // a value that is no flag word at all is what is left to be lost
                } else {
                    how = String.join("/", won) + " = won, " + String.join("/", lost) + " = lost";
                }
            }
            case STAGE -> {
                return stage(c, v, columns, createdColumn, score, named);
            }
            case CONVERTED_ID -> {
                won.add(OutcomeColumn.ANY);
                how = "any value = won, empty = no outcome";
            }
            default -> throw new IllegalStateException();
        }
        return Optional.of(found(c, new LinkedHashSet<>(won), lost, skip, columns, createdColumn, score, named + "; " + how,
                role == Role.WON_FLAG ? "close" : "convert", role));
    }

    private static Optional<Found> stage(Column c, ValueProfile v, List<Column> columns, String createdColumn, double score, String named) {
        if (v.distinct() > 40 || (v.shape() != null && v.shape() != Shape.FLAG)) {
            return Optional.empty();
        }
        Set<String> won = new LinkedHashSet<>();
        Set<String> lost = new LinkedHashSet<>();
        Set<String> skip = new LinkedHashSet<>();
        for (String value : v.counts().keySet()) {
            switch (meaning(value)) {
                case 1 -> won.add(value);
                case -1 -> lost.add(value);
                default -> skip.add(value);
            }
        }
        if (won.isEmpty()) {
            return Optional.empty();
        }
        String lostWords;
        if (lost.isEmpty()) {
            // nothing lost in the sample: name the usual lost values, so a value never seen stays no outcome
            lost.addAll(List.of("Closed Lost", "Lost"));
            lostWords = "none lost in the sample (Closed Lost or Lost would be)";
        } else {
            score += 0.03;
            lostWords = String.join("/", lost) + " = lost";
        }
        String how = String.join("/", won) + " = won, " + lostWords
                + (skip.isEmpty() ? "" : ", " + String.join("/", first(skip, 4)) + (skip.size() > 4 ? "/..." : "") + " = still open");
        String hint = won.stream().anyMatch(w -> key(w).contains("convert")) ? "convert"
                : won.stream().anyMatch(w -> key(w).contains("customer")) ? "customer" : "close";
        return Optional.of(found(c, won, lost, skip, columns, createdColumn, score, named + "; " + how, hint, Role.STAGE));
    }

    private static Found found(Column c, Set<String> won, Set<String> lost, Set<String> skip, List<Column> columns, String createdColumn,
                               double score, String reason, String dateHint, Role role) {
        // a "won date" column is its own date: present means won, and says when
        String date = role == Role.CONVERTED_ID && c.values().shape() == ValueProfile.Shape.DATE ? c.header()
                : dateColumn(columns, dateHint, c.header());
        String column = date != null ? date : createdColumn;
        String fallback = date != null && createdColumn != null && !createdColumn.equals(date) ? createdColumn : null;
        String when = date != null ? "; its date from " + date + (fallback != null ? " (else " + fallback + ")" : "")
                : createdColumn != null ? "; its date from " + createdColumn : "; no date column: the time of the import";
        OutcomeColumn outcome = new OutcomeColumn(c.header(), won, lost, skip, column, fallback);
        return new Found(outcome, c, Math.min(score, 0.97), reason + when, role);
    }

    /**
     * A marketing stage: its name is an {@code @marketing-stage} of the vocabulary, and not also a
     * sales stage ({@code @stage}), unless the file's own product is the one that uses it for marketing
     * (Mautic's {@code stage}, where Zoho's {@code Stage} is a deal's).
     */
    static boolean marketingStage(Column c, String vendor) {
        for (HeaderNames.Reading r : c.readings()) {
            List<Vocabulary.Name> names = Vocabulary.shipped().lookup(r.key());
            List<Vocabulary.Name> marketing = names.stream().filter(n -> n.target().equals("@marketing-stage")).toList();
            if (marketing.isEmpty()) {
                continue;
            }
            boolean sales = names.stream().anyMatch(n -> n.target().equals("@stage"));
            if (!sales || marketing.stream().anyMatch(n -> n.fromVendor() && n.vendor().equals(vendor))) {
                return true;
            }
        }
        return false;
    }

    /** The outcome-date column that fits the outcome: the one whose name has {@code hint}, else the first. */
    private static String dateColumn(List<Column> columns, String hint, String outcomeHeader) {
        List<Column> dates = new ArrayList<>();
        for (Column c : columns) {
            if (c.header().equals(outcomeHeader)) {
                continue;
            }
            boolean named = c.readings().stream().anyMatch(r -> Vocabulary.shipped().lookup(r.key()).stream()
                    .anyMatch(n -> n.target().equals("@outcome-date")));
            if (named && (c.values().isEmpty() || c.values().share(Shape.DATE) >= 0.8)) {
                dates.add(c);
            }
        }
        for (Column c : dates) {
            if (HeaderNames.key(c.header()).contains(hint)) {
                return c.header();
            }
        }
        return dates.isEmpty() ? null : dates.get(0).header();
    }

    /** 1 when a stage value means won, -1 lost, 0 still open. */
    static int meaning(String value) {
        String k = key(value);
        if (WON.contains(k)) {
            return 1;
        }
        if (LOST.contains(k)) {
            return -1;
        }
        List<String> words = List.of(k.split(" "));
        if (words.contains("lost") || (words.contains("closed") && words.contains("not"))) {
            return -1;
        }
        if (words.contains("won") && !words.contains("not")) {
            return 1;
        }
        return 0;
    }

    /** "Closed - Won" -> "closed won". */
    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String tag(Role role) {
        return switch (role) {
            case WON_FLAG -> "@won-flag";
            case STAGE -> "@stage";
            case CONVERTED_FLAG -> "@converted-flag";
            case CONVERTED_ID -> "@converted-id";
        };
    }

    private static double base(Role role) {
        return switch (role) {
            case WON_FLAG -> 0.95;
            case STAGE -> 0.88;
            case CONVERTED_FLAG -> 0.85;
            case CONVERTED_ID -> 0.75;
        };
    }

    private static String opposite(String value) {
        String o = OPPOSITE.get(value.toLowerCase(Locale.ROOT));
        if (value.equals(value.toUpperCase(Locale.ROOT))) {
            return o.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(value.charAt(0))) {
            return Character.toUpperCase(o.charAt(0)) + o.substring(1);
        }
        return o;
    }

    private static List<String> first(Set<String> values, int n) {
        return values.stream().limit(n).toList();
    }
}
