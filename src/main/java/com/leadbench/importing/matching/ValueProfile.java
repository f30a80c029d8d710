package com.leadbench.importing.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sampled values of one column look like: how many are filled, how many distinct, and
 * which share of them reads as an email address, a web address, a phone number, a date, a yes/no,
 * a whole or decimal number, or a country. A value may count for several shapes ({@code 1} is a
 * number and a yes/no).
 */
public final class ValueProfile {

    /** What a value looks like. */
    public enum Shape { EMAIL, URL, PHONE, DATE, FLAG, INTEGER, DECIMAL, COUNTRY }

    /** How a column writes its dates. */
    public enum DateStyle {
        /** {@code 2024-03-05}, with or without a time: read as written. */
        ISO,
        /** {@code 13/5/2024} and the like: the day comes first. */
        DAY_FIRST,
        /** {@code 5/13/2024} and the like: the month comes first. */
        MONTH_FIRST,
        /** {@code 3/5/2024} only: either could come first. */
        AMBIGUOUS,
        /** Month names ({@code Mar 5, 2024}) or other forms that need a format. */
        OTHER
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;]+@[^@\\s<>\"(),;]+\\.[\\p{L}]{2,}$");
    private static final Pattern URL = Pattern.compile(
            "^(?:https?://)?(?:www\\.)?[\\p{L}0-9](?:[\\p{L}0-9-]*[\\p{L}0-9])?(?:\\.[\\p{L}0-9-]+)*\\.[\\p{L}]{2,}(?::\\d+)?(/\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    /** "02.Medium", "1.High": a numbered category, not a web address (no scheme, no www, digits before one dot). */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^\\d+\\.[\\p{L}][\\p{L} -]*$");
    private static final Pattern PHONE = Pattern.compile("^(?:\\+|00)?[\\d\\s().\\-/]{6,}\\d(?:\\s*(?:x|ext\\.?)\\s*\\d{1,5})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IP_ADDRESS = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}$");
    private static final Pattern ISO_DATE = Pattern.compile(
            "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?\\s*(?:Z|UTC|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?"
                    + "(?:\\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\\d{2}:?\\d{2}))?$");
    private static final Pattern MONTH_NAME_DATE = Pattern.compile(
            "^(?:\\p{L}{3,9},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?[\\s-]+\\p{L}{3,9}\\.?[\\s,-]+\\d{2,4}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
                    + "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?(?:\\s*(?:[A-Z]{3,4}|[+-]\\d{2}:?\\d{2}))?$");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "mär", "mai", "okt", "dez", "janv", "févr", "fév", "avr", "juil", "déc", "ene", "abr", "ago", "dic");
    private static final Pattern INTEGER = Pattern.compile("^-?(?:\\d{1,3}(?:[,. '\u00a0\u202f]\\d{3})+|\\d+)(?:\\.0+)?$");
    private static final Pattern DECIMAL = Pattern.compile("^-?(?:\\d{1,3}(?:[,.'\u00a0\u202f ]\\d{3})*|\\d+)(?:[.,]\\d+)?(?:[eE][-+]?\\d{1,3})?$");
    private static final Set<String> FLAG_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f", "1", "0");
    private static final Set<String> FLAG_TEXT = Set.of("true", "false", "yes", "no");

    private final int rows;
    private final int filled;
    private final Map<String, Integer> counts;
    private final Map<Shape, Integer> shapes;
    private final Map<DateStyle, Integer> dateStyles;
    private final List<String> samples;

    private ValueProfile(int rows, int filled, Map<String, Integer> counts, Map<Shape, Integer> shapes,
                         Map<DateStyle, Integer> dateStyles, List<String> samples) {
        this.rows = rows;
        this.filled = filled;
        this.counts = counts;
        this.shapes = shapes;
        this.dateStyles = dateStyles;
        this.samples = samples;
    }

    /** The profile of {@code values}; a null, blank or {@code nullValues} value (ignoring case) is empty. */
    public static ValueProfile of(List<String> values, Set<String> nullValues) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<Shape, Integer> shapes = new EnumMap<>(Shape.class);
        Map<DateStyle, Integer> styles = new EnumMap<>(DateStyle.class);
        List<String> samples = new ArrayList<>();
        Set<String> nulls = new HashSet<>();
        for (String n : nullValues) {
            nulls.add(n.strip().toLowerCase(Locale.ROOT));
        }
        int filled = 0;
        for (String raw : values) {
            if (raw == null) {
                continue;
            }
            String v = raw.strip();
            if (v.isEmpty() || nulls.contains(v.toLowerCase(Locale.ROOT))) {
                continue;
            }
            filled++;
            Integer seen = counts.merge(v, 1, Integer::sum);
            if (seen == 1 && samples.size() < 5) {
                samples.add(v);
            }
            for (Shape s : shapesOf(v)) {
                shapes.merge(s, 1, Integer::sum);
            }
            DateStyle style = dateStyle(v);
            if (style != null) {
                styles.merge(style, 1, Integer::sum);
            }
        }
        return new ValueProfile(values.size(), filled, Collections.unmodifiableMap(counts), shapes, styles, List.copyOf(samples));
    }

    /** How many values were looked at, empty ones included. */
    public int rows() {
        return rows;
    }

    /** How many values were not empty. */
    public int filled() {
        return filled;
    }

    public boolean isEmpty() {
        return filled == 0;
    }

    /** How many different values (compared as written). */
    public int distinct() {
        return counts.size();
    }

    /** Distinct values over filled values: 1.0 when no value repeats. */
    public double uniqueness() {
        return filled == 0 ? 0 : (double) counts.size() / filled;
    }

    /** Filled values over all values. */
    public double fill() {
        return rows == 0 ? 0 : (double) filled / rows;
    }

    /** The share of filled values that have {@code shape}. */
    public double share(Shape shape) {
        return filled == 0 ? 0 : (double) shapes.getOrDefault(shape, 0) / filled;
    }

    /** Each distinct value with how often it occurs, in order of first appearance. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** The first few distinct values, for showing. */
    public List<String> samples() {
        return samples;
    }

    /**
     * The shape nearly every filled value has (at least 90%), the most telling first: email, web
     * address, date, yes/no, phone, whole number, decimal, country; null for text or an empty column.
     * Yes/no needs two distinct values or words ({@code yes}, {@code true}), so a column of 1s is a number.
     */
    public Shape shape() {
        if (filled == 0) {
            return null;
        }
        for (Shape s : Shape.values()) {
            if (share(s) < 0.9) {
                continue;
            }
            if (s == Shape.FLAG && !isFlag()) {
                continue;
            }
            return s;
        }
        return null;
    }

    private boolean isFlag() {
        if (counts.size() > 4) {
            return false;
        }
        Set<String> lower = new HashSet<>();
        for (String v : counts.keySet()) {
            lower.add(v.toLowerCase(Locale.ROOT));
        }
        return lower.size() >= 2 || FLAG_TEXT.containsAll(lower);
    }

    /** How the dates of this column are written: the style that decides the most values. */
    public DateStyle dateStyle() {
        int day = dateStyles.getOrDefault(DateStyle.DAY_FIRST, 0);
        int month = dateStyles.getOrDefault(DateStyle.MONTH_FIRST, 0);
        if (day > 0 && month > 0) {
            return DateStyle.OTHER;
        }
        if (day > 0) {
            return DateStyle.DAY_FIRST;
        }
        if (month > 0) {
            return DateStyle.MONTH_FIRST;
        }
        if (dateStyles.getOrDefault(DateStyle.AMBIGUOUS, 0) > 0) {
            return DateStyle.AMBIGUOUS;
        }
        if (dateStyles.getOrDefault(DateStyle.OTHER, 0) > 0) {
            return DateStyle.OTHER;
        }
        return DateStyle.ISO;
    }

    static Set<Shape> shapesOf(String v) {
        Set<Shape> out = java.util.EnumSet.noneOf(Shape.class);
        if (EMAIL.matcher(v).matches()) {
            out.add(Shape.EMAIL);
            return out;
        }
        if (dateStyle(v) != null) {
            out.add(Shape.DATE);
            return out;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (FLAG_WORDS.contains(lower)) {
            out.add(Shape.FLAG);
        }
        String plain = stripMoney(v);
        if (INTEGER.matcher(plain).matches()) {
            out.add(Shape.INTEGER);
        }
        if (DECIMAL.matcher(plain).matches()) {
            out.add(Shape.DECIMAL);
        }
        if (isPhone(v)) {
            out.add(Shape.PHONE);
        }
        if (!out.contains(Shape.DECIMAL) && URL.matcher(v).matches() && !NUMBERED_LABEL.matcher(v).matches()) {
            out.add(Shape.URL);
        }
        if (Countries.isCountry(v)) {
            out.add(Shape.COUNTRY);
        }
        return out;
    }

    /** A phone number: 7 to 15 digits, with a leading + or 0, or written with separators. */
    static boolean isPhone(String v) {
        if (!PHONE.matcher(v).matches() || IP_ADDRESS.matcher(v).matches()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        if (digits < 7 || digits > 18) {
            return false;
        }
        boolean separated = v.chars().anyMatch(c -> c == ' ' || c == '-' || c == '(' || c == '/');
        boolean dotted = v.indexOf('.') >= 0 && !separated;
        if (dotted && v.chars().filter(c -> c == '.').count() < 2) {
            return false;
        }
        return v.startsWith("+") || v.startsWith("0") || separated || dotted;
    }

    /** The date style of one value, or null when it is not a date. */
    static DateStyle dateStyle(String v) {
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.matches()) {
            return valid(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))) ? DateStyle.ISO : null;
        }
        Matcher numeric = NUMERIC_DATE.matcher(v);
        if (numeric.matches()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(3));
            int year = Integer.parseInt(numeric.group(4));
            if (numeric.group(4).length() == 2) {
                year += 2000;
            }
            boolean dayFirst = valid(year, b, a);
            boolean monthFirst = valid(year, a, b);
            if (dayFirst && monthFirst) {
                return DateStyle.AMBIGUOUS;
            }
            return dayFirst ? DateStyle.DAY_FIRST : monthFirst ? DateStyle.MONTH_FIRST : null;
        }
        if (MONTH_NAME_DATE.matcher(v).matches()) {
            for (String word : v.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.length() >= 3 && MONTHS.contains(word.length() > 4 ? word.substring(0, 3) : word)) {
                    return DateStyle.OTHER;
                }
            }
        }
        return null;
    }

    private static boolean valid(int year, int month, int day) {
        if (year < 1900 || year > 2200) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String stripMoney(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '$', '\u20ac', '\u00a3', '\u00a5', '+' -> {
                    // currency signs carry no value
                }
                default -> b.append(c);
            }
        }
        return b.toString().strip();
    }
}
