package com.leadbench.gui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read on screen: dates, counts, money, country names, and text cut to what a screen lays out quickly. */
public final class Formats {

    /**
     * Characters of one text a screen shows. Laying out text costs time on the FX thread in
     * proportion to its length, and data imported before the import limits may hold a 50 MB job
     * title: every text from the data is shown through {@link #cut(String)}.
     */
    public static final int SHOWN_CHARS = 2_000;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    public static String money(Double amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    /** "$147.6M", "$850K": money at a glance. */
    public static String compactMoney(Double amount) {
        if (amount == null) {
            return "";
        }
        double a = Math.abs(amount);
        String sign = amount < 0 ? "-" : "";
        if (a >= 1e9) {
            return sign + String.format(Locale.US, "$%.1fB", a / 1e9);
        }
        if (a >= 1e6) {
            return sign + String.format(Locale.US, "$%.1fM", a / 1e6);
        }
        if (a >= 1e3) {
            return sign + String.format(Locale.US, "$%.0fK", a / 1e3);
        }
        return money(amount);
    }

    /** The English name of an ISO country code ("Germany" for DE); anything else as it is. */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        if (code.length() == 2) {
            String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                return name;
            }
        }
        return code;
    }

    /** {@code text} cut to {@link #SHOWN_CHARS} characters, ending "… (N more characters)"; null stays null. */
    public static String cut(String text) {
        return cut(text, SHOWN_CHARS);
    }

    /** {@code text} cut to {@code max} characters (a surrogate pair is not split), ending "… (N more characters)". */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        int more = text.length() - end;
        return text.substring(0, end) + "… (" + count(more) + (more == 1 ? " more character)" : " more characters)");
    }

    public static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }
}
