package com.leadbench.importing;

import com.leadbench.model.ActivityType;
import com.leadbench.model.FollowUpKind;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the text of one cell as a number, a yes/no, an enum or a domain, without exceptions on the
 * fast path: a million rows go through here. Dates are {@link CellDates}.
 */
final class CellValues {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}([,.]\\d{3})+");
    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "yes", true, "no", false,
            "y", true, "n", false, "1", true, "0", false, "t", true, "f", false);
    private static final Map<String, ActivityType> ACTIVITY_TYPES = new HashMap<>();
    private static final Map<String, FollowUpKind> FOLLOW_UP_KINDS = new HashMap<>();

    static {
        for (ActivityType t : ActivityType.values()) {
            ACTIVITY_TYPES.put(key(t.name()), t);
            ACTIVITY_TYPES.put(key(t.label()), t);
        }
        for (FollowUpKind k : FollowUpKind.values()) {
            FOLLOW_UP_KINDS.put(key(k.name()), k);
            FOLLOW_UP_KINDS.put(key(k.label()), k);
        }
        FOLLOW_UP_KINDS.put("CLOSED_WON", FollowUpKind.WON);
        FOLLOW_UP_KINDS.put("CLOSED_LOST", FollowUpKind.LOST);
    }

    private CellValues() {
    }

    /**
     * A decimal number, or null. Spaces and currency signs are ignored; with both ',' and '.' the
     * last one is the decimal separator; a lone ',' is a decimal comma when the day order is
     * EUROPEAN and a thousands separator (1,200) otherwise; several '.' are thousands separators.
     */
    static Double decimal(String text, DayOrder order) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\u00a0', '\u202f', '\'', '$', '\u20ac', '\u00a3', '\u00a5', '+' -> {
                    // separators and currency signs carry no value
                }
                default -> b.append(c);
            }
        }
        String s = b.toString();
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            if (order == DayOrder.EUROPEAN && s.indexOf(',') == comma) {
                s = s.replace(',', '.');
            } else if (THOUSANDS.matcher(s).matches()) {
                s = s.replace(",", "");
            } else {
                return null;
            }
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            if (!THOUSANDS.matcher(s).matches()) {
                return null;
            }
            s = s.replace(".", "");
        }
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }

    /** A whole number that fits an int (1200, "1,200", "1200.0"), or null. */
    static Integer integer(String text, DayOrder order) {
        Double d = decimal(text, order);
        if (d == null || d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            return null;
        }
        return d.intValue();
    }

    static Boolean bool(String text) {
        return BOOLEANS.get(text.toLowerCase(Locale.ROOT));
    }

    static ActivityType activityType(String text) {
        ActivityType exact = ACTIVITY_TYPES.get(text);
        return exact != null ? exact : ACTIVITY_TYPES.get(key(text));
    }

    static FollowUpKind followUpKind(String text) {
        FollowUpKind exact = FOLLOW_UP_KINDS.get(text);
        return exact != null ? exact : FOLLOW_UP_KINDS.get(key(text));
    }

    /** "Page view", "page-view", "PAGE_VIEW" -> "PAGE_VIEW". */
    private static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !b.isEmpty()) {
                    b.append('_');
                }
                gap = false;
                b.append(Character.toUpperCase(c));
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** "https://www.Acme.com/about" -> "acme.com"; an email gives its domain; null when nothing is left. */
    static String domain(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int end = s.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int k = s.indexOf(c);
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        s = s.substring(0, end);
        if (s.startsWith("www.")) {
            s = s.substring(4);
        }
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }
}
