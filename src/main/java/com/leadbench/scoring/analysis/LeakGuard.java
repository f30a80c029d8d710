package com.leadbench.scoring.analysis;

import com.leadbench.scoring.analysis.FieldProfiles.FieldProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells candidates that look recorded after the outcome (a rule on them would "predict" what sales already knew):
 * <ol>
 *   <li><b>lopsided</b>: a value or band of at least {@code max(minSupport, 50)} leads that was won nearly always
 *       (98% or more, while at least 10 losses would be expected at the base rate) or never (while at least 10 wins
 *       would be expected). A field that is the outcome itself lands here with each of its values;</li>
 *   <li><b>filled after the outcome</b>: a field filled for 90% or more of the won leads and for 10% or fewer of the
 *       others (a deals file joined onto the leads looks like this), a field whose filled leads (at least the minimum
 *       support) were won nearly always (98%, while at least 10 losses would be expected: a deal column that not every
 *       deal has), or a date field whose date lies after the lead's attribution time for most won leads; every
 *       candidate of that field is flagged;</li>
 *   <li><b>named for the outcome</b>: a custom field whose name holds a word sales use for what they write after
 *       the outcome (tags, status, stage, quality, reason, lost, won, closed, outcome, result, disposition,
 *       converted, and modified as in a CRM's "Last Modified By"; whole words, any case); every candidate of that field
 *       is flagged.</li>
 * </ol>
 */
final class LeakGuard {

    /** Words in a field's name that say sales write it after the outcome. */
    static final Set<String> AFTER_WORDS = Set.of("tags", "tag", "status", "stage", "quality", "reason", "lost", "won", "closed",
            "outcome", "result", "disposition", "converted", "modified");
    static final int LARGE = 50;
    static final double NEARLY_ALWAYS = 0.98;
    static final double EXPECTED = 10;
    static final double FILLED_FOR_WON = 0.9;
    static final double FILLED_FOR_OTHERS = 0.1;

    private LeakGuard() {
    }

    /** Why every candidate of {@code field} looks recorded after the outcome (tests 3 and 2), or null. */
    static String field(FieldProfile field, OutcomeBasis basis) {
        if (field.use() == FieldProfiles.Use.CUSTOM) {
            for (String word : words(field.name())) {
                if (AFTER_WORDS.contains(word)) {
                    return "its name says sales fill it in after the outcome (\"" + word + "\")";
                }
            }
        }
        int wins = basis.wins();
        int others = basis.leads() - wins;
        if (wins == 0 || others == 0) {
            return null;
        }
        int filledWon = 0;
        int filledOthers = 0;
        int datedWon = 0;
        int datedAfter = 0;
        long[] dates = field.dates();
        for (int i = 0; i < basis.leads(); i++) {
            boolean filled = field.filled()[i];
            if (basis.won(i)) {
                filledWon += filled ? 1 : 0;
                if (dates[i] != FieldProfile.NO_DATE) {
                    datedWon++;
                    datedAfter += dates[i] > basis.asOf(i) ? 1 : 0;
                }
            } else {
                filledOthers += filled ? 1 : 0;
            }
        }
        if (filledWon >= FILLED_FOR_WON * wins && filledOthers <= FILLED_FOR_OTHERS * others) {
            return String.format(Locale.ROOT, "looks recorded after the outcome: filled for %,d of %,d won leads but only %,d of %,d others",
                    filledWon, wins, filledOthers, others);
        }
        int filled = filledWon + filledOthers;
        if (filled >= basis.minSupport() && nearlyAlwaysWon(filled, filledWon, basis.baseRate())) {
            return String.format(Locale.ROOT, "looks recorded after the outcome: filled almost only for won leads (%,d of its %,d"
                    + " filled leads won)", filledWon, filled);
        }
        if (datedWon > 0 && datedAfter * 2 > datedWon) {
            return String.format(Locale.ROOT, "looks recorded after the outcome: dated after the moment the lead is judged at"
                    + " (before sales took it up) for %,d of %,d won leads", datedAfter, datedWon);
        }
        return null;
    }

    /**
     * Why a value, band or activity of {@code leads} leads, {@code wins} of them won, looks recorded after the outcome
     * (test 1), or null. An activity can look so too: counted inside the window before each lead's attribution time, a
     * kind of activity only won leads have in their window (the others are judged as of now, long after it) says
     * nothing about a lead that is still open.
     */
    static String lopsided(int leads, int wins, OutcomeBasis basis) {
        if (leads < Math.max(basis.minSupport(), LARGE) || Double.isNaN(basis.baseRate())) {
            return null;
        }
        double base = basis.baseRate();
        if (nearlyAlwaysWon(leads, wins, base)) {
            return String.format(Locale.ROOT, "looks recorded after the outcome: %,d of %,d leads won", wins, leads);
        }
        if (wins == 0 && leads * base >= EXPECTED) {
            return String.format(Locale.ROOT, "looks recorded after the outcome: none of %,d leads won, where %,.0f wins were expected",
                    leads, leads * base);
        }
        return null;
    }

    /** Won 98% of the time or more, where at least 10 losses would be expected at the base rate. */
    private static boolean nearlyAlwaysWon(int leads, int wins, double base) {
        return wins >= NEARLY_ALWAYS * leads && leads * (1 - base) >= EXPECTED;
    }

    /** The words of a field's name, lower case: split at anything not a letter or digit and where camel case changes. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").replaceAll("(\\p{Lu})(\\p{Lu}\\p{Ll})", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
