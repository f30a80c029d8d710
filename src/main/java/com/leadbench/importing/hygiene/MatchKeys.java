package com.leadbench.importing.hygiene;

import com.leadbench.model.ContactFacts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normalised values duplicates are matched on. Null means "nothing to match on". */
public final class MatchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private MatchKeys() {
    }

    /** The address trimmed and in lower case; null when there is none. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * First and last name as one lower-case string with accents stripped and whitespace collapsed
     * ("  José   Müller" + "" → "jose muller"). Null unless there are at least two words: a lone
     * first or last name says too little to call two records the same person.
     */
    public static String name(String first, String last) {
        String joined = (first == null ? "" : first) + " " + (last == null ? "" : last);
        String folded = MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFKD)).replaceAll("");
        String collapsed = SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return collapsed.indexOf(' ') < 0 ? null : collapsed;
    }

    /**
     * The company a contact belongs to: its account's domain in lower case, or the account's id when
     * the account has no domain; null for a contact without an account.
     */
    public static String company(ContactFacts c) {
        if (c.accountId() == null) {
            return null;
        }
        String domain = c.accountDomain();
        return domain == null || domain.isBlank() ? "account#" + c.accountId() : domain.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the last '@', trimmed and in lower case; null when there is none. */
    public static String emailDomain(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip();
        int at = e.lastIndexOf('@');
        return at < 0 || at == e.length() - 1 ? null : e.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
