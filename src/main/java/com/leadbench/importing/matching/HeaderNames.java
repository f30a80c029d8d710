package com.leadbench.importing.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column names compared the way people read them: ignoring case, spaces, punctuation and accents
 * ({@code "First Name"} = {@code "first_name"} = {@code "FirstName"} = {@code "Prénom"} without its accent),
 * and seen through what readers and vendors add to them: a {@code " (2)"} a reader appends to a
 * repeated name, an object prefix ({@code "Contact: "}, {@code "Lead."}, {@code "Person - "}), a
 * Salesforce custom-field suffix ({@code "__c"}), a Pipedrive kind suffix ({@code "Email - Work"}).
 */
public final class HeaderNames {

    /** How a name was read: its key, what was taken off to get it, and how much that weakens the evidence. */
    public record Reading(String key, String note, double penalty, Scope scope) {
    }

    /** Whose field a prefixed name is: the person's (or none), the company's, or a deal's. */
    public enum Scope { PERSON, ACCOUNT, DEAL }

    private static final Pattern DUPLICATE = Pattern.compile("\\s*[(\\[]\\d{1,3}[)\\]]\\s*$");
    private static final Pattern PREFIX = Pattern.compile(
            "^(contact|lead|person|prospect|people|account|organization|organisation|org|company|deal|opportunity|properties)"
                    + "\\s*(?::|\\.|>|\\s-\\s|\\s–\\s)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUSTOM_PREFIX = Pattern.compile("^c__(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUSTOM_SUFFIX = Pattern.compile("^(.+?)__c$", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND_SUFFIX = Pattern.compile("^(.+?)\\s+-\\s+(work|home|other|mobile|main|office|private|personal|business)$",
            Pattern.CASE_INSENSITIVE);
    /** A unit or note in brackets after the name: {@code "Umsatz (EUR)"}, {@code "Revenue [USD]"}, {@code "Employees (approx.)"}. */
    private static final Pattern NOTE = Pattern.compile("^(.+?)\\s*[(\\[]([^)\\]\\d][^)\\]]{0,24})[)\\]]$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private HeaderNames() {
    }

    /** The comparison key of a name: lower-case letters and digits only, accents taken off ({@code "No. of Employees"} -> {@code "noofemployees"}). */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("ß", "ss");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (Character.isLetterOrDigit(c) && c > 127)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The name without a {@code " (2)"} that a reader appends to a repeated name. */
    public static String withoutDuplicateMark(String name) {
        return DUPLICATE.matcher(name).replaceFirst("");
    }

    /**
     * The ways to read {@code name}, most direct first: as written; without a duplicate mark; without
     * an object prefix (remembering whether it named the company or a deal); without a custom-field
     * marker; without a kind suffix ({@code "Phone - Mobile"}); without a unit or note in brackets
     * ({@code "Umsatz (EUR)"}).
     */
    public static List<Reading> readings(String name) {
        List<Reading> out = new ArrayList<>();
        String stripped = name.strip();
        add(out, new Reading(key(stripped), "", 0, Scope.PERSON));
        String base = withoutDuplicateMark(stripped);
        double penalty = 0;
        if (!base.equals(stripped)) {
            penalty = 0.05;
            add(out, new Reading(key(base), "a repeated column (\"" + stripped.substring(base.length()).strip() + "\")", penalty, Scope.PERSON));
        }
        Scope scope = Scope.PERSON;
        String rest = base;
        Matcher prefix = PREFIX.matcher(rest);
        if (prefix.matches()) {
            String object = prefix.group(1).toLowerCase(Locale.ROOT);
            scope = switch (object) {
                case "account", "organization", "organisation", "org", "company" -> Scope.ACCOUNT;
                case "deal", "opportunity" -> Scope.DEAL;
                default -> Scope.PERSON;
            };
            rest = prefix.group(2).strip();
            String restKey = key(rest);
            if (scope == Scope.ACCOUNT && (restKey.equals("name") || restKey.equals(object + "name"))) {
                restKey = "companyname";
            }
            add(out, new Reading(restKey, "the prefix \"" + prefix.group(1) + "\"", penalty + 0.02, scope));
        }
        Matcher custom = CUSTOM_SUFFIX.matcher(rest);
        Matcher customPrefix = CUSTOM_PREFIX.matcher(rest);
        if (custom.matches() || customPrefix.matches()) {
            rest = (custom.matches() ? custom.group(1) : customPrefix.group(1)).strip();
            add(out, new Reading(key(rest), "the custom-field marker", penalty + 0.05, scope));
        }
        Matcher kind = KIND_SUFFIX.matcher(rest);
        if (kind.matches()) {
            add(out, new Reading(key(kind.group(1)), "the suffix \"" + kind.group(2) + "\"", penalty + 0.03, scope));
        }
        Matcher note = NOTE.matcher(rest);
        if (note.matches()) {
            add(out, new Reading(key(note.group(1)), "the note \"(" + note.group(2).strip() + ")\"", penalty + 0.03, scope));
        }
        return out;
    }

    private static void add(List<Reading> out, Reading reading) {
        if (reading.key().isEmpty()) {
            return;
        }
        for (Reading r : out) {
            if (r.key().equals(reading.key()) && r.scope() == reading.scope()) {
                return;
            }
        }
        out.add(reading);
    }

    /**
     * The words of a name, lower case ({@code "LeadSource"} -> [lead, source], {@code "first_contact_date"}
     * -> [first, contact, date]), for the weaker evidence of a word inside a name.
     */
    public static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
