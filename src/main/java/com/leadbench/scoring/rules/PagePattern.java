package com.leadbench.scoring.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page or asset pattern from a scorecard ({@code pagePattern}): a regular expression searched
 * anywhere in a URL or asset name, ignoring case. It is compiled by RE2/J, which matches in time
 * linear in the text, without backtracking or recursion, so no pattern and no imported text can
 * stall scoring or overflow the stack (ADR 0008). The pattern is bounded too: at most
 * {@value #MAX_LENGTH} characters and {@value #MAX_POSITIONS} positions once its counted repeats
 * are written out, which bounds the work per searched character. Patterns are equal when their
 * sources are.
 */
public final class PagePattern {

    /** The longest pattern a scorecard may hold, in characters. */
    public static final int MAX_LENGTH = 500;

    /** The most positions a pattern may have with its counted repeats ({@code {n}}, {@code {n,m}}) written out. */
    public static final int MAX_POSITIONS = 1_000;

    /** How much of a URL or asset name is searched: its first this many characters. */
    public static final int MAX_TEXT = 16_384;

    /**
     * Short texts searched lately and whether the pattern was found in them. RE2/J is several times
     * slower than java.util.regex on ordinary patterns (no backtracking, and no literal skipping when
     * case is ignored), while URLs and asset names repeat from activity to activity.
     */
    private static final int REMEMBERED = 4_096;
    private static final int REMEMBERED_LENGTH = 512;

    private final String source;
    private final Pattern compiled;
    private final Map<String, Boolean> recent = new ConcurrentHashMap<>();

    private PagePattern(String source, Pattern compiled) {
        this.source = source;
        this.compiled = compiled;
    }

    /**
     * The pattern written {@code source}.
     *
     * @throws Refused when it is too long, repeats too much or does not compile; the message says why in plain words
     */
    public static PagePattern compile(String source) {
        Objects.requireNonNull(source, "source");
        if (source.length() > MAX_LENGTH) {
            throw new Refused("is " + source.length() + " characters long; a pattern may have at most " + MAX_LENGTH);
        }
        if (Positions.of(source) > MAX_POSITIONS) {
            throw new Refused("repeats too much: written out, its counted repeats ({n} or {n,m}) would make it longer than "
                    + String.format(Locale.ROOT, "%,d", MAX_POSITIONS) + " positions; use + or * instead of large counts");
        }
        try {
            return new PagePattern(source, Pattern.compile(source, Pattern.CASE_INSENSITIVE));
        } catch (PatternSyntaxException e) {
            throw new Refused("does not compile: " + e.getDescription() + where(e) + hint(source));
        }
    }

    /** Whether {@link #exactly} can make a pattern of {@code text} (a long text makes too long a pattern). */
    public static boolean canMatchExactly(String text) {
        return exactSource(text).length() <= MAX_LENGTH;
    }

    /** The pattern that matches exactly {@code text}, ignoring case (special characters are escaped). */
    public static PagePattern exactly(String text) {
        return compile(exactSource(text));
    }

    private static String exactSource(String text) {
        return "^" + Pattern.quote(text) + "$";
    }

    public String source() {
        return source;
    }

    /** Whether the pattern occurs anywhere in the first {@value #MAX_TEXT} characters of {@code text}. */
    public boolean find(String text) {
        if (text.length() > REMEMBERED_LENGTH) {
            return compiled.matcher(text.length() > MAX_TEXT ? text.subSequence(0, MAX_TEXT) : text).find();
        }
        Boolean known = recent.get(text);
        if (known != null) {
            return known;
        }
        boolean found = compiled.matcher(text).find();
        if (recent.size() >= REMEMBERED) {
            recent.clear();
        }
        recent.put(text, found);
        return found;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PagePattern p && source.equals(p.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    private static String where(PatternSyntaxException e) {
        String fragment = e.getPattern() == null ? "" : e.getPattern();
        if (fragment.startsWith("(?i)")) {
            fragment = fragment.substring(4); // RE2/J writes the ignore-case flag in front
        }
        return fragment.isEmpty() ? "" : " at \"" + fragment + "\"";
    }

    /** What to do instead, for the Java (Perl) features RE2/J leaves out. */
    private static String hint(String source) {
        if (containsAny(source, "(?=", "(?!", "(?<=", "(?<!")) {
            return " (look-ahead and look-behind such as (?=...) or (?!...) are not supported: match the text itself, "
                    + "or use a second rule with negative points)";
        }
        if (containsAny(source, "\\1", "\\2", "\\3", "\\4", "\\5", "\\6", "\\7", "\\8", "\\9")) {
            return " (back-references such as \\1 are not supported: write the repeated part out)";
        }
        if (containsAny(source, "*+", "++", "?+", "}+", "(?>")) {
            return " (possessive and atomic forms such as a++ or (?>...) are not needed: no pattern backtracks; "
                    + "drop the extra + or the ?>)";
        }
        return "";
    }

    private static boolean containsAny(String text, String... parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** A pattern Leadbench will not run; the message reads after the field's path ("$.intent[3].pagePattern: ..."). */
    public static final class Refused extends IllegalArgumentException {

        public Refused(String message) {
            super(message);
        }
    }

    /**
     * An upper bound on a pattern's positions with counted repeats written out, as RE2/J compiles
     * them: {@code x{3}} is {@code xxx}, so {@code ((x{100}){100}){100}} is a million positions,
     * more memory than a desktop has to spare. Reads any text; for text that is not a valid
     * pattern the count is meaningless but finite, and the compiler refuses the pattern anyway.
     */
    private static final class Positions {

        private static final long MANY = Long.MAX_VALUE / 4;

        private final String s;
        private int i;
        /** The copies of the last counted repeat read by {@link #count()}. */
        private long lastCount;

        private Positions(String s) {
            this.s = s;
        }

        static long of(String pattern) {
            Positions p = new Positions(pattern);
            long total = 0;
            while (p.i < p.s.length()) {
                total = add(total, p.alternation());
                p.i++; // an unmatched ')'
            }
            return total;
        }

        /** Branches up to the ')' that closes them, or the end. */
        private long alternation() {
            long total = 0;
            long branch = 0;
            while (i < s.length() && s.charAt(i) != ')') {
                if (s.charAt(i) == '|') {
                    total = add(total, add(branch, 1));
                    branch = 0;
                    i++;
                } else {
                    branch = add(branch, repeated(atom()));
                }
            }
            return add(total, add(branch, 1));
        }

        private long atom() {
            char c = s.charAt(i);
            if (c == '(') {
                i++;
                skipGroupFlags();
                long inner = alternation();
                i++; // ')'
                return add(inner, 2);
            }
            if (c == '[') {
                skipClass();
                return 1;
            }
            if (c == '\\') {
                return escape();
            }
            i++;
            return 1;
        }

        /** The atom's positions times its repeats, for as many repeat operators as follow it. */
        private long repeated(long atom) {
            long size = atom;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '*' || c == '+' || c == '?') {
                    i++;
                    size = add(size, 1);
                } else if (c == '{' && count()) {
                    size = add(times(size, Math.max(1, lastCount)), 1);
                } else {
                    break;
                }
                if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                    i++; // lazy (or a refused possessive) marker
                }
            }
            return size;
        }

        /** Reads {n}, {n,} or {n,m} at i into lastCount (the copies written out); false, reading nothing, otherwise. */
        private boolean count() {
            int j = i + 1;
            int start = j;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j == start || j >= s.length()) {
                return false;
            }
            long n = digits(start, j);
            long copies = n;
            if (s.charAt(j) == ',') {
                j++;
                int mStart = j;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                copies = j == mStart ? add(n, 1) : digits(mStart, j);
            }
            if (j >= s.length() || s.charAt(j) != '}') {
                return false;
            }
            i = j + 1;
            lastCount = Math.max(copies, n);
            return true;
        }

        private long digits(int from, int to) {
            return to - from > 9 ? MANY : Long.parseLong(s.substring(from, to));
        }

        private void skipGroupFlags() {
            if (i >= s.length() || s.charAt(i) != '?') {
                return;
            }
            while (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != ')' && s.charAt(i) != '>') {
                i++;
            }
            if (i < s.length() && s.charAt(i) != ')') {
                i++;
            }
        }

        private void skipClass() {
            i++; // '['
            if (i < s.length() && s.charAt(i) == '^') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == ']') {
                i++; // a ']' first is a literal
            }
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    escape();
                } else if (c == '[' && i + 1 < s.length() && s.charAt(i + 1) == ':') {
                    int end = s.indexOf(":]", i + 2);
                    i = end < 0 ? i + 1 : end + 2;
                } else {
                    i++;
                    if (c == ']') {
                        return;
                    }
                }
            }
        }

        /** An escape at i: one position, or one per character of a \Q...\E literal. */
        private long escape() {
            i++; // '\'
            if (i >= s.length()) {
                return 1;
            }
            char c = s.charAt(i++);
            if (c == 'Q') {
                int end = s.indexOf("\\E", i);
                int stop = end < 0 ? s.length() : end;
                long length = Math.max(1, stop - i);
                i = end < 0 ? s.length() : end + 2;
                return length;
            }
            if ((c == 'p' || c == 'P' || c == 'x') && i < s.length() && s.charAt(i) == '{') {
                int end = s.indexOf('}', i);
                i = end < 0 ? s.length() : end + 1;
            }
            return 1;
        }

        private static long add(long a, long b) {
            return Math.min(MANY, a + b);
        }

        private static long times(long a, long b) {
            return a > MANY / Math.max(1, b) ? MANY : Math.min(MANY, a * b);
        }
    }
}
